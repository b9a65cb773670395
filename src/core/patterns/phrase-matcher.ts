// A compiled phrase matcher: every pattern's slot sequences merged into one trie, built once
// per lexicon and run over a token array in one pass. From each token the walk follows only the
// branches the next tokens accept, so patterns sharing a long prefix ("north county peer …",
// 500 times) are walked once, not once per pattern. Cost: O(tokens × depth of the branches the
// text actually follows), independent of how many patterns share a prefix.
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

/** A slot sequence that ends at a trie node. `order` keeps the old tie order between matches
 * of equal length: word-led patterns in the order added, then #num-led, then *-led ones. */
interface Ending<T> {
  payload: T;
  order: number;
}

interface Edge<T> {
  slot: Slot;
  to: TrieNode<T>;
}

class TrieNode<T> {
  /** Child edges by slot (identical slots share a child). */
  readonly bySlot = new Map<string, Edge<T>>();
  numberEdge: Edge<T> | undefined;
  anyEdge: Edge<T> | undefined;
  readonly endings: Ending<T>[] = [];
  /** The word edges indexed by each word they accept (words()), made when a walk first reaches
   * the node: most nodes below the root are never reached in a given text, and a slot can hold
   * hundreds of words. */
  wordIndex: Map<string, Edge<T>[]> | null = null;

  words(): Map<string, Edge<T>[]> {
    const index = new Map<string, Edge<T>[]>();
    for (const edge of this.bySlot.values()) {
      if (edge.slot.kind !== 'words') continue;
      for (const w of edge.slot.words) {
        const list = index.get(w);
        if (list) list.push(edge);
        else index.set(w, [edge]);
      }
    }
    this.wordIndex = index;
    return index;
  }

  child(slot: Slot): TrieNode<T> {
    const key = slotKey(slot);
    const known = this.bySlot.get(key);
    if (known) return known.to;
    const edge: Edge<T> = { slot, to: new TrieNode<T>() };
    this.bySlot.set(key, edge);
    this.wordIndex = null;
    if (slot.kind === 'number') this.numberEdge = edge;
    else if (slot.kind === 'any') this.anyEdge = edge;
    return edge.to;
  }
}

/**
 * A matcher's compiled sequences in the order they were added, as JSON: each slot is the index
 * of its description in a table shared by all matchers of a snapshot (see SlotTable).
 */
export type CompiledMatcherForm = [slots: number[], payload: unknown][];

/** Each slot's key once worked out (a slot of many words recurs in many sequences of a trie). */
const keyOfSlot = new WeakMap<Slot, string>();

/** A slot as text: "*" any word, "#" a number, "form form …" its words, then "|plural …" if any are plurals. */
function slotKey(slot: Slot): string {
  if (slot.kind === 'any') return '*';
  if (slot.kind === 'number') return '#';
  let key = keyOfSlot.get(slot);
  if (key === undefined) {
    const words = [...slot.words].join(' ');
    key = slot.plurals.size ? `${words}|${[...slot.plurals].join(' ')}` : words;
    keyOfSlot.set(slot, key);
  }
  return key;
}

/**
 * The slots of many matchers, each distinct slot numbered once (most words recur across
 * patterns): the compiled form refers to slots by number (see compiled-snapshot.ts).
 */
export class SlotTable {
  /** Each distinct slot, by its number. */
  readonly slots: Slot[] = [];
  private index = new Map<string, number>();

  idOf(slot: Slot): number {
    const key = slotKey(slot);
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.slots.push(slot) - 1;
      this.index.set(key, id);
    }
    return id;
  }
}

/**
 * Every word met so far, numbered in the order met and shared by all matchers and texts: a
 * matcher keeps its answer to "may a phrase start at this word?" in an array by that number, so
 * the check that runs for every token of every scan reads an array instead of hashing the word
 * into a map. Capped, so a long run over many texts does not grow it without end (words past the
 * cap are checked the slow way).
 */
const wordNumbers = new Map<string, number>();
const MAX_WORD_NUMBERS = 1 << 15;
const NOT_LOOKED_UP = -2;
const UNNUMBERED = -1;
/** Each token array's word numbers, looked up when a scan first reaches a token. */
const numbersOfTokens = new WeakMap<readonly Token[], Int32Array>();

function numbersOf(tokens: readonly Token[]): Int32Array {
  let numbers = numbersOfTokens.get(tokens);
  if (numbers === undefined || numbers.length !== tokens.length) {
    numbers = new Int32Array(tokens.length).fill(NOT_LOOKED_UP);
    numbersOfTokens.set(tokens, numbers);
  }
  return numbers;
}

