// A phrase matcher's trie in flat arrays: a node is a number, and the word edges a walk follows
// are found by (node, word number) in one open-addressing table. A walk step then reads a few
// typed arrays instead of a node object, its map of words, an edge list, an edge and its slot
// (each elsewhere in memory: a matcher's walks run between other work, with its trie out of cache).
import type { Slot } from './compile-pattern.js';

type WordSlot = Extract<Slot, { kind: 'words' }>;

/** A slot sequence that ends at a node. `order` keeps the old tie order between matches of equal
 * length: word-led patterns in the order added, then #num-led, then *-led ones. */
export interface Ending<T> {
  payload: T;
  order: number;
}

/** No edge of that kind (numberTo, anyTo). */
export const NO_NODE = -1;

/** A node's word index: not made yet, made in the table, or read the slow way (one of its words
 * was past the word numbering when it was made). */
const NOT_INDEXED = 0;
export const INDEXED = 1;
const READ_BY_WORDS = 2;

/** The table's entries, two numbers each: the key (node and word number, see keyOf), then the node
 * the edge leads to times two plus whether the word is a plural in that slot (for suggestions'
 * number). Eight bytes an entry: the table a walk reads stays small. */
export const ENTRY_STRIDE = 2;
const STRIDE = ENTRY_STRIDE;
export const EMPTY_ENTRY = -1;
const EMPTY = EMPTY_ENTRY;
/** Word numbers are below 2 ** WORD_NUMBER_BITS (the numbering's cap); a key holds a node number
 * below 2 ** 16 above them (a trie with more nodes reads every node by its slots). */
export const WORD_NUMBER_BITS = 15;
const MAX_KEYED_NODES = 1 << 16;

/** The table key of (node, word number n). */
export const keyOf = (node: number, n: number): number => (node << WORD_NUMBER_BITS) | n;

/** The list at lists[i], made if there is none yet. */
function listAt<V>(lists: (V[] | undefined)[], i: number): V[] {
  let list = lists[i];
  if (list === undefined) {
    list = [];
    lists[i] = list;
  }
  return list;
}

export class CompactTrie<T> {
  readonly nodeCount: number;
  /** Node x's endings: endings[endingStart[x] .. endingStart[x + 1]). */
  readonly endingStart: Int32Array;
  readonly endings: Ending<T>[];
  readonly numberTo: Int32Array;
  readonly anyTo: Int32Array;
  /** Node x's word edges: edgeSlot / edgeTo [edgeStart[x] .. edgeStart[x + 1]). */
  readonly edgeStart: Int32Array;
  readonly edgeSlot: WordSlot[];
  readonly edgeTo: Int32Array;
  /** Per node, NOT_INDEXED, INDEXED or READ_BY_WORDS (see index). */
  readonly indexState: Uint8Array;
  /** (node, word number) -> edge entries, STRIDE ints each; filled per node when a walk first
   * reaches it (most nodes are never reached in a given run, and a slot can hold hundreds of words). */
  table: Int32Array;
  /** table length in ints minus one entry: the probe wraps with it. */
  mask: number;
  private filled = 0;

  constructor(sequences: readonly { seq: readonly Slot[]; payload: T; order: number }[], keyOf: (slot: Slot) => string) {
    // Built with a map of children per node, dropped once the arrays are made.
    const children: (Map<string, number> | undefined)[] = [undefined];
    const childSlots: (WordSlot[] | undefined)[] = [undefined];
    const childNodes: (number[] | undefined)[] = [undefined];
    const numberTo: number[] = [NO_NODE];
    const anyTo: number[] = [NO_NODE];
    const endingsOf: (Ending<T>[] | undefined)[] = [undefined];
    for (const { seq, payload, order } of sequences) {
      let node = 0;
      for (const slot of seq) {
        const key = keyOf(slot);
        let map = children[node];
        if (map === undefined) map = children[node] = new Map();
        let to = map.get(key);
        if (to === undefined) {
          to = numberTo.length;
          map.set(key, to);
          children.push(undefined);
          childSlots.push(undefined);
          childNodes.push(undefined);
          numberTo.push(NO_NODE);
          anyTo.push(NO_NODE);
          endingsOf.push(undefined);
          if (slot.kind === 'number') numberTo[node] = to;
          else if (slot.kind === 'any') anyTo[node] = to;
          else {
            listAt(childSlots, node).push(slot);
            listAt(childNodes, node).push(to);
          }
        }
        node = to;
      }
      listAt(endingsOf, node).push({ payload, order });
    }
    const count = numberTo.length;
    this.nodeCount = count;
    this.numberTo = Int32Array.from(numberTo);
    this.anyTo = Int32Array.from(anyTo);
    this.endingStart = new Int32Array(count + 1);
    this.edgeStart = new Int32Array(count + 1);
    this.endings = [];
    this.edgeSlot = [];
    const edgeTo: number[] = [];
    for (let x = 0; x < count; x++) {
      const ends = endingsOf[x];
      if (ends) for (const e of ends) this.endings.push(e);
      this.endingStart[x + 1] = this.endings.length;
      const slots = childSlots[x];
      if (slots) {
        const tos = childNodes[x]!;
        for (let c = 0; c < slots.length; c++) {
          this.edgeSlot.push(slots[c]!);
          edgeTo.push(tos[c]!);
        }
      }
      this.edgeStart[x + 1] = edgeTo.length;
    }
    this.edgeTo = Int32Array.from(edgeTo);
    this.indexState = new Uint8Array(count);
    this.table = new Int32Array(16 * STRIDE).fill(EMPTY);
    this.mask = this.table.length - STRIDE;
  }

