// Loads the evaluation corpus: every label (validated against the schema) and its document,
// turned into the input analyze() takes and the plain text quotes and alex run on.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzeInput } from '../../src/core/types.js';
import { corpusLabelSchema, type CorpusLabel } from '../../tests/corpus/label-schema.js';
import { stripHtml } from './strip-html.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../tests/corpus/', import.meta.url));

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
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
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

/** HTML goes through a tag strip; .txt and .md are analyzed as they are (newlines normalized). */
export function readDocument(path: string): { input: AnalyzeInput; text: string } {
  const raw = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const text = path.endsWith('.html') ? stripHtml(raw) : raw;
  return { input: text, text };
}

export function loadCorpus(corpusDir = CORPUS_DIR): CorpusDoc[] {
  return loadLabels(corpusDir).map((label) => {
    const path = join(corpusDir, 'docs', label.file);
    const { input, text } = readDocument(path);
    return { label, path, input, text };
  });
}
