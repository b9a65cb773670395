// A pattern, cue or example written twice in one list does nothing the first did not, and hides
// a careless edit (a list's last lines pasted again): no list in a lexicon file repeats an item.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../lexicons');
const files = [
  ...readdirSync(root).filter((f) => f.endsWith('.json')),
  ...readdirSync(join(root, 'language'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `language/${f}`),
];

function repeatsIn(value: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(value)) {
    const seen = new Set<string>();
    value.forEach((item, i) => {
      if (typeof item === 'string') {
        if (seen.has(item)) out.push(`${path}: "${item}"`);
        seen.add(item);
      } else repeatsIn(item, `${path}[${i}]`, out);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) repeatsIn(item, `${path}.${key}`, out);
  }
  return out;
}

describe('lexicon lists', () => {
  it('reads every lexicon file', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files)('%s repeats no item in a list', (file) => {
    expect(repeatsIn(JSON.parse(readFileSync(join(root, file), 'utf8')), file, [])).toEqual([]);
  });
  it('finds a repeat when there is one', () => {
    expect(repeatsIn({ entries: [{ patterns: ['a b', 'c', 'a b'] }] }, 'x', [])).toEqual(['x.entries[0].patterns: "a b"']);
  });
});