function wordNumberAt(numbers: Int32Array, tokens: readonly Token[], i: number): number {
  const known = numbers[i]!;
  if (known !== NOT_LOOKED_UP) return known;
  const norm = tokens[i]!.norm;
  let n = wordNumbers.get(norm);
  if (n === undefined) {
    if (wordNumbers.size < MAX_WORD_NUMBERS) {
      n = wordNumbers.size;
      wordNumbers.set(norm, n);
    } else n = UNNUMBERED;
  }
  numbers[i] = n;
  return n;
}

const UNKNOWN = 0;
const LEADS_NOWHERE = 1;
const LEADS = 2;

/** The gaps a phrase runs on across: a space, a hyphen, a line break (not punctuation). */
const joins = (gap: string): boolean => gap === 'space' || gap === 'hyphen' || gap === 'line';
const HEAD_RANK = { words: 0, number: 1, any: 2 } as const;
/** Room for each head kind in `order`: far more sequences than any lexicon holds. */
const RANK_SPAN = 2 ** 40;

interface Found<T> {
  payload: T;
  end: number;
  plural: boolean;
  order: number;
}

/** Whether a word leads out of a node by a word or number edge, kept per word number (see
 * wordNumbers): an array read for a word met before. */
class WordCheck<T> {
  private known = new Uint8Array(0);

  constructor(readonly node: TrieNode<T>) {}

  private leads(norm: string): boolean {
    const node = this.node;
    return (node.wordIndex ?? node.words()).has(norm) || (node.numberEdge !== undefined && isNumberWord(norm));
  }

  accepts(tokens: readonly Token[], numbers: Int32Array, i: number): boolean {
    const n = wordNumberAt(numbers, tokens, i);
    if (n === UNNUMBERED) return this.leads(tokens[i]!.norm);
    let known = this.known;
    if (n >= known.length) {
      const grown = new Uint8Array(Math.max(n + 1, known.length * 2, 256));
      grown.set(known);
      known = this.known = grown;
    }
    let answer = known[n]!;
    if (answer === UNKNOWN) {
      answer = this.leads(tokens[i]!.norm) ? LEADS : LEADS_NOWHERE;
      known[n] = answer;
    }
    return answer === LEADS;
  }
}

function missingSlot(id: number): never {
  throw new Error(`compiled lexicons: no slot ${id} in the table`);
}

export class PhraseMatcher<T> {
  /** every sequence, in the order added (the compiled form is rebuilt in this order) */
  private readonly all: Array<{ seq: SlotSequence; payload: T }> = [];
  /** The trie of `all`, built on the first match after sequences were added (a matcher that is
   * compiled or revived but never run costs nothing more, and compares by its sequences). */
  private trie: TrieNode<T> | undefined;
  /** Which words lead out of the root and out of each node after its leading `*`s, for the
   * current trie (see mayStartAt). */
  private startChecks: WordCheck<T>[] | undefined;

  add(pattern: string, payload: T): this {
    for (const seq of compilePattern(pattern)) this.file(seq, payload);
    return this;
  }

  private file(seq: SlotSequence, payload: T): void {
    this.all.push({ seq, payload });
    this.trie = undefined;
  }

  private root(): TrieNode<T> {
    if (this.trie) return this.trie;
    const root = new TrieNode<T>();
    this.all.forEach(({ seq, payload }, added) => {
      let node = root;
      for (const slot of seq) node = node.child(slot);
      node.endings.push({ payload, order: HEAD_RANK[seq[0]!.kind] * RANK_SPAN + added });
    });
    this.trie = root;
    this.startChecks = undefined;
    return root;
  }

  /** The compiled sequences as JSON (the build stores them; see compiled-snapshot.ts). */
  compiledForm(encodePayload: (payload: T) => unknown, slots: SlotTable): CompiledMatcherForm {
    return this.all.map((c) => [c.seq.map((slot) => slots.idOf(slot)), encodePayload(c.payload)]);
  }

  /**
   * Adds sequences from compiledForm() without compiling any pattern again; `slots` are the
   * table's slots by number (read-only, so revived sequences share them).
   */
  addCompiledForm(form: CompiledMatcherForm, decodePayload: (payload: unknown) => T, slots: readonly Slot[]): this {
    for (const [ids, payload] of form)
      this.file(
        ids.map((id) => slots[id] ?? missingSlot(id)),
        decodePayload(payload),
      );
    return this;
  }

  /** The walk's stack, kept between calls (matching runs once per token of every document). */
  private readonly stackNodes: TrieNode<T>[] = [];
  private readonly stackNext: number[] = [];
  private readonly stackPlural: boolean[] = [];

