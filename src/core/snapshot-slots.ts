// The slot table of a compiled-lexicons snapshot (compiled-snapshot.ts) in its dense form. The
// same words recur in thousands of slots (a list of person nouns sits in dozens of patterns,
// each time beside other words), so each word is stored once, in a table ordered by how many
// slots hold it, and a slot is the numbers of its words, smallest first, each written as its
// distance from the one before: most distances take one character. Slots are numbered by how
// many sequences use them: the most used get the shortest numbers.
import type { Slot } from './patterns/compile-pattern.js';
import { SLOT_KIND } from './patterns/compact-trie.js';

export interface EncodedSlots {
  /** Every word of every slot, once, separated by spaces. */
  words: string;
  /** Each slot: "*" any word, "#" a number, else its word numbers (see encodeSlot). */
  slots: string[];
}

/**
 * A number in base 32, most significant digit first: the digits before the last from MORE, the
 * last from LAST, so numbers follow each other with nothing between. No character of either is
 * a mark of packed-json.ts, a quote or a backslash, nor "+", "|", "*" or "#".
 */
const MORE = '0123456789abcdefghijklmnopqrstuv';
const LAST = 'ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz@~';
const BASE = 32;
/** Before a word that is also one of the slot's plurals. */
const PLURAL = '+';
/** Between the words and plurals that are not among them. */
const BAR = '|';
const PLURAL_CODE = PLURAL.charCodeAt(0);
const BAR_CODE = BAR.charCodeAt(0);
/** Each character's digit value, and whether it ends a number (by character code). */
const DIGIT = new Int8Array(128).fill(-1);
const ENDS = new Uint8Array(128);
for (let d = 0; d < BASE; d++) {
  DIGIT[MORE.charCodeAt(d)] = d;
  DIGIT[LAST.charCodeAt(d)] = d;
  ENDS[LAST.charCodeAt(d)] = 1;
}
const NO_PLURALS: ReadonlySet<string> = new Set();

/** `n` (0 or more) in that base. */
function numberText(n: number): string {
  let text = LAST[n % BASE]!;
  for (n = Math.floor(n / BASE); n > 0; n = Math.floor(n / BASE)) text = MORE[n % BASE]! + text;
  return text;
}

/** Word numbers, smallest first, each as its distance from the one before ("+" before those `marked`). */
function numbersText(numbers: readonly number[], marked?: ReadonlySet<number>): string {
  let text = '';
  let before = 0;
  for (const n of numbers) {
    text += (marked?.has(n) ? PLURAL : '') + numberText(n - before);
    before = n;
  }
  return text;
}

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
  const numbers = new Map(words.map((w, i) => [w, i]));
  return { words: words.join(' '), slots: slots.map((s) => encodeSlot(s, numbers)) };
}

/**
 * A slot's word numbers (numbersText), "+" marking the plurals; when some plurals are not among
 * its words, "|" and the plurals' own numbers follow. The order of a slot's words is not kept:
 * a slot is a set.
 */
function encodeSlot(slot: Slot, numbers: ReadonlyMap<string, number>): string {
  if (slot.kind === 'any') return '*';
  if (slot.kind === 'number') return '#';
  if (slot.words.size === 0) throw new Error('compiled lexicons: a slot without words');
  const numberOf = (w: string) => numbers.get(w)!;
  const sorted = (set: ReadonlySet<string>) => [...set].map(numberOf).sort((a, b) => a - b);
  const words = sorted(slot.words);
  if ([...slot.plurals].every((w) => slot.words.has(w))) return numbersText(words, new Set(sorted(slot.plurals)));
  return `${numbersText(words)}${BAR}${numbersText(sorted(slot.plurals))}`;
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
  // Read by character: slots are read on every start.
  const words = new Set<string>();
  let plurals: Set<string> | null = null;
  let afterBar = false;
  let n = 0;
  let before = 0;
  let plural = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === PLURAL_CODE) {
      plural = true;
      continue;
    }
    if (c === BAR_CODE) {
      afterBar = true;
      before = 0;
      continue;
    }
    const digit = c < 128 ? DIGIT[c]! : -1;
    if (digit < 0) throw new Error(`compiled lexicons: "${text[i]}" in the slot "${text}"`);
    n = n * BASE + digit;
    if (!ENDS[c]) continue;
    const number = before + n;
    const w = table[number];
    if (w === undefined) throw new Error(`compiled lexicons: no word ${number} in the table`);
    if (!afterBar) words.add(w);
    if (afterBar || plural) {
      plurals ??= new Set();
      plurals.add(w);
    }
    before = number;
    n = 0;
    plural = false;
  }
  return { kind: 'words', words, plurals: plurals ?? NO_PLURALS };
}
