// A compiled phrase matcher: every pattern's slot sequences merged into one trie, built once
// per lexicon and run over a token array in one pass. From each token the walk follows only the
// branches the next tokens accept, so patterns sharing a long prefix ("north county peer …",
// 500 times) are walked once, not once per pattern. Cost: O(tokens × depth of the branches the
// text actually follows), independent of how many patterns share a prefix.
import type { Token } from '../text/tokenize.js';
import { compilePattern, isNumberWord, type Slot, type SlotSequence } from './compile-pattern.js';
import { nodesOf, type TrieNodes } from './packed-trie.js';
import {
  CompactTrie,
  EMPTY_ENTRY,
  ENTRY_STRIDE,
  type Ending,
  INDEXED,
  keyOf,
  NO_NODE,
  SLOT_KIND,
  WORD_NUMBER_BITS,
} from './compact-trie.js';

export interface PhraseMatch<T> {
  payload: T;
  /** token indexes, end exclusive */
  first: number;
  end: number;
  /** the matched word in a noun slot was a plural form (for suggestions' number) */
  plural: boolean;
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
const MAX_WORD_NUMBERS = 1 << WORD_NUMBER_BITS;
const NOT_LOOKED_UP = -2;
const UNNUMBERED = -1;
/**
 * A token array's word numbers (looked up when a scan first reaches a token) and, once a long
 * scan asks, where each of its words stands: a scan over a whole document then asks each
 * distinct word whether a phrase may start there, not each token (a long text repeats its words).
 */
class TokenWords {
  readonly numbers: Int32Array;
  private groups: WordGroups | null = null;

  constructor(readonly tokens: readonly Token[]) {
    this.numbers = new Int32Array(tokens.length).fill(NOT_LOOKED_UP);
  }

  wordGroups(): WordGroups {
    this.groups ??= groupWords(this.tokens, this.numbers);
    return this.groups;
  }
}

/** Tokens grouped by word: group g holds positions[offsets[g] .. offsets[g + 1]), ascending;
 * `numbers[g]` is its word number and `firsts[g]` its first token (to read the word). One group
 * (number UNNUMBERED) holds every token whose word is past the numbering. */
interface WordGroups {
  count: number;
  numbers: Int32Array;
  firsts: Int32Array;
  offsets: Int32Array;
  positions: Int32Array;
}

/** Each word number's group in the grouping being made; `groupStamp` says which grouping set it. */
const groupOfNumber = new Int32Array(MAX_WORD_NUMBERS);
const groupStamp = new Int32Array(MAX_WORD_NUMBERS);
let stamp = 0;

/** The tokens grouped by word (counted, then placed: two passes, no map). */
function groupWords(tokens: readonly Token[], numbers: Int32Array): WordGroups {
  const length = tokens.length;
  stamp = (stamp % 0x7fffffff) + 1;
  if (stamp === 1) groupStamp.fill(0);
  const groupOfToken = new Int32Array(length);
  const counts = new Int32Array(length + 2);
  const groupNumbers = new Int32Array(length + 1);
  const firsts = new Int32Array(length + 1);
  let count = 0;
  let unnumbered = -1;
  for (let i = 0; i < length; i++) {
    const n = wordNumberAt(numbers, tokens, i);
    let g: number;
    if (n === UNNUMBERED) {
      if (unnumbered < 0) {
        unnumbered = count++;
        groupNumbers[unnumbered] = UNNUMBERED;
        firsts[unnumbered] = i;
      }
      g = unnumbered;
    } else if (groupStamp[n] === stamp) g = groupOfNumber[n]!;
    else {
      g = count++;
      groupStamp[n] = stamp;
      groupOfNumber[n] = g;
      groupNumbers[g] = n;
      firsts[g] = i;
    }
    groupOfToken[i] = g;
    counts[g + 1]! += 1;
  }
  for (let g = 0; g < count; g++) counts[g + 1]! += counts[g]!;
  const offsets = counts.slice(0, count + 1);
  const positions = new Int32Array(length);
  for (let i = 0; i < length; i++) positions[counts[groupOfToken[i]!]!++] = i;
  return { count, numbers: groupNumbers.slice(0, count), firsts: firsts.slice(0, count), offsets, positions };
}

const wordsOfTokens = new WeakMap<readonly Token[], TokenWords>();
/** Each token array's words by its first token: a copy of a document's tokens with some gaps read
 * otherwise (see the rules' matchTokens) holds the same Token objects and words, so it shares them. */
const wordsByFirstToken = new WeakMap<Token, TokenWords>();

/** The token array scanned last and its words: most scans follow one on the same array (a
 * document's sentences, one after another), and a weak map's look-up costs more than the rest of
 * a short scan's set-up. */
let lastTokens: readonly Token[] | null = null;
let lastWords: TokenWords | null = null;
let lastJoins: Uint8Array | null = null;

function wordsOf(tokens: readonly Token[]): TokenWords {
  if (tokens === lastTokens && lastWords!.numbers.length === tokens.length) return lastWords!;
  const words = wordsOfArray(tokens);
  lastTokens = tokens;
  lastWords = words;
  lastJoins = null;
  return words;
}

function wordsOfArray(tokens: readonly Token[]): TokenWords {
  const known = wordsOfTokens.get(tokens);
  if (known !== undefined && known.numbers.length === tokens.length) return known;
  const first = tokens[0];
  const kin = first === undefined ? undefined : wordsByFirstToken.get(first);
  const words = kin !== undefined && sameWords(kin.tokens, tokens) ? kin : new TokenWords(tokens);
  if (first !== undefined && kin === undefined) wordsByFirstToken.set(first, words);
  wordsOfTokens.set(tokens, words);
  return words;
}

/** Whether two token arrays hold the same words in the same places (word numbers read only words). */
function sameWords(a: readonly Token[], b: readonly Token[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i]!.norm !== b[i]!.norm) return false;
  return true;
}

