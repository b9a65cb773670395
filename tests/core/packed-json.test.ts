// The packed form of the compiled lexicons: any JSON value comes back exactly, strings that look
// like the packed form's own tags included, and repeated strings and keys are stored once.
import { describe, expect, it } from 'vitest';
import { packJson, unpackJson } from '../../src/core/packed-json.js';

const roundTrip = (value: unknown) => unpackJson(JSON.parse(JSON.stringify(packJson(value))));

describe('packed JSON', () => {
  it('gives back nested objects, arrays, numbers, booleans, null and empty containers', () => {
    const value = {
      a: [1, -2.5, 0, true, false, null, '', [], {}],
      b: { c: 'peer support', d: ['peer support', 'peer support', { e: 'peer support' }] },
      f: [[['deep']]],
    };
    expect(roundTrip(value)).toStrictEqual(value);
  });

  it("keeps strings that start with the packed form's marks apart from its tags", () => {
    const value = ['`0', '^0', '`', '^', ['^1', 'x'], { '`0': '^0', '^': '`' }, 'plain'];
    expect(roundTrip(value)).toStrictEqual(value);
  });

  it('keeps a plain array that starts with a negative number apart from an object', () => {
    const value = [[-1, 'a'], [-3], { a: [-2, -1] }, [0, -1], ['^', -1]];
    expect(roundTrip(value)).toStrictEqual(value);
  });

  it('keeps an object whose keys are in another order as it was', () => {
    const value = [
      { id: 'a', group: 'g' },
      { group: 'g', id: 'b' },
    ];
    const back = roundTrip(value) as object[];
    expect(back).toStrictEqual(value);
    expect(Object.keys(back[1]!)).toEqual(['group', 'id']);
  });

  it('stores a repeated string once and each shape of keys once', () => {
    const message = 'Names a person by a condition; use person-first wording.';
    const entries = Array.from({ length: 50 }, (_, i) => ({ id: `rule-${i}`, severity: 'error', message }));
    const packed = packJson(entries);
    const text = JSON.stringify(packed);
    expect(text.split(message).length - 1).toBe(1);
    expect(text.split('"severity"').length - 1).toBe(1);
    expect(packed.shapes).toHaveLength(1);
    expect(text.length).toBeLessThan(JSON.stringify(entries).length / 2);
  });

  it('refuses what JSON cannot hold, and a key that would change an object when unpacked', () => {
    expect(() => packJson({ a: Number.NaN })).toThrow(/not a JSON number/);
    expect(() => packJson([undefined])).toThrow(/undefined is not JSON/);
    expect(() => packJson(JSON.parse('{"__proto__": {"x": 1}}'))).toThrow(/__proto__/);
  });
});
