// The lexicons the analyzer starts from (compiled at build time into
// src/core/lexicon/ready-lexicons.generated.js) are the lexicon files as they are now, compiled
// exactly as a fresh compile would, and give the same reports.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READY_LEXICONS_FILE, readyLexiconsSource } from '../../scripts/compile-lexicons.js';
import { analyzerFrom } from '../../src/core/analyze.js';
import { compileLexicons } from '../../src/core/compiled-lexicons.js';
import { reviveSnapshot, snapshotOf, type CompiledSnapshot } from '../../src/core/compiled-snapshot.js';
import { getAnalyzer } from '../../src/core/default-analyzer.js';
import { bundledLexicons } from '../../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import readyLexicons from '../../src/core/lexicon/ready-lexicons.generated.js';
import { PhraseMatcher, SlotTable } from '../../src/core/patterns/phrase-matcher.js';
import { PatternVocabulary } from '../../src/core/patterns/pattern-vocabulary.js';
import { encodeSlots, numberSlotsByUse, SlotsOnDemand } from '../../src/core/snapshot-slots.js';
import type { Slot } from '../../src/core/patterns/compile-pattern.js';
import { tokenize } from '../../src/core/text/tokenize.js';

const fresh = () => compileLexicons(loadLexicons(bundledLexicons));

/**
 * `value` with every phrase matcher in it replaced by its sequences (slots and payloads, in the
 * order added): a revived matcher holds its trie packed or already made, a freshly compiled one
 * its sequences, so two matchers are the same when their sequences are. Shared objects stay shared.
 */
function filed<T>(value: T): T {
  const done = new Map<unknown, unknown>();
  const copy = (v: unknown): unknown => {
    if (!v || typeof v !== 'object') return v;
    if (done.has(v)) return done.get(v);
    // A vocabulary revived reads the slot table, a fresh one its matchers: the same when their words are.
    if (v instanceof PatternVocabulary) return { words: [...v.all()].sort() };
    if (v instanceof PhraseMatcher) {
      const table = new SlotTable();
      const form = v.compiledForm((p) => copy(p), table);
      const out = { sequences: form.map(([ids, payload]) => [ids.map((id) => table.slots[id]), payload]) };
      done.set(v, out);
      return out;
    }
    if (v instanceof Map) {
      const out = new Map();
      done.set(v, out);
      for (const [k, x] of v) out.set(copy(k), copy(x));
      return out;
    }
    if (v instanceof Set) {
      const out = new Set();
      done.set(v, out);
      for (const x of v) out.add(copy(x));
      return out;
    }
    const out: Record<string, unknown> | unknown[] = Array.isArray(v) ? [] : Object.create(Object.getPrototypeOf(v) as object);
    done.set(v, out);
    for (const [k, x] of Object.entries(v)) (out as Record<string, unknown>)[k] = copy(x);
    return out;
  };
  return copy(value) as T;
}
const CORPUS = new URL('../corpus/docs/', import.meta.url);