/** A word's number, numbering it if it is new (UNNUMBERED past the cap). */
function numberOfWord(norm: string): number {
  let n = wordNumbers.get(norm);
  if (n === undefined) {
    if (wordNumbers.size >= MAX_WORD_NUMBERS) return UNNUMBERED;
    n = wordNumbers.size;
    wordNumbers.set(norm, n);
  }
  return n;
}

function wordNumberAt(numbers: Int32Array, tokens: readonly Token[], i: number): number {
  const known = numbers[i]!;
  if (known !== NOT_LOOKED_UP) return known;
  const n = numberOfWord(tokens[i]!.norm);
  numbers[i] = n;
  return n;
}

/** Per token array, whether each token joins the one before it (joins of its gap), read when a
 * scan first asks: the next-word check (WordCheck.mayContinue) then reads a byte, not the token
 * (on a long text most tokens are far apart in memory). Per array, not shared as TokenWords are:
 * a copy of a document's tokens may read some gaps otherwise. */
const joinsOfTokens = new WeakMap<readonly Token[], Uint8Array>();
const JOINS = 1;
const DOES_NOT_JOIN = 2;

/** joinsOf for the array wordsOf was last asked for (it keeps the last array's bytes). */
function joinsOfLast(tokens: readonly Token[]): Uint8Array {
  if (lastJoins === null || lastJoins.length !== tokens.length) lastJoins = joinsOf(tokens);
  return lastJoins;
}

function joinsOf(tokens: readonly Token[]): Uint8Array {
  let joined = joinsOfTokens.get(tokens);
  if (joined === undefined || joined.length !== tokens.length) {
    joined = new Uint8Array(tokens.length);
    joinsOfTokens.set(tokens, joined);
  }
  return joined;
}

function joinsAt(joined: Uint8Array, tokens: readonly Token[], k: number): boolean {
  let answer = joined[k]!;
  if (answer === UNKNOWN) joined[k] = answer = joins(tokens[k]!.gap) ? JOINS : DOES_NOT_JOIN;
  return answer === JOINS;
}

/** A scan this long over few enough distinct words asks the words, not the tokens (see TokenWords). */
const GROUPED_SCAN_MIN = 256;

const UNKNOWN = 0;
const LEADS_NOWHERE = 1;
const LEADS = 2;
/** WordCheck's byte for a word that leads: FIRST_ENTRY plus its entry, or FAR_ENTRY past a byte. */
const FIRST_ENTRY = 2;
const FAR_ENTRY = 255;

/** The gaps a phrase runs on across: a space, a hyphen, a line break (not punctuation). */
export const joins = (gap: string): boolean => gap === 'space' || gap === 'hyphen' || gap === 'line';
const HEAD_RANK = { words: 0, number: 1, any: 2 } as const;
/** HEAD_RANK by a slot's kind number (SLOT_KIND). */
const HEAD_RANK_BY_KIND = [HEAD_RANK.words, HEAD_RANK.number, HEAD_RANK.any];
/** Room for each head kind in `order`: far more sequences than any lexicon holds, and small
 * enough that an order stays a small integer (a double would be boxed). */
const RANK_SPAN = 2 ** 28;

/** A match found by a walk: the sequence's ending (its payload and order), where it ends, and
 * whether a noun slot took a plural. */
interface Found<T> {
  ending: Ending<T>;
  end: number;
  plural: boolean;
}

