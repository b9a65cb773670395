// Every citation the lexicons make ({ id, ref } anywhere in lexicons/*.json), for tests that
// check each one can be shown to a reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceRef } from '../../src/core/types.js';

const LEXICONS = fileURLToPath(new URL('../../lexicons', import.meta.url));
const NOT_RULES = new Set(['sources.json', 'source-sections.json']);

function jsonFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(folder, e.name)) : e.name.endsWith('.json') && !NOT_RULES.has(e.name) ? [join(folder, e.name)] : [],
  );
}

function collect(value: unknown, into: Map<string, SourceRef>): void {
  if (Array.isArray(value)) for (const v of value) collect(v, into);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string' && typeof o.ref === 'string' && Object.keys(o).length === 2)
      into.set(`${o.id} ${o.ref}`, { id: o.id, ref: o.ref });
    for (const v of Object.values(o)) collect(v, into);
  }
}

export function allCitations(): SourceRef[] {
  const found = new Map<string, SourceRef>();
  for (const file of jsonFiles(LEXICONS)) collect(JSON.parse(readFileSync(file, 'utf8')), found);
  return [...found.values()];
}
