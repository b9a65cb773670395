// compromise's world model -> JSON and fix-ups (src/core/nlp/restore-model.ts reads them back).
// Strict: anything the stored form could not give back exactly (a function, a class instance,
// a hole in an array, a getter, a frozen object, -0) stops the build, so a compromise update
// that adds one is noticed instead of parsing differently.
import type { ModelFixup, ModelPath } from '../../src/core/nlp/restore-model.js';

function fail(path: ModelPath, why: string): never {
  throw new Error(`compromise's word model cannot be stored at ${['model', ...path].join('.')}: ${why}`);
}

function checkOwnKeys(value: object, path: ModelPath): void {
  if (!Object.isExtensible(value)) fail(path, 'a frozen or sealed object');
  if (Object.getOwnPropertySymbols(value).length > 0) fail(path, 'symbol keys');
  const names = Object.getOwnPropertyNames(value).filter((n) => !(Array.isArray(value) && n === 'length'));
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(value, name)!;
    if (!d.enumerable || !('value' in d) || !d.writable || !d.configurable) fail([...path, name], 'not a plain data property');
  }
}

export function serializeModel(model: unknown): { json: string; fixups: ModelFixup[] } {
  const fixups: ModelFixup[] = [];
  const seen = new Map<object, ModelPath>();

  const copy = (value: unknown, path: ModelPath): unknown => {
    if (value === undefined) {
      fixups.push([path, 'undefined']);
      return null;
    }
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || Object.is(value, -0)) fail(path, `the number ${String(value)}`);
      return value;
    }
    if (typeof value !== 'object') fail(path, `a ${typeof value}`);
    const first = seen.get(value);
    if (first) {
      fixups.push([path, 'same', first]);
      return null;
    }
    seen.set(value, path);
    if (value instanceof RegExp) {
      if (Object.getPrototypeOf(value) !== RegExp.prototype || value.lastIndex !== 0 || Object.keys(value).length > 0)
        fail(path, 'a regular expression with state');
      fixups.push([path, 'regexp', value.source, value.flags]);
      return null;
    }
    if (value instanceof Set) {
      if (Object.getPrototypeOf(value) !== Set.prototype || Object.getOwnPropertyNames(value).length > 0)
        fail(path, 'a Set subclass or a Set with extra keys');
      const items = [...value] as unknown[];
      if (!items.every((x) => typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x) && !Object.is(x, -0))))
        fail(path, 'a Set of something other than strings and numbers');
      fixups.push([path, 'set', items as (string | number)[]]);
      return null;
    }
    checkOwnKeys(value, path);
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) fail(path, 'an array subclass');
      if (Object.keys(value).length !== value.length) fail(path, 'an array with holes or extra keys');
      return value.map((item, i) => copy(item, [...path, i]));
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) fail(path, 'an object that is not a plain object');
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__') fail(path, 'a "__proto__" key');
      out[key] = copy((value as Record<string, unknown>)[key], [...path, key]);
    }
    return out;
  };

  const json = JSON.stringify(copy(model, []));
  return { json, fixups };
}