/** Whether a word leads out of a node by a word or number edge, kept per word number (see
 * wordNumbers): an array read for a word met before. */
class WordCheck<T> {
  /** Per word number, two bits: whether the word was asked, and whether it leads; the bits of
   * numbers 32k .. 32k + 31 in bits[2k] and bits[2k + 1]. Every scan reads them for every token,
   * and a matcher's scans run between other work: a document's words read some 20 cache lines
   * of them, where a byte a word read one line for most words (70-odd lines a matcher a document). */
  private bits = new Int32Array(0);
  /** Per word number that leads: its entry in `edgeLists` plus FIRST_ENTRY (FAR_ENTRY: the entry
   * is in farEntries); read only for a word that leads (a byte a word: an array of entries, four
   * bytes a word, held some 3,900 entries in 5.9 MB over the dev set and the written corpus). */
  private known = new Uint8Array(0);
  /** The entries too large for a byte, by word number (a node that many words met lead out of). */
  private farEntries: Map<number, number> | null = null;
  /** Per entry: the word's edges out of the node, as pairs (to, plural). */
  private readonly edgeLists: Int32Array[] = [];
  /** The node's word edge (its index in the trie's edges) by word, or SEVERAL_EDGES when more
   * than one takes the word, made on first ask (a start node's slots hold many words, most never
   * met: words are numbered only when a text brings them). A word's pairs (to, plural) are made
   * when a text brings it (edgesOfWord), not for every word of the slots. */
  private byWord: Map<string, number> | null = null;
  /** Per word number that leads, two bits (numbers 32k .. 32k + 31 in nextBits[2k] and
   * nextBits[2k + 1]), set on first ask: whether its next words are read, and whether anything
   * else may follow or end there (a sequence ends after the word, a number or `*` slot follows,
   * or a word is past the numbering). Most walks from a word that leads out of the root stop at
   * the next word: this, and `pairs`, answer them without walking. */
  private nextBits = new Int32Array(0);
  /** The words that can follow each word read so far (whose nextBits say it is read and not
   * anything), as pairs (word, next word) in an open-addressing set of keys pairKey: one probe
   * answers whether a word may follow another, where a sorted list per word took a look-up of
   * the list, its array and a search through it (a matcher's scans run with its arrays out of cache). */
  private pairs = new Int32Array(16).fill(NO_PAIR);
  private pairCount = 0;
  /** Per entry of edgeLists, made on first ask: by the number of a word that can follow, the
   * words that can follow those two (as nextWordLists): "mental health" is read in many texts
   * and leads on only to a few words. */
  private readonly thirdWordLists: (Map<number, Int32Array | null> | undefined)[] = [];

  constructor(
    readonly trie: CompactTrie<T>,
    readonly node: number,
  ) {}

  private words(): Map<string, number> {
    const trie = this.trie;
    const byWord = new Map<string, number>();
    const to = trie.edgeStart[this.node + 1]!;
    for (let e = trie.edgeStart[this.node]!; e < to; e++)
      for (const w of trie.edgeSlot(e).words) byWord.set(w, byWord.has(w) ? SEVERAL_EDGES : e);
    this.byWord = byWord;
    return byWord;
  }

  /** The word edges out of the node that take `norm`, as pairs (to, plural). */
  private edgesOfWord(norm: string): Int32Array {
    const e = (this.byWord ?? this.words()).get(norm);
    if (e === undefined) return NO_EDGES;
    const trie = this.trie;
    if (e === SEVERAL_EDGES) {
      const pairs: number[] = [];
      trie.edgesByWords(this.node, norm, pairs);
      return new Int32Array(pairs);
    }
    const slot = trie.edgeSlot(e);
    const pair = new Int32Array(2);
    pair[0] = trie.edgeTo[e]!;
    pair[1] = slot.plurals.size > 0 && slot.plurals.has(norm) ? 1 : 0;
    return pair;
  }

  private leads(norm: string): boolean {
    return (this.byWord ?? this.words()).has(norm) || (this.trie.numberTo[this.node] !== NO_NODE && isNumberWord(norm));
  }

  accepts(tokens: readonly Token[], numbers: Int32Array, i: number): boolean {
    return this.acceptsNumber(wordNumberAt(numbers, tokens, i), tokens, i);
  }

  /** `accepts` for token i whose word number is n. */
  acceptsNumber(n: number, tokens: readonly Token[], i: number): boolean {
    if (n === UNNUMBERED) return this.leads(tokens[i]!.norm);
    const w = (n >> 5) << 1;
    const bit = 1 << (n & 31);
    const bits = this.bits;
    if (w < bits.length && (bits[w]! & bit) !== 0) return (bits[w + 1]! & bit) !== 0;
    return this.ask(n, tokens[i]!.norm, w, bit);
  }

