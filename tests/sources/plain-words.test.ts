// Text people read (messages, suggestions, requirement sentences, labels, report notes) says
// things in plain words: no internal ids, no rule-group names, no line numbers of our copies,
// no words for how PeerLens is built ("seeds", "lexicon").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import sourcesFile from '../../lexicons/sources.json';
import { analyze } from '../../src/core/index.js';
import { languageGroupSchema } from '../../src/core/lexicon/schema.js';

const LEXICONS = fileURLToPath(new URL('../../lexicons', import.meta.url));
const DOCS = fileURLToPath(new URL('../corpus/docs', import.meta.url));
/** Fields of lexicon entries whose text reaches people. */
const READ_BY_PEOPLE = new Set(['message', 'suggestions', 'singular', 'plural', 'sentence', 'label']);

const INTERNAL_WORDS = /\b(?:seeds?|lexicons?|corpus|rule ?ids?|rule famil(?:y|ies)|regex|snapshot)\b/i;
const LINE_NUMBER = /\bL\d+(?:-\d+)?\b|\blines? \d+/;
/** Ids made of words joined by hyphens; a one-word id ("slur", "suicide") is also plain English. */
const IDS = [...sourcesFile.sources.map((s) => s.id), ...languageGroupSchema.options].filter((i) => i.includes('-'));

/** The reason a text is not plain, or undefined when it is. */
function jargonIn(text: string): string | undefined {
  const word = INTERNAL_WORDS.exec(text)?.[0];
  if (word) return `internal word "${word}"`;
  const line = LINE_NUMBER.exec(text)?.[0];
  if (line) return `line number "${line}"`;
  const id = IDS.find((i) => text.toLowerCase().includes(i));
  return id ? `internal id "${id}"` : undefined;
}

function readTexts(value: unknown, key: string, into: string[]): void {
  if (Array.isArray(value)) for (const v of value) readTexts(v, key, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) readTexts(v, READ_BY_PEOPLE.has(k) ? k : key, into);
  else if (typeof value === 'string' && READ_BY_PEOPLE.has(key)) into.push(value);
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(folder, e.name)) : e.name.endsWith('.json') ? [join(folder, e.name)] : [],
  );
}

function problems(texts: Iterable<string>): string[] {
  return [...new Set(texts)].flatMap((t) => {
    const why = jargonIn(t);
    return why ? [`${why}: ${t}`] : [];
  });
}

describe('plain words', () => {
  it('flags the words it is meant to flag', () => {
    expect(jargonIn('WISE lists it, but the seeds also use it')).toMatch(/seeds/);
    expect(jargonIn('the same label (WISE L2381)')).toMatch(/L2381/);
    expect(jargonIn('an identity-label match')).toMatch(/identity-label/);
    expect(jargonIn('see wise-toolkit')).toMatch(/wise-toolkit/);
    expect(jargonIn('Say the person has, or lives with, the condition.')).toBeUndefined();
  });

  it('in every message, suggestion and sentence of the lexicons', () => {
    const texts: string[] = [];
    for (const file of jsonFiles(LEXICONS)) readTexts(JSON.parse(readFileSync(file, 'utf8')), '', texts);
    expect(texts.length).toBeGreaterThan(300);
    expect(problems(texts)).toEqual([]);
  });

  it('in every message, suggestion and note of the reports on the sample documents', () => {
    const texts: string[] = [];
    for (const name of readdirSync(DOCS)) {
      const report = analyze(readFileSync(join(DOCS, name), 'utf8'));
      texts.push(...report.notes);
      for (const f of report.findings) texts.push(f.message, ...f.suggestions);
    }
    expect(texts.length).toBeGreaterThan(100);
    expect(problems(texts)).toEqual([]);
  });
});