describe('the build-time compiled lexicons', () => {
  it('are what compiling the lexicon files now gives (the generated file is not stale)', () => {
    expect(readFileSync(READY_LEXICONS_FILE, 'utf8')).toBe(readyLexiconsSource());
  });

  it("leave out what the analyzer never reads: the lexicons' comments and example sentences", () => {
    const ready = readFileSync(READY_LEXICONS_FILE, 'utf8');
    expect(ready).not.toContain('$comment');
    const plain = loadLexicons(bundledLexicons)
      .language.flatMap((e) => e.examples.positive)
      .filter((x) => /^[A-Za-z ,.]{20,}$/.test(x));
    expect(plain.length).toBeGreaterThan(5);
    for (const example of plain.slice(0, 20)) expect(ready, example).not.toContain(example);
  });

  it('keep guards as flags and compiled matchers, without their pattern text', () => {
    const files = loadLexicons(bundledLexicons);
    const i = files.language.findIndex((e) => e.guards.unless.length > 0);
    expect(i).toBeGreaterThanOrEqual(0);
    const revived = reviveSnapshot(readyLexicons() as CompiledSnapshot);
    expect(revived.lexicons.language[i]!.guards.unless).toEqual([]);
    expect(revived.language.guards[i]!.unless).not.toBeNull();
    const withGuards = revived.lexicons.language.filter((e) => e.guards.personSubject || e.guards.notNegated || e.guards.nominal);
    expect(withGuards.length).toBeGreaterThan(0);
  });

  it("match cues by their index in the lexicon's list", () => {
    const cues = loadLexicons(bundledLexicons).livedExperience.mentionCues;
    const text = 'We value lived experience of recovery.';
    const found = reviveSnapshot(readyLexicons() as CompiledSnapshot).livedExperience.mention.matchAll(tokenize(text));
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(cues[Number(m.payload)]).toBeDefined();
  });

  it('revive into the same compiled lexicons as a fresh compile', () => {
    expect(filed(reviveSnapshot(readyLexicons() as CompiledSnapshot))).toStrictEqual(filed(fresh()));
  });

  it('keep what the compiled form shares as one object', () => {
    const compiled = fresh();
    expect(compiled.language.entries).toBe(compiled.lexicons.language);
    const revived = reviveSnapshot(readyLexicons() as CompiledSnapshot);
    expect(revived.language.entries).toBe(revived.lexicons.language);
    expect(revived.language.guards[0]!.raw).toBe(revived.lexicons.language[0]!.guards);
  });

  it('match the same words as a fresh compile, matcher by matcher', () => {
    const revived = reviveSnapshot(readyLexicons() as CompiledSnapshot);
    const tokens = tokenize('Addicts and the mentally ill; collect urine samples; lived experience required; Peer Support Specialist.');
    expect(revived.language.matcher.matchAll(tokens)).toEqual(fresh().language.matcher.matchAll(tokens));
    expect(revived.language.matcher.matchAll(tokens).length).toBeGreaterThan(0);
  });

  it('give the same reports as a fresh compile on the evaluation corpus', () => {
    const shipped = getAnalyzer();
    const compiled = analyzerFrom(fresh());
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .slice(0, 25);
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(new URL(f, CORPUS), 'utf8');
      expect(shipped.analyze(text), f).toEqual(compiled.analyze(text));
    }
  });

  it('give the same reports from a fresh start, each matcher unpacked by the document that first runs it', () => {
    const onFirstUse = analyzerFrom(reviveSnapshot(readyLexicons() as CompiledSnapshot));
    const compiled = analyzerFrom(fresh());
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .slice(25, 50);
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(new URL(f, CORPUS), 'utf8');
      expect(onFirstUse.analyze(text), f).toEqual(compiled.analyze(text));
    }
  });
});