  /** acceptsNumber for a word not asked yet (its bits at w, w + 1): files its entry if it leads. */
  private ask(n: number, norm: string, w: number, bit: number): boolean {
    if (w >= this.bits.length) {
      const grown = new Int32Array(Math.max(w + 2, this.bits.length * 2, 16));
      grown.set(this.bits);
      this.bits = grown;
    }
    const leads = this.leads(norm);
    if (leads) {
      let known = this.known;
      if (n >= known.length) {
        const grown = new Uint8Array(Math.max(n + 1, known.length * 2, 256));
        grown.set(known);
        known = this.known = grown;
      }
      const entry = this.edgeLists.length;
      if (entry < FAR_ENTRY - FIRST_ENTRY) known[n] = entry + FIRST_ENTRY;
      else {
        known[n] = FAR_ENTRY;
        this.farEntries ??= new Map();
        this.farEntries.set(n, entry);
      }
      this.edgeLists.push(this.edgesOfWord(norm));
      // Kept beside edgeLists, so the array stays packed (an entry is filled on first ask).
      this.thirdWordLists.push(undefined);
      this.bits[w + 1]! |= bit;
    }
    this.bits[w]! |= bit;
    return leads;
  }

  /** The entry in edgeLists of word number n, which leads (acceptsNumber said so). */
  private entryOf(n: number): number {
    const answer = this.known[n]!;
    return answer < FAR_ENTRY ? answer - FIRST_ENTRY : this.farEntries!.get(n)!;
  }

  /** Whether a walk from token i (word number n, which `accepts`) can find anything, read from
   * the next two tokens alone when the word's edges all need a word next, and then the next
   * word's: the walk's first two steps after the root (see matchesAt), without walking. */
  mayContinue(n: number, tokens: readonly Token[], numbers: Int32Array, joined: Uint8Array, i: number, last: number): boolean {
    if (n === UNNUMBERED) return true;
    const w = (n >> 5) << 1;
    const bit = 1 << (n & 31);
    if (w >= this.nextBits.length || (this.nextBits[w]! & bit) === 0) this.readNext(n, tokens[i]!.norm, w, bit);
    if ((this.nextBits[w + 1]! & bit) !== 0) return true;
    const k = i + 1;
    if (k >= last || !joinsAt(joined, tokens, k)) return false;
    const second = wordNumberAt(numbers, tokens, k);
    // A word past the numbering could be any.
    if (second === UNNUMBERED) return true;
    if (!this.hasPair(pairKey(n, second))) return false;
    const entry = this.entryOf(n);
    const trie = this.trie;
    let thirds = this.thirdWordLists[entry];
    if (thirds === undefined) thirds = this.thirdWordLists[entry] = new Map();
    let third = thirds.get(second);
    if (third === undefined) {
      const norm = tokens[k]!.norm;
      const firsts = this.edgeLists[entry]!;
      const seconds: number[] = [];
      for (let e = 0; e < firsts.length; e += 2) trie.edgesFor(firsts[e]!, second, norm, numberOfWord, seconds);
      third = nextWordsOf(trie, seconds);
      thirds.set(second, third);
    }
    if (third === null) return true;
    const k2 = k + 1;
    if (k2 >= last || !joinsAt(joined, tokens, k2)) return false;
    return hasNumber(third, wordNumberAt(numbers, tokens, k2));
  }

  /** Reads the words that can follow word number n (text `norm`, which leads) into nextBits
   * (its bits at w, w + 1) and `pairs`. */
  private readNext(n: number, norm: string, w: number, bit: number): void {
    if (w >= this.nextBits.length) {
      const grown = new Int32Array(Math.max(w + 2, this.nextBits.length * 2, 16));
      grown.set(this.nextBits);
      this.nextBits = grown;
    }
    const edges = this.edgeLists[this.entryOf(n)]!;
    const trie = this.trie;
    // A number word may also take the node's number edge, which nextWordsOf does not read.
    const next = (trie.numberTo[this.node] !== NO_NODE && isNumberWord(norm)) || edges.length === 0 ? null : nextWordsOf(trie, edges);
    this.nextBits[w]! |= bit;
    if (next === null) {
      this.nextBits[w + 1]! |= bit;
      return;
    }
    for (const second of next) this.addPair(pairKey(n, second));
  }

  private hasPair(key: number): boolean {
    const pairs = this.pairs;
    const mask = pairs.length - 1;
    for (let p = pairProbe(key) & mask; pairs[p] !== NO_PAIR; p = (p + 1) & mask) if (pairs[p] === key) return true;
    return false;
  }

