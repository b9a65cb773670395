// A compiled phrase matcher: patterns indexed by their first word, built once per lexicon,
// run over a token array in one pass. Cost: O(tokens × candidates sharing a first word).
import type { Token } from '../text/tokenize.js';
import { compilePattern, isNumberWord, type Slot, type SlotSequence } from './compile-pattern.js';

export interface PhraseMatch<T> {
  payload: T;
  /** token indexes, end exclusive */
  first: number;
  end: number;
  /** the matched word in a noun slot was a plural form (for suggestions' number) */
  plural: boolean;
}

interface Compiled<T> {
  seq: SlotSequence;
  payload: T;
}

const JOINING_GAPS = new Set(['space', 'hyphen', 'line']);

function slotAccepts(slot: Slot, norm: string): boolean {
  if (slot.kind === 'any') return true;
  if (slot.kind === 'number') return isNumberWord(norm);
  return slot.words.has(norm);
}

/**
 * A matcher's compiled sequences in the order they were added, as JSON: each slot is the index
 * of its description in a table shared by all matchers of a snapshot (see SlotTable).
 */
export type CompiledMatcherForm = [slots: number[], payload: unknown][];

/** A slot as text: "*" any word, "#" a number, "form form …" its words, then "|plural …" if any are plurals. */
function slotKey(slot: Slot): string {
  if (slot.kind === 'any') return '*';
  if (slot.kind === 'number') return '#';
  const words = [...slot.words].join(' ');
  return slot.plurals.size ? `${words}|${[...slot.plurals].join(' ')}` : words;
}

const NO_PLURALS: ReadonlySet<string> = new Set();

function slotOf(key: string): Slot {
  if (key === '*') return { kind: 'any' };
  if (key === '#') return { kind: 'number' };
  const bar = key.indexOf('|');
  if (bar < 0) return { kind: 'words', words: new Set(key.split(' ')), plurals: NO_PLURALS };
  return { kind: 'words', words: new Set(key.slice(0, bar).split(' ')), plurals: new Set(key.slice(bar + 1).split(' ')) };
}

/**
 * The slots of many matchers, each distinct slot stored (and revived) once: most words recur
 * across patterns. Slots are read-only, so revived sequences share them.
 */
export class SlotTable {
  readonly keys: string[];
  private index = new Map<string, number>();
  private slots: (Slot | undefined)[] = [];

  constructor(keys: string[] = []) {
    this.keys = keys;
  }

  idOf(slot: Slot): number {
    const key = slotKey(slot);
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.keys.push(key) - 1;
      this.index.set(key, id);
    }
    return id;
  }

  slotAt(id: number): Slot {
    let slot = this.slots[id];
    if (!slot) {
      const key = this.keys[id];
      if (key === undefined) throw new Error(`compiled lexicons: no slot ${id} in the table`);
      slot = this.slots[id] = slotOf(key);
    }
    return slot;
  }
}

export class PhraseMatcher<T> {
  private byFirstWord = new Map<string, Compiled<T>[]>();
  private numberFirst: Compiled<T>[] = [];
  private anyFirst: Compiled<T>[] = [];
  /** every sequence, in the order added (the compiled form is rebuilt in this order) */
  private all: Compiled<T>[] = [];

  add(pattern: string, payload: T): this {
    for (const seq of compilePattern(pattern)) this.file({ seq, payload });
    return this;
  }

  private file(c: Compiled<T>): void {
    this.all.push(c);
    const head = c.seq[0]!;
    if (head.kind === 'words') {
      for (const w of head.words) {
        const list = this.byFirstWord.get(w);
        if (list) list.push(c);
        else this.byFirstWord.set(w, [c]);
      }
    } else if (head.kind === 'number') this.numberFirst.push(c);
    else this.anyFirst.push(c);
  }

  /** The compiled sequences as JSON (the build stores them; see compiled-snapshot.ts). */
  compiledForm(encodePayload: (payload: T) => unknown, slots: SlotTable): CompiledMatcherForm {
    return this.all.map((c) => [c.seq.map((slot) => slots.idOf(slot)), encodePayload(c.payload)]);
  }

  /** Adds sequences from compiledForm() without compiling any pattern again. */
  addCompiledForm(form: CompiledMatcherForm, decodePayload: (payload: unknown) => T, slots: SlotTable): this {
    for (const [ids, payload] of form) this.file({ seq: ids.map((id) => slots.slotAt(id)), payload: decodePayload(payload) });
    return this;
  }

  private tryAt(tokens: readonly Token[], i: number, c: Compiled<T>): PhraseMatch<T> | null {
    let plural = false;
    for (let k = 0; k < c.seq.length; k++) {
      const tok = tokens[i + k];
      if (!tok) return null;
      if (k > 0 && !JOINING_GAPS.has(tok.gap)) return null;
      const slot = c.seq[k]!;
      if (!slotAccepts(slot, tok.norm)) return null;
      if (slot.kind === 'words' && slot.plurals.has(tok.norm)) plural = true;
    }
    return { payload: c.payload, first: i, end: i + c.seq.length, plural };
  }

  /** Every match, longest first at each start; overlapping matches are all returned. */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const always = this.numberFirst.length > 0 || this.anyFirst.length > 0;
    for (let i = from; i < to; i++) {
      const norm = tokens[i]!.norm;
      const candidates = this.byFirstWord.get(norm);
      // Most words start no pattern: nothing to try, nothing to allocate.
      if (!candidates && !always) continue;
      const found: PhraseMatch<T>[] = [];
      if (candidates) for (const c of candidates) pushIf(found, this.tryAt(tokens, i, c), to);
      if (this.numberFirst.length && isNumberWord(norm))
        for (const c of this.numberFirst) pushIf(found, this.tryAt(tokens, i, c), to);
      for (const c of this.anyFirst) pushIf(found, this.tryAt(tokens, i, c), to);
      if (found.length > 1) found.sort((a, b) => b.end - a.end);
      for (const m of found) out.push(m);
    }
    return out;
  }

  /** True when any pattern matches somewhere in the token range. */
  test(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
    return this.matchAll(tokens, from, to).length > 0;
  }
}

function pushIf<T>(out: PhraseMatch<T>[], m: PhraseMatch<T> | null, to: number): void {
  if (m && m.end <= to) out.push(m);
}

export function matcherOf(patterns: readonly string[]): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>();
  for (const p of patterns) m.add(p, p);
  return m;
}
