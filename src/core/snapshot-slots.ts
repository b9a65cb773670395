// The slot table of a compiled-lexicons snapshot (compiled-snapshot.ts) in its dense form. The
// same words recur in thousands of slots (a list of person nouns sits in dozens of patterns,
// each time beside other words), so each word is stored once, in a table ordered by how many
// slots hold it, and a slot is the base-36 numbers of its words, "+" before a word that is also
// one of its plurals. Slots are numbered by how many sequences use them: the most used get the
// shortest numbers.
import type { Slot } from './patterns/compile-pattern.js';
import { SLOT_KIND } from './patterns/compact-trie.js';

export interface EncodedSlots {
  /** Every word of every slot, once, separated by spaces. */
  words: string;
  /** Each slot: "*" any word, "#" a number, else its word numbers (see encodeSlot). */
  slots: string[];
}

const PLURAL = '+';
const PLURAL_CODE = PLURAL.charCodeAt(0);
const SPACE_CODE = ' '.charCodeAt(0);
const BAR_CODE = '|'.charCodeAt(0);
const ZERO_CODE = '0'.charCodeAt(0);
const NINE_CODE = '9'.charCodeAt(0);
const A_CODE = 'a'.charCodeAt(0);
const NO_PLURALS: ReadonlySet<string> = new Set();

/**
 * The slots in a new order, most used first, with every sequence's slot numbers (the lists
 * given, each met once) rewritten in place to match.
 */
export function numberSlotsByUse(slots: readonly Slot[], sequences: readonly number[][]): Slot[] {
  const uses = new Array<number>(slots.length).fill(0);
  for (const seq of sequences) for (const id of seq) uses[id]! += 1;
  const order = slots.map((_, i) => i).sort((a, b) => uses[b]! - uses[a]! || a - b);
  const renumbered = new Array<number>(slots.length);
  order.forEach((old, id) => {
    renumbered[old] = id;
  });
  for (const seq of sequences) for (let k = 0; k < seq.length; k++) seq[k] = renumbered[seq[k]!]!;
  return order.map((old) => slots[old]!);
}

export function encodeSlots(slots: readonly Slot[]): EncodedSlots {
  const holders = new Map<string, number>();
  const hold = (w: string) => holders.set(w, (holders.get(w) ?? 0) + 1);
  for (const s of slots) {
    if (s.kind !== 'words') continue;
    for (const w of s.words) hold(w);
    for (const w of s.plurals) if (!s.words.has(w)) hold(w);
  }
  const words = [...holders].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w]) => w);
  const bad = words.find((w) => w === '' || /\s/.test(w));
  if (bad !== undefined)
    throw new Error(`compiled lexicons: the slot word "${bad}" is empty or has a space, which the word table cannot hold`);
  const numbers = new Map(words.map((w, i) => [w, i.toString(36)]));
  return { words: words.join(' '), slots: slots.map((s) => encodeSlot(s, numbers)) };
}

/**
 * A slot's words in their order, "+" marking the plurals; when its plurals are not all among
 * its words in that order, "|" and their own numbers follow (the order of both sets is kept).
 */
function encodeSlot(slot: Slot, numbers: ReadonlyMap<string, string>): string {
  if (slot.kind === 'any') return '*';
  if (slot.kind === 'number') return '#';
  if (slot.words.size === 0) throw new Error('compiled lexicons: a slot without words');
  const plurals = [...slot.plurals];
  const marked = [...slot.words].filter((w) => slot.plurals.has(w));
  const flags = marked.length === plurals.length && marked.every((w, i) => w === plurals[i]);
  const text = [...slot.words].map((w) => (flags && slot.plurals.has(w) ? PLURAL : '') + numbers.get(w)).join(' ');
  return flags ? text : `${text}|${plurals.map((w) => numbers.get(w)).join(' ')}`;
}

/**
 * The slots of an encoded table, each decoded when a trie first needs it: a revived matcher
 * makes its trie when it first runs (PhraseMatcher.revivePacked), and the slots only the
 * matchers a run never uses hold are never read.
 */
export class SlotsOnDemand {
  /** By number; a slot not yet needed is a hole (made full length: holes written in any order keep it an array). */
  private readonly slots: Slot[];
  /** The encoded slots and the word table (split on first need), not the snapshot they came in. */
  private readonly texts: readonly string[];
  private words: string;
  private table: string[] | undefined;

  /** Each slot's kind (SLOT_KIND), read from its text without decoding it. */
  readonly kinds: Uint8Array;

  constructor(encoded: EncodedSlots) {
    this.texts = encoded.slots;
    this.words = encoded.words;
    this.slots = new Array<Slot>(encoded.slots.length);
    this.kinds = Uint8Array.from(encoded.slots, (text) =>
      text === '*' ? SLOT_KIND.any : text === '#' ? SLOT_KIND.number : SLOT_KIND.words,
    );
  }

  /** Every word of every slot (the word table). */
  allWords(): readonly string[] {
    if (this.table === undefined) {
      this.table = this.words.split(' ');
      this.words = '';
    }
    return this.table;
  }

  /** The slot numbered `id`, decoded if it is not yet. */
  slot(id: number): Slot {
    const known = this.slots[id];
    if (known !== undefined) return known;
    const text = this.texts[id];
    if (text === undefined) throw new Error(`compiled lexicons: no slot ${id} in the table`);
    const slot = decodeSlot(text, this.allWords());
    this.slots[id] = slot;
    return slot;
  }
}

/** One slot from its text (see encodeSlot), its words read from `table`. */
function decodeSlot(text: string, table: readonly string[]): Slot {
  if (text === '*') return { kind: 'any' };
  if (text === '#') return { kind: 'number' };
  // Read by character rather than split and parseInt: slots are read on every start.
  const words = new Set<string>();
  let plurals: Set<string> | null = null;
  let afterBar = false;
  let n = 0;
  let digits = 0;
  let plural = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : SPACE_CODE;
    if (c === SPACE_CODE || c === BAR_CODE) {
      if (digits > 0) {
        const w = table[n];
        if (w === undefined) throw new Error(`compiled lexicons: no word ${n.toString(36)} in the table`);
        if (!afterBar) words.add(w);
        if (afterBar || plural) {
          if (plurals === null) plurals = new Set();
          plurals.add(w);
        }
      }
      if (c === BAR_CODE) {
        afterBar = true;
        plurals = null;
      }
      n = 0;
      digits = 0;
      plural = false;
    } else if (c === PLURAL_CODE) plural = true;
    else {
      n = n * 36 + (c <= NINE_CODE ? c - ZERO_CODE : c - A_CODE + 10);
      digits += 1;
    }
  }
  return { kind: 'words', words, plurals: plurals ?? NO_PLURALS };
}