  private addPair(key: number): void {
    if (this.hasPair(key)) return;
    // At most half full: a probe that finds nothing stops soon.
    if ((this.pairCount + 1) * 2 > this.pairs.length) {
      const old = this.pairs;
      this.pairs = new Int32Array(old.length * 2).fill(NO_PAIR);
      for (const k of old) if (k !== NO_PAIR) this.putPair(k);
    }
    this.putPair(key);
    this.pairCount += 1;
  }

  private putPair(key: number): void {
    const pairs = this.pairs;
    const mask = pairs.length - 1;
    let p = pairProbe(key) & mask;
    while (pairs[p] !== NO_PAIR) p = (p + 1) & mask;
    pairs[p] = key;
  }

  /** The word edges out of the node that token i (word number n) takes, as pairs (to, plural). */
  edgesAt(n: number, tokens: readonly Token[], i: number): Int32Array {
    if (!this.acceptsNumber(n, tokens, i)) return NO_EDGES;
    return n === UNNUMBERED ? this.edgesOfWord(tokens[i]!.norm) : this.edgeLists[this.entryOf(n)]!;
  }
}

const NO_EDGES = new Int32Array(0);
/** An empty place of WordCheck.pairs. */
const NO_PAIR = -1;
/** The key of a word number and the number of a word after it (both below 2 ** WORD_NUMBER_BITS). */
const pairKey = (n: number, second: number): number => (n << WORD_NUMBER_BITS) | second;
/** Where a probe for a pair's key starts (before the mask). */
const pairProbe = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 7;
/** WordCheck.byWord's mark of a word that more than one edge takes. */
const SEVERAL_EDGES = -1;

/** The sorted numbers of the words that lead on from the nodes the edges (pairs: to, plural)
 * reach, or null when the next word alone cannot tell (see WordCheck.mayContinue). */
function nextWordsOf<T>(trie: CompactTrie<T>, edges: ArrayLike<number>): Int32Array | null {
  const numbers: number[] = [];
  for (let e = 0; e < edges.length; e += 2) {
    const to = edges[e]!;
    if (trie.hasEndings(to) || trie.numberTo[to] !== NO_NODE || trie.anyTo[to] !== NO_NODE) return null;
    const last = trie.edgeStart[to + 1]!;
    for (let x = trie.edgeStart[to]!; x < last; x++)
      for (const word of trie.edgeSlot(x).words) {
        const n = numberOfWord(word);
        if (n === UNNUMBERED) return null;
        numbers.push(n);
      }
  }
  return Int32Array.from(numbers).sort();
}

