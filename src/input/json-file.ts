// A JSON file PeerLens reads (settings exported by the options page, a job-seeker profile),
// held to its schema: the value, or a reason a person can act on, naming the field. Shared by
// the extension's imports and the command line's --settings.
import type { z } from 'zod';

/** The largest file we read; an options file is a few KB, anything bigger is not one. */
export const MAX_IMPORT_CHARS = 512 * 1024;

/** What a file is called in its errors: "settings", "one settings object". */
export interface FileNoun {
  noun: string;
  one: string;
  /** What one of its fields is called: "setting". */
  field: string;
  /** What did not happen to a refused file: "imported" (the default), "used". */
  refusal?: string;
}

/**
 * A JSON file read against its schema: the value, or a reason a person can act on ("The file is
 * not valid JSON", "term 3 → severity: should be …"). Shared by every file PeerLens imports.
 */
export function parseJsonFile<T>(
  text: string,
  schema: z.ZodType<T>,
  { noun, one, field, refusal = 'imported' }: FileNoun,
): { ok: true; value: T } | { ok: false; reason: string } {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, reason: `The file is ${Math.round(text.length / 1024)} KB; a ${noun} file is at most 512 KB.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `The file is not valid JSON (${(error as Error).message}).` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: `The file must hold ${one}, as written by "Export".` };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues, { noun, one, field, refusal }) };
  return { ok: true, value: parsed.data };
}

/** "term 3 → severity: …" reads better than a JSON path. */
function describeIssues(issues: z.core.$ZodIssue[], { noun, field, refusal }: FileNoun): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const where = describePath(issue.path);
    const what = plainWords(issue, field);
    return where ? `${where}: ${what}` : what;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `The ${noun} ${noun.endsWith('s') ? 'were' : 'was'} not ${refusal}. ${shown.join('; ')}${more}.`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of settings',
};

/** What is wrong, in plain words rather than the schema library's. */
export function plainWords(issue: z.core.$ZodIssue, field: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is empty' : `needs at least ${issue.minimum} characters`;
      return `needs at least ${issue.minimum} ${issue.origin === 'array' ? 'entries' : ''}`.trim();
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} entries`;
      return `is larger than ${issue.maximum}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `should be ${JSON.stringify(issue.values[0])}`
        : `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length === 1 ? `is not a ${field}` : `are not ${field}s`} PeerLens knows`;
    default:
      // Our own checks (custom, format) already speak plainly.
      return issue.message;
  }
}

function describePath(path: PropertyKey[]): string {
  const parts: string[] = [];
  path.forEach((part, i) => {
    // An index replaces the list's name: ["customTerms", 2] -> "term 3".
    if (typeof part === 'number') parts.splice(-1, 1, `${labelFor(path[i - 1])} ${part + 1}`);
    else parts.push(FIELD_WORDS[String(part)] ?? String(part));
  });
  return parts.join(' → ');
}

/** Fields named as the options page names them. */
const FIELD_WORDS: Record<string, string> = {
  hideInfo: 'hide notes',
  format: 'format',
  version: 'version',
  customTerms: 'organization terms',
  disabledRules: 'switched-off rules',
  allowedPhrases: 'allowed phrases',
  autoCheckBoards: 'automatic checking',
  livedExperience: 'kinds of lived experience',
  certification: 'peer certification',
  education: 'education',
  driving: 'driving',
  backgroundCheck: 'background check',
  timeInRecovery: 'time in recovery',
  age: 'age',
};

function labelFor(key: PropertyKey | undefined): string {
  if (key === 'customTerms') return 'term';
  if (key === 'disabledRules') return 'rule';
  if (key === 'allowedPhrases') return 'allowed phrase';
  if (key === 'livedExperience') return 'kind of lived experience';
  return 'item';
}
