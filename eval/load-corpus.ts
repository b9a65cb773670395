// Loads the evaluation corpus: every label (validated against the schema) and its document,
// read the way the CLI reads files (src/input), so .md and .html go through the real readers.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postingText } from '../src/core/text/posting-text.js';
import type { AnalyzeInput } from '../src/core/types.js';
import { readInput } from '../src/input/read-input.js';
import { corpusLabelSchema, type CorpusLabel } from './label-schema.js';

export const CORPUS_DIR = fileURLToPath(new URL('../tests/corpus/', import.meta.url));
/**
 * The real-world development set: paraphrases of real public postings and agency documents, kept
 * beside the repository (never copied into it), in the same docs/ + labels/ layout.
 */
export const REALWORLD_DIR = fileURLToPath(new URL('../../shared/corpus-realworld/', import.meta.url));

export interface CorpusDoc {
  label: CorpusLabel;
  path: string;
  /** What analyze() is given. */
  input: AnalyzeInput;
  /** Plain text of the document (what alex reads and label quotes are checked against). */
  text: string;
}

export class CorpusError extends Error {}

export function loadLabels(corpusDir = CORPUS_DIR): CorpusLabel[] {
  const dir = join(corpusDir, 'labels');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const parsed = corpusLabelSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
      throw new CorpusError(`labels/${file}: ${issues.join('; ')}`);
    }
    if (`${parsed.data.id}.json` !== file) throw new CorpusError(`labels/${file}: id "${parsed.data.id}" does not match`);
    return parsed.data;
  });
}

export async function loadCorpus(corpusDir = CORPUS_DIR): Promise<CorpusDoc[]> {
  return Promise.all(
    loadLabels(corpusDir).map(async (label) => {
      const path = join(corpusDir, 'docs', label.file);
      const { input } = await readInput(path);
      return { label, path, input, text: postingText(input).text };
    }),
  );
}