  hasEndings(node: number): boolean {
    return this.endingStart[node + 1]! > this.endingStart[node]!;
  }

  /**
   * Makes node's word index (once): each word of its word edges numbered (`numberOf`) and filed
   * in the table. Returns false when a word was past the numbering: the node is then read the
   * slow way (its slots asked for the word), never by the table.
   */
  index(node: number, numberOf: (word: string) => number): boolean {
    const state = this.indexState[node]!;
    if (state !== NOT_INDEXED) return state === INDEXED;
    if (this.nodeCount > MAX_KEYED_NODES) {
      this.indexState[node] = READ_BY_WORDS;
      return false;
    }
    const from = this.edgeStart[node]!;
    const to = this.edgeStart[node + 1]!;
    let words = 0;
    for (let e = from; e < to; e++) words += this.edgeSlot[e]!.words.size;
    this.reserve(words);
    for (let e = from; e < to; e++) {
      const slot = this.edgeSlot[e]!;
      const target = this.edgeTo[e]!;
      for (const w of slot.words) {
        const n = numberOf(w);
        if (n < 0) {
          this.indexState[node] = READ_BY_WORDS;
          return false;
        }
        this.put(keyOf(node, n), target * 2 + (slot.plurals.size > 0 && slot.plurals.has(w) ? 1 : 0));
      }
    }
    this.indexState[node] = INDEXED;
    return true;
  }

  /** The first table position to probe for a key (see keyOf). */
  probe(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 8) & this.mask;
  }

  private put(key: number, value: number): void {
    const table = this.table;
    let p = this.probe(key);
    while (table[p] !== EMPTY) p = (p + STRIDE) & this.mask;
    table[p] = key;
    table[p + 1] = value;
    this.filled += 1;
  }

  /** Room for `more` entries at half load at most (the table is rebuilt, doubled, when short). */
  private reserve(more: number): void {
    const need = (this.filled + more) * 2;
    if (need * STRIDE <= this.table.length) return;
    let size = this.table.length;
    while (size < need * STRIDE) size *= 2;
    const old = this.table;
    this.table = new Int32Array(size).fill(EMPTY);
    this.mask = size - STRIDE;
    this.filled = 0;
    for (let p = 0; p < old.length; p += STRIDE) if (old[p] !== EMPTY) this.put(old[p]!, old[p + 1]!);
  }

  /**
   * The word edges out of `node` that take the word (number n, text norm), as pairs (to, plural)
   * appended to `out`: the way a walk's step reads, outside the walk (the start checks and their
   * look-ahead lists).
   */
  edgesFor(node: number, n: number, norm: string, numberOf: (word: string) => number, out: number[]): void {
    if (n >= 0 && this.index(node, numberOf)) {
      const table = this.table;
      const key = keyOf(node, n);
      for (let p = this.probe(key); table[p] !== EMPTY; p = (p + STRIDE) & this.mask)
        if (table[p] === key) out.push(table[p + 1]! >> 1, table[p + 1]! & 1);
      return;
    }
    this.edgesByWords(node, norm, out);
  }

  /** edgesFor the slow way: each of the node's slots asked for the word. */
  edgesByWords(node: number, norm: string, out: number[]): void {
    const to = this.edgeStart[node + 1]!;
    for (let e = this.edgeStart[node]!; e < to; e++) {
      const slot = this.edgeSlot[e]!;
      if (slot.words.has(norm)) out.push(this.edgeTo[e]!, slot.plurals.size > 0 && slot.plurals.has(norm) ? 1 : 0);
    }
  }
}
