// Every word the compiled lexicons' patterns hold, for the one reading that needs to know whether
// a string is such a word: a word broken at a line's end with a hyphen ("recov-" / "ery", as
// text taken out of a PDF leaves it) is read as the whole word when the whole word is one the
// patterns know, and as a hyphened compound otherwise ("self-" / "identify"). A word no pattern
// holds changes no match whichever way it is read.
// It costs the compiled form nothing: compiled, it is gathered from the matchers' slots; revived
// from the snapshot, it is the slot table's own word list (compiled-snapshot.ts).

import type { Slot } from './compile-pattern.js';
import { PhraseMatcher } from './phrase-matcher.js';

export class PatternVocabulary {
  private words: ReadonlySet<string> | undefined;
  private source: (() => Iterable<string>) | undefined;

  /** `source`: the words, read on the first question. */
  constructor(source?: () => Iterable<string>) {
    this.source = source;
  }

  /** Takes the words from the slot table of a revived snapshot (a vocabulary revived empty). */
  reviveFrom(source: () => Iterable<string>): void {
    this.source = source;
    this.words = undefined;
  }

  has(word: string): boolean {
    return this.all().has(word);
  }

  /** Every word, read from the source on the first question. */
  all(): ReadonlySet<string> {
    if (this.words === undefined) {
      this.words = new Set(this.source?.() ?? []);
      this.source = undefined;
    }
    return this.words;
  }
}

/** The words of slots (a slot's plurals are among its words' forms). */
export function* wordsOfSlots(slots: Iterable<Slot>): Iterable<string> {
  for (const slot of slots) {
    if (slot.kind !== 'words') continue;
    yield* slot.words;
    yield* slot.plurals;
  }
}

/** The vocabulary of every phrase matcher held anywhere in `root` (objects, arrays, maps, sets). */
export function vocabularyOf(root: unknown): PatternVocabulary {
  const matchers: PhraseMatcher<unknown>[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof PhraseMatcher) matchers.push(v);
    else if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else if (v instanceof Set || Array.isArray(v)) for (const x of v) stack.push(x);
    else for (const x of Object.values(v)) stack.push(x);
  }
  return new PatternVocabulary(function* () {
    for (const m of matchers) yield* wordsOfSlots(m.slots());
  });
}
