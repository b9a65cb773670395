// The stored form of compromise's word model (scripts/parts-of-speech/serialize-model.ts and
// src/core/nlp/restore-model.ts): what JSON alone would lose comes back in place, and what it
// could not give back stops the build.
import { describe, expect, it } from 'vitest';
import { restoreModel, storedModel } from '../../src/core/nlp/restore-model.js';
import { serializeModel } from '../../scripts/parts-of-speech/serialize-model.js';

const roundTrip = (model: unknown): unknown => {
  const { json, fixups } = serializeModel(model);
  return storedModel(json, fixups);
};

describe('stored word model', () => {
  it('keeps keys holding undefined, in their place', () => {
    const back = roundTrip({ tag: { is: undefined, parents: ['Noun'], also: undefined } }) as { tag: object };
    expect(Object.keys(back.tag)).toEqual(['is', 'parents', 'also']);
    expect('is' in back.tag).toBe(true);
  });

  it('gives back regular expressions, with their flags, inside arrays', () => {
    const back = roundTrip({
      rules: [
        [/^[a-z]+$/i, 'Word'],
        [/\d+/gu, 'Value'],
      ],
    }) as { rules: [RegExp, string][] };
    expect(back.rules[0]![0]).toEqual(/^[a-z]+$/i);
    expect(back.rules[1]![0]).toBeInstanceOf(RegExp);
    expect(back.rules[1]![0]!.flags).toBe('gu');
  });

  it('keeps an array shared between words shared', () => {
    const tags = ['Possessive', 'Pronoun'];
    const back = roundTrip({ lexicon: { her: tags, his: tags, one: 'Value' } }) as { lexicon: Record<string, unknown> };
    expect(back.lexicon.his).toBe(back.lexicon.her);
    expect(back.lexicon.her).toEqual(tags);
  });

  it('gives back sets of words, in their order, and a set met twice as one', () => {
    const words = new Set(['peer', 'peers', 'recovery']);
    const back = roundTrip({ rule: { fastOr: words }, again: words, plain: 'x' }) as { rule: { fastOr: Set<string> }; again: unknown };
    expect(back.rule.fastOr).toBeInstanceOf(Set);
    expect([...back.rule.fastOr]).toEqual(['peer', 'peers', 'recovery']);
    expect(back.again).toBe(back.rule.fastOr);
  });

  it('refuses what it could not give back exactly', () => {
    expect(() => serializeModel({ f: () => 1 })).toThrow(/model\.f: a function/);
    expect(() => serializeModel({ n: -0 })).toThrow(/model\.n/);
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is tested
    expect(() => serializeModel({ list: [1, , 3] })).toThrow(/holes/);
    expect(() => serializeModel({ set: new Set([{ a: 1 }]) })).toThrow(/a Set of something other than strings and numbers/);
    expect(() => serializeModel({ set: new (class extends Set {})([1]) })).toThrow(/a Set subclass/);
    expect(() => serializeModel({ frozen: Object.freeze({ a: 1 }) })).toThrow(/frozen/);
    const withGetter = Object.defineProperty({}, 'x', { get: () => 1, enumerable: true, configurable: true });
    expect(() => serializeModel({ withGetter })).toThrow(/plain data property/);
  });

  it('replaces the contents of the model object compromise holds, keeping the object', () => {
    const model: Record<string, unknown> = { one: { lexicon: { stale: 'Noun' } }, three: {} };
    const held = model;
    const { json, fixups } = serializeModel({ one: { lexicon: { fresh: 'Verb' } }, two: { r: /x/ } });
    restoreModel(model, json, JSON.stringify(fixups));
    expect(held).toBe(model);
    expect(Object.keys(model)).toEqual(['one', 'two']);
    expect(model.one).toEqual({ lexicon: { fresh: 'Verb' } });
    expect((model.two as { r: RegExp }).r).toEqual(/x/);
  });
});
