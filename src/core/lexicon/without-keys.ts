// A copy of parsed lexicon JSON with the named keys left out or replaced, at any depth: what the
// analyzer never reads is kept out of the lexicons it carries.
export function withKeysReplaced<T>(value: T, replace: Readonly<Record<string, unknown>>): T {
  if (Array.isArray(value)) return value.map((v) => withKeysReplaced(v, replace)) as T;
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!(key in replace)) out[key] = withKeysReplaced(v, replace);
    else if (replace[key] !== undefined) out[key] = replace[key];
  }
  return out as T;
}
