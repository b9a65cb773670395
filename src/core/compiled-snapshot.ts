// The compiled lexicons as JSON, made once at build time (scripts/compile-lexicons.ts) and
// revived at start instead of validating and compiling the lexicon files again. Generic: it walks
// whatever compileLexicons() returns (plain data, Sets, Maps, phrase matchers in their own
// compact form), so new lexicon files and fields need no change here; anything else stops the
// build, naming where it is.
// Plain objects and arrays stay plain JSON; the rest is a one-key object under MARK. An object
// met more than once is stored once in `shared` and referred to by index, so what is shared in
// the compiled form (a pattern filed under each of its first words) stays one object. That JSON
// is then packed (packed-json.ts): repeated strings and objects' keys stored once.
// Phrase matchers, most of the size, are stored densest: each as its trie packed into one string
// (patterns/packed-trie.ts) over a shared slot table, and the runs of its payloads (PackedRuns).
import { PhraseMatcher, SlotTable, type CompiledMatcherForm } from './patterns/phrase-matcher.js';
import { packJson, unpackJson, type PackedJson } from './packed-json.js';
import { encodeSlots, numberSlotsByUse, SlotsOnDemand, type EncodedSlots } from './snapshot-slots.js';
import type { CompiledLexicons } from './compiled-lexicons.js';
import { packTrie, unpackTrie, type TrieNodes } from './patterns/packed-trie.js';
import { PatternVocabulary } from './patterns/pattern-vocabulary.js';

const MARK = '$$';

type Special =
  | ['ref', number]
  | ['set', unknown[]]
  | ['map', [unknown, unknown][]]
  | ['undefined']
  /** a class instance: its class name and its compact form */
  | ['class', string, unknown];

interface SnapshotContent extends EncodedSlots {
  /** shared[0] is the compiled lexicons themselves. */
  shared: unknown[];
}

const FORMAT = 7;

export interface CompiledSnapshot {
  format: typeof FORMAT;
  /** SnapshotContent, packed. */
  packed: PackedJson;
}

/**
 * A phrase matcher's sequences as runs: a payload, then the slot numbers of each sequence in a
 * row that has it (the sequences of one pattern, or of one entry's patterns, are added in a row).
 */
type MatcherRun = [payload: unknown, ...sequences: number[][]];

function runsOf(form: CompiledMatcherForm): MatcherRun[] {
  const runs: MatcherRun[] = [];
  let last: MatcherRun | undefined;
  for (const [ids, payload] of form) {
    if (last && last[0] === payload) last.push(ids);
    else {
      last = [payload, ids];
      runs.push(last);
    }
  }
  return runs;
}

/**
 * A phrase matcher as the snapshot holds it: its trie packed (packed-trie.ts), then each run's
 * payload and how many sequences in a row give it.
 */
type PackedRuns = [trie: string, ...payloadsAndCounts: unknown[]];

/** The runs with their sequences packed into one trie (after the slots were numbered by use). */
function packRuns(runs: MatcherRun[]): PackedRuns {
  const packed: PackedRuns = [packTrie(runs.flatMap(([, ...sequences]) => sequences))];
  for (const [payload, ...sequences] of runs) packed.push(payload, sequences.length);
  return packed;
}

/** Each sequence's payload, by its number, decoded once. */
function payloadsOf(runs: readonly unknown[], decode: (v: unknown) => unknown): unknown[] {
  const payloads: unknown[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    const payload = decode(runs[r]);
    for (let n = runs[r + 1] as number; n > 0; n--) payloads.push(payload);
  }
  return payloads;
}

/** No payload yet (payloads may be undefined). */
const NOTHING = Symbol('nothing');

