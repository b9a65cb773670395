// compromise with its word model built at build time (src/core/nlp/parts-of-speech-ready.generated.js)
// is compromise: the same world model, value for value, key order and shared objects included,
// as compromise/two builds when imported (its CommonJS build, which Node loaded before, and its
// ES module source, which the extension's background loads), and the same parse, tag for tag, of
// every document in tests/corpus/docs. The stored form itself: tests/core/restore-model.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Nlp } from '../../src/core/nlp/parts-of-speech.js';
import ready, { readyNet } from '../../src/core/nlp/parts-of-speech-ready.generated.js';

const require = createRequire(import.meta.url);

/**
 * Where two values differ (a path and what differs), or undefined when they are the same: same
 * types, same own keys in the same order (an own key holding undefined is not a missing key),
 * same regular expressions, and the same objects shared (an object met twice in one is met
 * twice, at the same places, in the other).
 */
function difference(
  a: unknown,
  b: unknown,
  path = 'model',
  seenA = new Map<object, string>(),
  seenB = new Map<object, string>(),
): string | undefined {
  if (typeof a !== typeof b || (a === null) !== (b === null)) return `${path}: ${typeof a} vs ${typeof b}`;
  if (typeof a !== 'object' || a === null) return Object.is(a, b) ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const firstA = seenA.get(x);
  const firstB = seenB.get(y);
  if (firstA !== firstB) return `${path}: shared with ${firstA ?? 'nothing'} vs ${firstB ?? 'nothing'}`;
  if (firstA) return undefined;
  seenA.set(x, path);
  seenB.set(y, path);
  if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return `${path}: different prototypes`;
  if (x instanceof RegExp) return String(x) === String(y) ? undefined : `${path}: ${String(x)} vs ${String(y)}`;
  if (x instanceof Set) return difference([...x], [...(y as unknown as Set<unknown>)], `${path} items`, seenA, seenB);
  const keysA = Reflect.ownKeys(x);
  const keysB = Reflect.ownKeys(y);
  if (keysA.join('\u0000') !== keysB.join('\u0000')) return `${path}: keys differ (${keysA.length} vs ${keysB.length})`;
  for (const key of keysA) {
    if (typeof key === 'symbol') return `${path}: a symbol key`;
    const d = difference(x[key], y[key], `${path}.${key}`, seenA, seenB);
    if (d) return d;
  }
  return undefined;
}

/** Each term's text, surroundings, normal form and tags: all a parse says that the checks read, and more. */
function taggedTerms(nlp: Nlp, text: string): string {
  const docs = nlp(text).docs as { text: string; pre: string; post: string; normal: string; tags: Set<string> }[][];
  return docs.map((terms) => terms.map((t) => `${t.pre}${t.text}${t.post}|${t.normal}|${[...t.tags].join(',')}`).join('\n')).join('\n\n');
}

const corpus = new URL('../corpus/docs/', import.meta.url);
const documents = readdirSync(corpus)
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, corpus), 'utf8') }));

describe('compromise with its word model built ahead', () => {
  // Before either parses anything: compromise's world model is compared as loading leaves it.
  const commonJs = require('compromise/two') as Nlp;

  it('has the world model compromise builds on import, in CommonJS and ES module builds', async () => {
    const esm = (await import('../../node_modules/compromise/src/two.js' as string)) as { default: Nlp };
    expect(difference(commonJs.model(), ready.model())).toBeUndefined();
    expect(difference(esm.default.model(), ready.model())).toBeUndefined();
  });

  it('has the same methods, steps and hooks', () => {
    const shape = (nlp: Nlp) => {
      const world = nlp.world() as unknown as { methods: Record<string, Record<string, unknown>>; compute: object; hooks: string[] };
      return {
        methods: Object.keys(world.methods).map((k) => `${k}: ${Object.keys(world.methods[k]!).join(' ')}`),
        compute: Object.keys(world.compute),
        hooks: world.hooks,
      };
    };
    expect(shape(ready)).toEqual(shape(commonJs));
  });

  it("has compromise's match rules compiled as its first parse compiles them, rule for rule", () => {
    type World = { model: { two: { matches: unknown[] } }; methods: { one: { buildNet: (m: unknown[], w: unknown) => unknown } } };
    const world = commonJs.world() as unknown as World;
    // On a copy of the rules, as the build does: compiling writes into them.
    const own = world.methods.one.buildNet(structuredClone(world.model.two.matches), world);
    const stored = readyNet();
    expect(Object.keys(stored.hooks).length).toBeGreaterThan(100);
    expect(difference(own, stored, 'net')).toBeUndefined();
  });

  it('has corpus documents to parse', () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents)('tags corpus document $name as compromise does', ({ text }) => {
    expect(taggedTerms(ready, text)).toBe(taggedTerms(commonJs, text));
  });
});
