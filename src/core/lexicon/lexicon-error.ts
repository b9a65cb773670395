// A lexicon that does not fit its schema: the message names the file, the entry and the field.
import type { z } from 'zod';

export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid lexicon ${file}:\n  ${problems.join('\n  ')}`);
    this.name = 'LexiconError';
  }
}

/** Walks a zod issue path into the data to name the entry ("entries[3] (id "addict")"). */
export function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const parts: string[] = [];
  let node: unknown = data;
  let entryId: string | undefined;
  for (const key of issue.path) {
    parts.push(typeof key === 'number' ? `[${key}]` : `${parts.length ? '.' : ''}${String(key)}`);
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') entryId = (node as { id: string }).id;
  }
  const where = parts.join('') || '(root)';
  return `${entryId ? `entry "${entryId}", ` : ''}field ${where}: ${issue.message}`;
}

export function parseLexicon<S extends z.ZodType>(schema: S, file: string, data: unknown): z.infer<S> {
  const r = schema.safeParse(data);
  if (!r.success)
    throw new LexiconError(
      file,
      r.error.issues.map((i) => describeIssue(data, i)),
    );
  return r.data;
}