describe('the snapshot format', () => {
  it('refuses what it cannot hold, naming where it is', () => {
    const compiled = fresh();
    (compiled.roles as unknown as Record<string, unknown>).pattern = /peer/;
    expect(() => snapshotOf(compiled)).toThrow(/roles\.pattern is a RegExp/);
  });

  it('keeps undefined, Maps and Sets apart from plain data', () => {
    const compiled = fresh();
    const extra = {
      none: undefined,
      map: new Map([['a', new Set(['b'])]]),
      matcher: new PhraseMatcher<number>().add('peer (support|recovery) specialist~n', 3),
    };
    (compiled as unknown as Record<string, unknown>).extra = extra;
    const revived = reviveSnapshot(JSON.parse(JSON.stringify(snapshotOf(compiled))) as CompiledSnapshot) as unknown as {
      extra: typeof extra;
    };
    expect(filed(revived.extra)).toStrictEqual(filed(extra));
    expect('none' in revived.extra).toBe(true);
    expect(revived.extra.matcher.matchAll(tokenize('two peer recovery specialists')).map((m) => [m.payload, m.plural])).toEqual([
      [3, true],
    ]);
  });

  it('revives a matcher packed, and unpacks its sequences, before any added later, when they are asked for', () => {
    const compiled = fresh();
    const matcher = new PhraseMatcher<number>().add('peer (support|recovery) specialist~n', 1).add('recovery coach', 2);
    (compiled as unknown as Record<string, unknown>).extra = { matcher };
    const revived = (
      reviveSnapshot(JSON.parse(JSON.stringify(snapshotOf(compiled))) as CompiledSnapshot) as unknown as {
        extra: { matcher: PhraseMatcher<number> };
      }
    ).extra.matcher;
    // Nothing unpacked at start, nor by a match (its trie is made from the packed form): the
    // sequences only when something asks for them.
    expect((revived as unknown as { all: unknown[] }).all).toHaveLength(0);
    expect(revived.matchAll(tokenize('two peer recovery specialists, a recovery coach')).map((m) => m.payload)).toEqual([1, 2]);
    expect((revived as unknown as { all: unknown[] }).all).toHaveLength(0);
    revived.add('peer mentor', 3);
    const payloads = (m: PhraseMatcher<number>) => m.compiledForm((p) => p, new SlotTable()).map(([, p]) => p);
    expect(payloads(revived)).toEqual(payloads(matcher.add('peer mentor', 3)));
    expect(payloads(revived).at(-1)).toBe(3);
    expect(revived.matchAll(tokenize('a peer mentor and two recovery coach roles')).map((m) => m.payload)).toEqual([3, 2]);
  });

  it('stores each slot word once, and each slot as the distances between its word numbers', () => {
    const slots: Slot[] = [
      { kind: 'words', words: new Set(['peer', 'peers']), plurals: new Set(['peers']) },
      { kind: 'any' },
      { kind: 'words', words: new Set(['child', 'children', 'kid', 'kids']), plurals: new Set(['kids', 'children']) },
      { kind: 'number' },
      { kind: 'words', words: new Set(['peer']), plurals: new Set(['peerz']) },
    ];
    const encoded = encodeSlots(slots);
    expect(encoded.words.split(' ').filter((w) => w === 'peer')).toHaveLength(1);
    const table = new SlotsOnDemand(JSON.parse(JSON.stringify(encoded)) as typeof encoded);
    // Decoded one by one as tries need them, in any order.
    for (const id of [4, 0, 2]) table.slot(id);
    const decoded = slots.map((_, id) => table.slot(id));
    expect(table.slot(4)).toBe(decoded[4]);
    expect(() => table.slot(slots.length)).toThrow(/no slot 5/);
    // A slot is a set: the same words and plurals, whatever their order.
    expect(decoded).toStrictEqual(slots);
    const sorted = (s: Slot | undefined) => (s?.kind === 'words' ? [[...s.words].sort(), [...s.plurals].sort()] : s?.kind);
    expect(decoded.map(sorted)).toEqual(slots.map(sorted));
    // Four words of one slot, numbered close together, take a character each.
    expect(encoded.slots[2]).toMatch(/^\+?[A-Z~@wxyz](\+?[A-Z~@wxyz]){3}$/);
    // A hundred words in one slot, each past the last one: one character for each distance.
    const many = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const big = encodeSlots([{ kind: 'words', words: new Set(many), plurals: new Set() }]);
    expect(big.slots[0]!.length).toBe(100);
    expect(new SlotsOnDemand(big).slot(0)).toStrictEqual({ kind: 'words', words: new Set(many), plurals: new Set() });
    expect(() => encodeSlots([{ kind: 'words', words: new Set(['two words']), plurals: new Set() }])).toThrow(/has a space/);
  });

  it('numbers the most used slots first and renumbers the sequences to match', () => {
    const a: Slot = { kind: 'any' };
    const b: Slot = { kind: 'number' };
    const sequences = [[0, 1], [1], [1, 1]];
    expect(numberSlotsByUse([a, b], sequences)).toEqual([b, a]);
    expect(sequences).toEqual([[1, 0], [0], [0, 0]]);
  });
});