/** Whether a sorted list holds n (UNNUMBERED: a word past the numbering could be any, so yes). */
function hasNumber(sorted: Int32Array, n: number): boolean {
  if (n === UNNUMBERED) return true;
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === n) return true;
    if (v < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether each numbered word is a number (isNumberWord), by word number: asked once per word. */
const numberWordByNumber = new Uint8Array(MAX_WORD_NUMBERS);

function numberWordAt(numbers: Int32Array, tokens: readonly Token[], k: number): boolean {
  const n = wordNumberAt(numbers, tokens, k);
  if (n === UNNUMBERED) return isNumberWord(tokens[k]!.norm);
  let answer = numberWordByNumber[n]!;
  if (answer === UNKNOWN) numberWordByNumber[n] = answer = isNumberWord(tokens[k]!.norm) ? LEADS : LEADS_NOWHERE;
  return answer === LEADS;
}

/** Marks the tokens in [from, last) whose word `check` accepts (marks[i - from] = 1): each
 * distinct word asked once, and a sweep of the marks gives the starts in order. */
function startsByWord<T>(groups: WordGroups, check: WordCheck<T>, tokens: readonly Token[], from: number, last: number): Uint8Array {
  const { count, numbers, firsts, offsets, positions } = groups;
  const marks = new Uint8Array(last - from);
  for (let g = 0; g < count; g++) {
    const number = numbers[g]!;
    // A word past the numbering is asked token by token (see WordCheck.accepts).
    const eachToken = number === UNNUMBERED;
    if (!eachToken && !check.acceptsNumber(number, tokens, firsts[g]!)) continue;
    const end = offsets[g + 1]!;
    for (let k = offsets[g]!; k < end; k++) {
      const i = positions[k]!;
      if (i >= from && i < last && (!eachToken || check.acceptsNumber(number, tokens, i))) marks[i - from] = 1;
    }
  }
  return marks;
}

/**
 * The walk's stack and the matches of the walk last made (up to the count matchesAt returns),
 * kept between walks and shared by all matchers: a walk runs for every token that may start a
 * match, and runs to its end before any other starts (a scan hands its matches out before the
 * next walk), so a match found allocates nothing, and the arrays keep one kind of element.
 */
const stackNodes: number[] = [];
const stackNext: number[] = [];
const stackPlural: number[] = [];
const foundPool: Found<unknown>[] = [];
/** A walk step's edges read the slow way (see CompactTrie.edgesByWords), kept between steps. */
const walkEdges: number[] = [];

/**
 * A matcher's sequences as the compiled lexicons hold them (see PhraseMatcher.revivePacked): its
 * trie's nodes, the kind and the slot of each label, and the payload of each sequence by its number.
 */
export interface PackedMatcher<T> {
  nodes(): TrieNodes;
  /** The kind of each label's slot (SLOT_KIND), by label. */
  kinds: Uint8Array;
  slot(label: number): Slot;
  payload(k: number): T;
}

/** Each node's slot (index 0, the root, has none). */
function nodeSlots<T>(packed: PackedMatcher<T>): Slot[] {
  const { label } = packed.nodes();
  const slots = new Array<Slot>(label.length);
  for (let x = 1; x < label.length; x++) slots[x] = packed.slot(label[x]!);
  return slots;
}

export class PhraseMatcher<T> {
  /** every sequence, in the order added (the compiled form is rebuilt in this order) */
  private readonly all: Array<{ seq: SlotSequence; payload: T }> = [];
  /** The trie of `all`, built on the first match after sequences were added (a matcher that is
   * compiled or revived but never run costs nothing more, and compares by its sequences). */
  private trie: CompactTrie<T> | undefined;
  /** Which words lead out of the root and out of each node after its leading `*`s, for the
   * current trie (see mayStartAt). */
  private startChecks: WordCheck<T>[] | undefined;
  /** The first of startChecks: also hands the walk the root's edges for a word. */
  private rootCheck: WordCheck<T> | undefined;
  /** firstWordCheck of the current trie, once asked: every scan asks it, most over a few words of
   * a line or a sentence, and its answer read from the checks and the trie cost more cache lines
   * than the rest of such a scan's set-up. */
  private firstCheck: WordCheck<T> | null | undefined = undefined;
  /** The trie and sequences revived from the compiled lexicons, not yet unpacked (see revivePacked). */
  private packed: PackedMatcher<T> | undefined = undefined;

  add(pattern: string, payload: T): this {
    for (const seq of compilePattern(pattern)) this.file(seq, payload);
    return this;
  }

  /**
   * Takes its sequences from the compiled lexicons in their packed form (a matcher with no
   * sequences yet): the trie's arrays are made from it when the matcher first runs, and the
   * sequences themselves only if something asks for them (the compiled form, wildcardTokens,
   * another sequence added). The analyzer starts from the compiled lexicons on every start, and
   * a document's scans use few of its hundreds of matchers.
   */
  revivePacked(packed: PackedMatcher<T>): this {
    if (this.all.length > 0 || this.packed) throw new Error('phrase matcher: revived into a matcher that has sequences');
    this.packed = packed;
    this.trie = undefined;
    return this;
  }

  /** Every sequence, unpacking the revived ones first if they are not yet. */
  private filed(): Array<{ seq: SlotSequence; payload: T }> {
    const packed = this.packed;
    if (packed) {
      this.packed = undefined;
      const { parent, endNode } = packed.nodes();
      const slotAt = nodeSlots(packed);
      for (let k = 0; k < endNode.length; k++) {
        const seq: Slot[] = [];
        for (let x = endNode[k]!; x !== 0; x = parent[x]!) seq.push(slotAt[x]!);
        this.all.push({ seq: seq.reverse(), payload: packed.payload(k) });
      }
    }
    return this.all;
  }

  private file(seq: SlotSequence, payload: T): void {
    this.filed().push({ seq, payload });
    this.trie = undefined;
  }

  /** Apart from scan(): the scan that asks for the root runs hot, the building once per matcher. */
  private buildTrie(): CompactTrie<T> {
    const order = (k: number, head: number) => HEAD_RANK_BY_KIND[head]! * RANK_SPAN + k;
    let trie: CompactTrie<T>;
    const packed = this.packed;
    if (packed)
      trie = new CompactTrie<T>(packed.nodes(), packed.kinds, packed.slot, (k, head) => ({
        payload: packed.payload(k),
        order: order(k, head),
      }));
    else {
      // Slots told apart by their key: equal slots are one label.
      const all = this.all;
      const labels = new Map<string, number>();
      const slots: Slot[] = [];
      const sequences = all.map(({ seq }) =>
        seq.map((slot) => {
          const key = slotKey(slot);
          let id = labels.get(key);
          if (id === undefined) {
            id = slots.push(slot) - 1;
            labels.set(key, id);
          }
          return id;
        }),
      );
      trie = new CompactTrie<T>(
        nodesOf(sequences),
        Uint8Array.from(slots, (slot) => SLOT_KIND[slot.kind]),
        (id) => slots[id]!,
        (k, head) => ({ payload: all[k]!.payload, order: order(k, head) }),
      );
    }
    this.trie = trie;
    this.startChecks = undefined;
    this.firstCheck = undefined;
    return trie;
  }

  /** Every slot of every sequence (pattern-vocabulary.ts reads their words). */
  *slots(): Iterable<Slot> {
    for (const c of this.filed()) yield* c.seq;
  }

  /** The compiled sequences as JSON (the build stores them; see compiled-snapshot.ts). */
  compiledForm(encodePayload: (payload: T) => unknown, slots: SlotTable): CompiledMatcherForm {
    return this.filed().map((c) => [c.seq.map((slot) => slots.idOf(slot)), encodePayload(c.payload)]);
  }

  /** The start checks of the current trie: the root, then the node after each leading `*`. */
  private checksFrom(trie: CompactTrie<T>): WordCheck<T>[] {
    let checks = this.startChecks;
    if (!checks) {
      checks = [];
      for (let node = 0; node !== NO_NODE; node = trie.anyTo[node]!) checks.push(new WordCheck(trie, node));
      this.startChecks = checks;
      this.rootCheck = checks[0]!;
    }
    return checks;
  }

  /**
   * Whether a walk from token `i` can find anything, read without walking: most tokens start no
   * sequence. A `*`-led sequence takes any word first, so it can start at `i` only when a later
   * token, joined on, leads out of the node after its `*`s (or a sequence ends there).
   */
  private mayStartAt(trie: CompactTrie<T>, tokens: readonly Token[], numbers: Int32Array, i: number, last: number): boolean {
    const checks = this.checksFrom(trie);
    for (let d = 0; d < checks.length; d++) {
      const check = checks[d]!;
      const k = i + d;
      if (trie.hasEndings(check.node)) return true;
      if (k >= last || (d > 0 && !joins(tokens[k]!.gap))) return false;
      if (check.accepts(tokens, numbers, k)) return true;
    }
    return false;
  }

  /** Every sequence matching from token `i` and ending at or before `to`, in any order, into
   * `found` (only the first one found with `firstOnly`); returns how many. */
  private matchesAt(
    trie: CompactTrie<T>,
    tokens: readonly Token[],
    numbers: Int32Array,
    joined: Uint8Array,
    i: number,
    to: number,
    firstOnly: boolean,
  ): number {
    let count = 0;
    // Depth-first over the branches the tokens follow: node, next token index, plural so far.
    const nodes = stackNodes;
    const nexts = stackNext;
    const plurals = stackPlural;
    const found = foundPool as Found<T>[];
    const { endingStart, endings, numberTo, anyTo, indexState } = trie;
    nodes[0] = 0;
    nexts[0] = i;
    plurals[0] = 0;
    let top = 1;
    while (top > 0) {
      top -= 1;
      const node = nodes[top]!;
      const k = nexts[top]!;
      const plural = plurals[top]!;
      const endingEnd = endingStart[node + 1]!;
      for (let e = endingStart[node]!; e < endingEnd; e++) {
        const ending = endings[e]!;
        const f = found[count];
        if (f === undefined) found.push({ ending, end: k, plural: plural === 1 });
        else {
          f.ending = ending;
          f.end = k;
          f.plural = plural === 1;
        }
        count += 1;
        if (firstOnly) return 1;
      }
      if (k >= to) continue;
      if (k > i && !joinsAt(joined, tokens, k)) continue;
      const n = wordNumberAt(numbers, tokens, k);
      // Pushed inline (no helper closure: this is the innermost loop of every analysis).
      if (node === 0) {
        // The root's edges for the first word were looked up when the scan asked whether a match may start there.
        const edges = this.rootCheck!.edgesAt(n, tokens, k);
        for (let e = 0; e < edges.length; e += 2) {
          nodes[top] = edges[e]!;
          nexts[top] = k + 1;
          plurals[top] = plural | edges[e + 1]!;
          top += 1;
        }
      } else if (n !== UNNUMBERED && (indexState[node] === INDEXED || trie.index(node, numberOfWord))) {
        const table = trie.table;
        const mask = trie.mask;
        const key = keyOf(node, n);
        for (let p = trie.probe(key); table[p] !== EMPTY_ENTRY; p = (p + ENTRY_STRIDE) & mask) {
          if (table[p] !== key) continue;
          const value = table[p + 1]!;
          nodes[top] = value >> 1;
          nexts[top] = k + 1;
          plurals[top] = plural | (value & 1);
          top += 1;
        }
      } else {
        const edges = walkEdges;
        edges.length = 0;
        trie.edgesByWords(node, tokens[k]!.norm, edges);
        for (let e = 0; e < edges.length; e += 2) {
          nodes[top] = edges[e]!;
          nexts[top] = k + 1;
          plurals[top] = plural | edges[e + 1]!;
          top += 1;
        }
      }
      const numberNode = numberTo[node]!;
      if (numberNode !== NO_NODE && numberWordAt(numbers, tokens, k)) {
        nodes[top] = numberNode;
        nexts[top] = k + 1;
        plurals[top] = plural;
        top += 1;
      }
      const anyNode = anyTo[node]!;
      if (anyNode !== NO_NODE) {
        nodes[top] = anyNode;
        nexts[top] = k + 1;
        plurals[top] = plural;
        top += 1;
      }
    }
    return count;
  }

  /** The first `count` matches of `found`, longest first, then in the order their sequences were
   * added (a stable insertion sort: a start has few matches, and this allocates nothing). */
  private sortFound(count: number): void {
    const found = foundPool as Found<T>[];
    for (let a = 1; a < count; a++) {
      const f = found[a]!;
      let b = a - 1;
      while (b >= 0 && (found[b]!.end < f.end || (found[b]!.end === f.end && found[b]!.ending.order > f.ending.order))) {
        found[b + 1] = found[b]!;
        b -= 1;
      }
      found[b + 1] = f;
    }
  }

  /** The check of whether a phrase may start at a word, when that is all that decides it: no
   * sequence starts with `*` (see mayStartAt). */
  private firstWordCheck(trie: CompactTrie<T>): WordCheck<T> | null {
    const checks = this.checksFrom(trie);
    return checks.length === 1 && !trie.hasEndings(0) ? checks[0]! : null;
  }

  /**
   * Walks the token range in order and puts in `out` the matches starting at each token, longest
   * first; with `out` null, stops at the first match. Returns whether anything matched.
   */
  private scan(tokens: readonly Token[], from: number, to: number, out: PhraseMatch<T>[] | null): boolean {
    const last = Math.min(to, tokens.length);
    if (from >= last) return false;
    const firstOnly = out === null;
    const root = this.trie ?? this.buildTrie();
    const words = wordsOf(tokens);
    const numbers = words.numbers;
    // Where a match may start: read from the first word alone when no sequence starts with `*`,
    // and then, over a long range of few distinct words, asked once per word (see TokenWords).
    let check = this.firstCheck;
    if (check === undefined) check = this.firstCheck = this.firstWordCheck(root);
    let marks: Uint8Array | null = null;
    if (check !== null && last - from >= GROUPED_SCAN_MIN) {
      const groups = words.wordGroups();
      if (groups.count * 2 <= last - from) marks = startsByWord(groups, check, tokens, from, last);
    }
    const joined = joinsOfLast(tokens);
    let any = false;
    for (let i = from; i < last; i++) {
      if (check !== null) {
        if (marks !== null && marks[i - from] === 0) continue;
        const n = wordNumberAt(numbers, tokens, i);
        if (marks === null && !check.acceptsNumber(n, tokens, i)) continue;
        if (!check.mayContinue(n, tokens, numbers, joined, i, last)) continue;
      } else if (!this.mayStartAt(root, tokens, numbers, i, last)) continue;
      const count = this.matchesAt(root, tokens, numbers, joined, i, last, firstOnly);
      if (count === 0) continue;
      if (out === null) return true;
      any = true;
      if (count > 1) this.sortFound(count);
      for (let f = 0; f < count; f++) {
        const m = (foundPool as Found<T>[])[f]!;
        out.push({ payload: m.ending.payload, first: i, end: m.end, plural: m.plural });
      }
    }
    return any;
  }

  /** Every match, longest first at each start; overlapping matches are all returned. */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    this.scan(tokens, from, to, out);
    return out;
  }

  /**
   * The tokens that `*` slots took in a match of `payload` over tokens [first, end), read from
   * the first of its sequences (in the order added) that fits: for a suggestion that keeps them.
   * Walks the sequences of that payload, so call it only for the few matches that need it.
   */
  wildcardTokens(payload: T, tokens: readonly Token[], first: number, end: number): number[] {
    for (const { seq, payload: p } of this.filed()) {
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
    return this.scan(tokens, from, to, null);
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