/** Classes the compiled form holds, each with its own compact JSON form. */
interface ClassCodec {
  is(value: object): boolean;
  make(): object;
  encode(value: object, encode: (v: unknown) => unknown, slots: SlotTable): unknown;
  /** `slots`: the slot table, each slot decoded when first needed. */
  decodeInto(target: object, data: unknown, decode: (v: unknown) => unknown, slots: SlotsOnDemand): void;
}
const CLASSES: Record<string, ClassCodec> = {
  PhraseMatcher: {
    is: (v) => v instanceof PhraseMatcher,
    make: () => new PhraseMatcher<unknown>(),
    encode: (v, enc, slots) => {
      // The same payload encodes to the same value, so a run can tell it by ===.
      let raw: unknown = NOTHING;
      let encoded: unknown;
      const once = (p: unknown) => {
        if (p !== raw) {
          raw = p;
          encoded = enc(p);
        }
        return encoded;
      };
      return runsOf((v as PhraseMatcher<unknown>).compiledForm(once, slots));
    },
    // Unpacked when first run, its payloads and the slots of its trie decoded then: a run uses
    // some of the matchers (86 of 391 on a posting), and the analyzer is ready sooner.
    decodeInto: (t, data, dec, slots) => {
      const [trie, ...runs] = data as PackedRuns;
      let nodes: TrieNodes | undefined;
      let payloads: unknown[] | undefined;
      (t as PhraseMatcher<unknown>).revivePacked({
        nodes: () => (nodes ??= unpackTrie(trie)),
        kinds: slots.kinds,
        slot: (id) => slots.slot(id),
        payload: (k) => {
          payloads ??= payloadsOf(runs, dec);
          return payloads[k];
        },
      });
    },
  },
  // Nothing stored: revived, it reads the slot table's word list, the words of every matcher.
  PatternVocabulary: {
    is: (v) => v instanceof PatternVocabulary,
    make: () => new PatternVocabulary(),
    encode: () => 0,
    decodeInto: (t, _data, _dec, slots) => (t as PatternVocabulary).reviveFrom(() => slots.allWords()),
  },
};

const special = (s: Special) => ({ [MARK]: s });

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === Object.prototype || proto === null;
}

function children(value: object): Iterable<unknown> {
  if (value instanceof Map) return [...value.keys(), ...value.values()];
  if (value instanceof Set || Array.isArray(value)) return value;
  // A class with a codec stores what its codec gives, not its fields.
  if (Object.values(CLASSES).some((c) => c.is(value))) return [];
  return Object.values(value);
}

export function snapshotOf(compiled: CompiledLexicons): CompiledSnapshot {
  // Which objects are met more than once.
  const seen = new Set<object>();
  const shared = new Map<object, number>([[compiled, 0]]);
  const stack: unknown[] = [compiled];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (seen.has(v)) {
      if (!shared.has(v)) shared.set(v, shared.size);
      continue;
    }
    seen.add(v);
    for (const c of children(v)) stack.push(c);
  }
  const table = [...shared.keys()];
  const slots = new SlotTable();
  const encode = (value: unknown, path: string, top = false): unknown => {
    if (value === undefined) return special(['undefined']);
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`compiled lexicons: ${path} is ${value}, which JSON cannot hold`);
      return value;
    }
    if (typeof value !== 'object') throw new Error(`compiled lexicons: ${path} is a ${typeof value}, which a snapshot cannot hold`);
    const index = shared.get(value);
    if (index !== undefined && !top) return special(['ref', index]);
    if (Array.isArray(value)) return value.map((v, i) => encode(v, `${path}[${i}]`));
    if (value instanceof Set) return special(['set', [...value].map((v) => encode(v, `${path} item`))]);
    if (value instanceof Map)
      return special([
        'map',
        [...value].map(([k, v]): [unknown, unknown] => [encode(k, `${path} key`), encode(v, `${path}.get(${String(k)})`)]),
      ]);
    if (isPlain(value)) {
      const fields = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v, `${path}.${k}`)]));
      if (MARK in fields) throw new Error(`compiled lexicons: ${path} has a key the snapshot uses for itself`);
      return fields;
    }
    const name = Object.keys(CLASSES).find((n) => CLASSES[n]!.is(value));
    if (!name) {
      const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } };
      throw new Error(
        `compiled lexicons: ${path} is a ${proto.constructor?.name ?? 'class instance'}, which a snapshot cannot hold (add it to CLASSES in compiled-snapshot.ts)`,
      );
    }
    return special(['class', name, CLASSES[name]!.encode(value, (v) => encode(v, `${path} payload`), slots)]);
  };
  const encoded = table.map((v, i) => encode(v, i === 0 ? '(root)' : `shared[${i}]`, true));
  const content: SnapshotContent = { shared: encoded, ...encodeSlots(numberSlotsByUse(slots.slots, sequencesIn(encoded))) };
  packMatchers(encoded);
  return { format: FORMAT, packed: packJson(content) };
}

