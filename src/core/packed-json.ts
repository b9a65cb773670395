// A compact form of a JSON value, for data that ships in every copy of the analyzer (the compiled
// lexicons): each repeated string is stored once and referred to by a short tag, and each object
// becomes an array led by its shape (its list of keys, stored once), so the keys of thousands of
// entries are not repeated. The result is itself JSON, parsed by JSON.parse and unpacked in one walk.
// Tags: "`" + base-36 index of a stored string; a negative number, -1 - the shape's index, first in
// the array that holds an object's values (a number needs no quotes: an object costs two characters
// less). A plain array of the data that starts with a negative number is led by a bare "^", and a
// string of the data that starts with "`" or "^" is always stored, so nothing in the packed form is
// ambiguous.

const STRING_MARK = '`';
const ARRAY_MARK = '^';
const STRING_CODE = STRING_MARK.charCodeAt(0);
const ARRAY_CODE = ARRAY_MARK.charCodeAt(0);

export interface PackedJson {
  /** Strings stored once, most used first (the shortest tags). */
  strings: string[];
  /** Each shape's keys, in order; the values follow the shape's tag in the same order. */
  shapes: string[][];
  value: unknown;
}

const startsWithMark = (s: string): boolean => s.charCodeAt(0) === STRING_CODE || s.charCodeAt(0) === ARRAY_CODE;
/** A value's length as JSON text, for strings the part of it a tag replaces. */
const jsonLength = (s: string): number => JSON.stringify(s).length;

export function packJson(value: unknown): PackedJson {
  // Count every string (a key is stored in its shape; it is not counted).
  const counts = new Map<string, number>();
  const count = (v: unknown): void => {
    if (typeof v === 'string') counts.set(v, (counts.get(v) ?? 0) + 1);
    else if (Array.isArray(v)) for (const x of v) count(x);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) count(x);
  };
  count(value);
  // Stored: strings used more than once, when their tags (about 4 characters each) cost less
  // than repeating them, and every string that starts with a mark.
  const ranked = [...counts]
    .filter(([s, n]) => startsWithMark(s) || (n > 1 && jsonLength(s) * n > 5 * n + jsonLength(s) + 1))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const strings = ranked.map(([s]) => s);
  const stringIndex = new Map(strings.map((s, i) => [s, i]));
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const pack = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const i = stringIndex.get(v);
      return i === undefined ? v : STRING_MARK + i.toString(36);
    }
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`packed JSON: ${v} is not a JSON number`);
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint')
        throw new Error(`packed JSON: a ${typeof v} is not JSON`);
      return v;
    }
    if (Array.isArray(v)) {
      const out = v.map(pack);
      return typeof out[0] === 'number' && out[0] < 0 ? [ARRAY_MARK, ...out] : out;
    }
    const keys = Object.keys(v);
    if (keys.includes('__proto__')) throw new Error('packed JSON: a "__proto__" key cannot be unpacked safely');
    const id = JSON.stringify(keys);
    let shape = shapeIndex.get(id);
    if (shape === undefined) {
      shape = shapes.push(keys) - 1;
      shapeIndex.set(id, shape);
    }
    const out: unknown[] = [-1 - shape];
    for (const k of keys) out.push(pack((v as Record<string, unknown>)[k]));
    return out;
  };
  return { strings, shapes, value: pack(value) };
}

/** The JSON value back from packJson's form (the form is used up). */
export function unpackJson(packed: PackedJson): unknown {
  const { strings, shapes } = packed;
  const unpack = (v: unknown): unknown => {
    if (typeof v === 'string') return v.charCodeAt(0) === STRING_CODE ? strings[Number.parseInt(v.slice(1), 36)] : v;
    if (!Array.isArray(v)) return v;
    const head = v[0];
    if (typeof head === 'number' && head < 0) {
      const keys = shapes[-1 - head]!;
      const o: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) o[keys[i]!] = unpack(v[i + 1]);
      return o;
    }
    // A plain array that starts with a negative number, led by its mark.
    if (head === ARRAY_MARK) v.shift();
    for (let i = 0; i < v.length; i++) v[i] = unpack(v[i]);
    return v;
  };
  return unpack(packed.value);
}
