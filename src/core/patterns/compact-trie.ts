// A phrase matcher's trie in flat arrays: a node is a number, and the word edges a walk follows
// are found by (node, word number) in one open-addressing table. A walk step then reads a few
// typed arrays instead of a node object, its map of words, an edge list, an edge and its slot
// (each elsewhere in memory: a matcher's walks run between other work, with its trie out of cache).
import type { Slot } from './compile-pattern.js';
import type { TrieNodes } from './packed-trie.js';

type WordSlot = Extract<Slot, { kind: 'words' }>;

/** A slot sequence that ends at a node. `order` keeps the old tie order between matches of equal
 * length: word-led patterns in the order added, then #num-led, then *-led ones. */
export interface Ending<T> {
  payload: T;
  order: number;
}

/** A slot's kind as a number (CompactTrie reads them from an array by slot label). */
export const SLOT_KIND = { words: 0, number: 1, any: 2 } as const;

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

export class CompactTrie<T> {
  readonly nodeCount: number;
  /** Node x's endings: endings[endingStart[x] .. endingStart[x + 1]). */
  readonly endingStart: Int32Array;
  readonly endings: Ending<T>[];
  readonly numberTo: Int32Array;
  readonly anyTo: Int32Array;
  /** Node x's word edges: edgeLabel / edgeTo [edgeStart[x] .. edgeStart[x + 1]). */
  readonly edgeStart: Int32Array;
  /** Each word edge's slot label, and its slot once asked for (see edgeSlot): a start whose text
   * reaches few nodes decodes few of the slots. */
  private readonly edgeLabel: Int32Array;
  private readonly edgeSlots: (WordSlot | undefined)[];
  private readonly slotOf: (label: number) => Slot;
  readonly edgeTo: Int32Array;
  /** Per node, NOT_INDEXED, INDEXED or READ_BY_WORDS (see index). */
  readonly indexState: Uint8Array;
  /** (node, word number) -> edge entries, STRIDE ints each; filled per node when a walk first
   * reaches it (most nodes are never reached in a given run, and a slot can hold hundreds of words). */
  table: Int32Array;
  /** table length in ints minus one entry: the probe wraps with it. */
  mask: number;
  private filled = 0;

  /**
   * The trie of `nodes`: `kindOf` holds the kind of each label's slot (SLOT_KIND) and `slotOf`
   * gives the slot (asked only when a walk first needs a word edge's words), `ending(k, head)`
   * what sequence k (whose first slot is of kind `head`) gives where it ends. Endings of a node keep the order of their
   * sequences, word edges of a node the order their nodes were added.
   */
  constructor(nodes: TrieNodes, kindOf: Uint8Array, slotOf: (label: number) => Slot, ending: (k: number, head: number) => Ending<T>) {
    const { parent, label, endNode } = nodes;
    const count = parent.length;
    this.nodeCount = count;
    this.slotOf = slotOf;
    this.numberTo = new Int32Array(count).fill(NO_NODE);
    this.anyTo = new Int32Array(count).fill(NO_NODE);
    this.edgeStart = new Int32Array(count + 1);
    this.endingStart = new Int32Array(count + 1);
    // Each node's slot kind, and the kind of the slot its branch starts with (the order of its sequences' endings).
    const kindAt = new Uint8Array(count);
    const headAt = new Uint8Array(count);
    for (let x = 1; x < count; x++) {
      const kind = kindOf[label[x]!]!;
      const from = parent[x]!;
      kindAt[x] = kind;
      headAt[x] = from === 0 ? kind : headAt[from]!;
      if (kind === SLOT_KIND.number) this.numberTo[from] = x;
      else if (kind === SLOT_KIND.any) this.anyTo[from] = x;
      else this.edgeStart[from + 1]! += 1;
    }
    for (let x = 0; x < count; x++) this.edgeStart[x + 1]! += this.edgeStart[x]!;
    const edges = this.edgeStart[count]!;
    this.edgeLabel = new Int32Array(edges);
    this.edgeSlots = [];
    for (let e = 0; e < edges; e++) this.edgeSlots.push(undefined);
    this.edgeTo = new Int32Array(edges);
    const nextEdge = this.edgeStart.slice(0, count);
    for (let x = 1; x < count; x++) {
      if (kindAt[x] !== SLOT_KIND.words) continue;
      const e = nextEdge[parent[x]!]!++;
      this.edgeLabel[e] = label[x]!;
      this.edgeTo[e] = x;
    }
    for (let k = 0; k < endNode.length; k++) this.endingStart[endNode[k]! + 1]! += 1;
    for (let x = 0; x < count; x++) this.endingStart[x + 1]! += this.endingStart[x]!;
    // Which sequence ends at each place, then the endings made in place order (a packed array: the walk reads it).
    const sequenceAt = new Int32Array(endNode.length);
    const nextEnding = this.endingStart.slice(0, count);
    for (let k = 0; k < endNode.length; k++) {
      if (endNode[k] === 0) throw new Error('phrase matcher: an empty slot sequence');
      sequenceAt[nextEnding[endNode[k]!]!++] = k;
    }
    this.endings = Array.from(sequenceAt, (k) => ending(k, headAt[endNode[k]!]!));
    this.indexState = new Uint8Array(count);
    this.table = new Int32Array(16 * STRIDE).fill(EMPTY);
    this.mask = this.table.length - STRIDE;
  }

  /** The slot of word edge e (its words and plurals). */
  edgeSlot(e: number): WordSlot {
    let slot = this.edgeSlots[e];
    if (slot === undefined) {
      slot = this.slotOf(this.edgeLabel[e]!) as WordSlot;
      this.edgeSlots[e] = slot;
    }
    return slot;
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
    for (let e = from; e < to; e++) words += this.edgeSlot(e).words.size;
    this.reserve(words);
    for (let e = from; e < to; e++) {
      const slot = this.edgeSlot(e);
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
      const slot = this.edgeSlot(e);
      if (slot.words.has(norm)) out.push(this.edgeTo[e]!, slot.plurals.size > 0 && slot.plurals.has(norm) ? 1 : 0);
    }
  }
}