const specialOf = (value: unknown): Special | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? ((value as Record<string, unknown>)[MARK] as Special | undefined)
    : undefined;

/** The slot-number lists of every phrase matcher in the encoded snapshot. */
function sequencesIn(encoded: unknown): number[][] {
  const found: number[][] = [];
  const walk = (e: unknown): void => {
    if (!e || typeof e !== 'object') return;
    const s = specialOf(e);
    if (s?.[0] === 'class' && s[1] === 'PhraseMatcher') {
      for (const [payload, ...sequences] of s[2] as MatcherRun[]) {
        walk(payload);
        found.push(...sequences);
      }
    } else for (const v of Array.isArray(e) ? e : Object.values(e)) walk(v);
  };
  walk(encoded);
  return found;
}

/** Every phrase matcher of the encoded snapshot packed (packRuns), in place. */
function packMatchers(encoded: unknown): void {
  const walk = (e: unknown): void => {
    if (!e || typeof e !== 'object') return;
    const s = specialOf(e);
    if (s?.[0] === 'class' && s[1] === 'PhraseMatcher') {
      for (const [payload] of s[2] as MatcherRun[]) walk(payload);
      s[2] = packRuns(s[2] as MatcherRun[]);
    } else for (const v of Array.isArray(e) ? e : Object.values(e)) walk(v);
  };
  walk(encoded);
}

/** The compiled lexicons back from a snapshot. Decodes in place: the snapshot is used up. */
export function reviveSnapshot(snapshot: CompiledSnapshot): CompiledLexicons {
  if (snapshot.format !== FORMAT) throw new Error(`compiled lexicons: format ${String(snapshot.format)}, not ${FORMAT} (rebuild them)`);
  const content = unpackJson(snapshot.packed) as SnapshotContent;
  const { shared } = content;
  const slots = new SlotsOnDemand(content);
  // First a container for every shared entry (a ref may point ahead), then their contents.
  const made = shared.map((e) => {
    const s = specialOf(e);
    if (!s) return e as object;
    if (s[0] === 'set') return new Set<unknown>();
    if (s[0] === 'map') return new Map<unknown, unknown>();
    if (s[0] === 'class') return CLASSES[s[1]]!.make();
    throw new Error(`compiled lexicons: a shared entry cannot be a ${s[0]}`);
  });
  const decode = (e: unknown, into?: object): unknown => {
    if (e === null || typeof e !== 'object') return e;
    if (Array.isArray(e)) {
      for (let i = 0; i < e.length; i++) e[i] = decode(e[i]);
      return e;
    }
    const s = specialOf(e);
    if (!s) {
      const o = e as Record<string, unknown>;
      for (const k in o) o[k] = decode(o[k]);
      return o;
    }
    switch (s[0]) {
      case 'ref':
        return made[s[1]];
      case 'undefined':
        return undefined;
      case 'set': {
        const set = (into as Set<unknown> | undefined) ?? new Set<unknown>();
        for (const v of s[1]) set.add(decode(v));
        return set;
      }
      case 'map': {
        const map = (into as Map<unknown, unknown> | undefined) ?? new Map<unknown, unknown>();
        for (const [k, v] of s[1]) map.set(decode(k), decode(v));
        return map;
      }
      case 'class': {
        const codec = CLASSES[s[1]]!;
        const instance = into ?? codec.make();
        codec.decodeInto(instance, s[2], (v) => decode(v), slots);
        return instance;
      }
    }
  };
  shared.forEach((e, i) => {
    decode(e, made[i]);
  });
  return made[0] as CompiledLexicons;
}