  /**
   * Whether a walk from token `i` can find anything, read without walking: most tokens start no
   * sequence. A `*`-led sequence takes any word first, so it can start at `i` only when a later
   * token, joined on, leads out of the node after its `*`s (or a sequence ends there).
   */
  private mayStartAt(root: TrieNode<T>, tokens: readonly Token[], numbers: Int32Array, i: number, last: number): boolean {
    let checks = this.startChecks;
    if (!checks) {
      checks = [];
      for (let node: TrieNode<T> | undefined = root; node; node = node.anyEdge?.to) checks.push(new WordCheck(node));
      this.startChecks = checks;
    }
    for (let d = 0; d < checks.length; d++) {
      const check = checks[d]!;
      const k = i + d;
      if (check.node.endings.length > 0) return true;
      if (k >= last || (d > 0 && !joins(tokens[k]!.gap))) return false;
      if (check.accepts(tokens, numbers, k)) return true;
    }
    return false;
  }

  /** Every sequence matching from token `i` and ending at or before `to`, in any order. */
  private matchesAt(root: TrieNode<T>, tokens: readonly Token[], i: number, to: number, out: Found<T>[], firstOnly: boolean): void {
    // Depth-first over the branches the tokens follow: node, next token index, plural so far.
    const nodes = this.stackNodes;
    const nexts = this.stackNext;
    const plurals = this.stackPlural;
    nodes[0] = root;
    nexts[0] = i;
    plurals[0] = false;
    let top = 1;
    while (top > 0) {
      top -= 1;
      const node = nodes[top]!;
      const k = nexts[top]!;
      const plural = plurals[top]!;
      for (const e of node.endings) {
        out.push({ payload: e.payload, end: k, plural, order: e.order });
        if (firstOnly) return;
      }
      if (k >= to) continue;
      const tok = tokens[k]!;
      if (k > i && !joins(tok.gap)) continue;
      const norm = tok.norm;
      const edges = (node.wordIndex ?? node.words()).get(norm);
      // Pushed inline (no helper closure: this is the innermost loop of every analysis).
      if (edges) {
        for (const e of edges) {
          nodes[top] = e.to;
          nexts[top] = k + 1;
          plurals[top] = plural || (e.slot.kind === 'words' && e.slot.plurals.has(norm));
          top += 1;
        }
      }
      if (node.numberEdge && isNumberWord(norm)) {
        nodes[top] = node.numberEdge.to;
        nexts[top] = k + 1;
        plurals[top] = plural;
        top += 1;
      }
      if (node.anyEdge) {
        nodes[top] = node.anyEdge.to;
        nexts[top] = k + 1;
        plurals[top] = plural;
        top += 1;
      }
    }
  }

  /**
   * Walks the token range in order and hands `take` the matches starting at each token that
   * starts any (only the first one found with `firstOnly`); stops when `take` returns true.
   */
  private scan(
    tokens: readonly Token[],
    from: number,
    to: number,
    firstOnly: boolean,
    take: (first: number, found: Found<T>[]) => boolean,
  ): void {
    const found: Found<T>[] = [];
    const last = Math.min(to, tokens.length);
    const root = this.root();
    const numbers = numbersOf(tokens);
    for (let i = from; i < last; i++) {
      if (!this.mayStartAt(root, tokens, numbers, i, last)) continue;
      this.matchesAt(root, tokens, i, last, found, firstOnly);
      if (found.length === 0) continue;
      if (take(i, found)) return;
      found.length = 0;
    }
  }

  /** Every match, longest first at each start; overlapping matches are all returned. */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    this.scan(tokens, from, to, false, (first, found) => {
      if (found.length > 1) found.sort((a, b) => b.end - a.end || a.order - b.order);
      for (const f of found) out.push({ payload: f.payload, first, end: f.end, plural: f.plural });
      return false;
    });
    return out;
  }

  /**
   * The tokens that `*` slots took in a match of `payload` over tokens [first, end), read from
   * the first of its sequences (in the order added) that fits: for a suggestion that keeps them.
   * Walks the sequences of that payload, so call it only for the few matches that need it.
   */
  wildcardTokens(payload: T, tokens: readonly Token[], first: number, end: number): number[] {
    for (const { seq, payload: p } of this.all) {
      if (p !== payload || seq.length !== end - first) continue;
      const fits = seq.every((slot, k) =>
        slot.kind === 'any'
          ? true
          : slot.kind === 'number'
            ? isNumberWord(tokens[first + k]!.norm)
            : slot.words.has(tokens[first + k]!.norm),
      );
      if (fits) return seq.flatMap((slot, k) => (slot.kind === 'any' ? [first + k] : []));
    }
    return [];
  }

  /** True when any pattern matches somewhere in the token range (stops at the first match). */
  test(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
    let matched = false;
    this.scan(tokens, from, to, true, () => {
      matched = true;
      return true;
    });
    return matched;
  }
}

/**
 * A matcher over a list of patterns; a match's payload is its pattern's index in the list, as
 * text. What matched is read from the tokens, and the index stores far smaller than the
 * pattern's text in the compiled lexicons that every copy of the analyzer carries.
 */
export function matcherOf(patterns: readonly string[]): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>();
  patterns.forEach((p, i) => {
    m.add(p, String(i));
  });
  return m;
}
