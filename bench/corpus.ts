// The texts the bench runs on: the evaluation corpus documents (tests/corpus/docs) when present,
// bench-only postings generated from the sentence banks with a seeded PRNG, and long documents
// of a given word count or byte size built the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postingText } from '../src/core/text/posting-text.js';
import type { AnalyzeInput } from '../src/core/types.js';
import { readInput } from '../src/input/read-input.js';
import { createRng, type Rng } from './prng.js';
import * as bank from './sentence-banks.js';

export interface BenchText {
  name: string;
  /** What analyze() is given (a structured posting when the file had JSON-LD). */
  input: AnalyzeInput;
  /** The same as plain text: what alex reads and words are counted in. */
  text: string;
  words: number;
}

const CORPUS_DOCS = fileURLToPath(new URL('../tests/corpus/docs/', import.meta.url));
const READABLE = /\.(txt|md|html)$/;

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function benchText(name: string, text: string, input: AnalyzeInput = text): BenchText {
  return { name, input, text, words: countWords(text) };
}

function fill(template: string, title: string, org: string): string {
  return template.replaceAll('{title}', title).replaceAll('{org}', org);
}

function bullets(rng: Rng, items: readonly string[], count: number): string {
  return rng
    .sample(items, count)
    .map((s) => `- ${s}`)
    .join('\n');
}

function paragraph(rng: Rng, count: number): string {
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    // Mostly neutral prose, with flagged wording and traps at a rate a weak posting might have.
    const from = roll < 0.6 ? bank.neutralFiller : roll < 0.8 ? bank.stigmatizingSentences : bank.trapSentences;
    sentences.push(rng.pick(from));
  }
  return sentences.join(' ');
}

/** One posting-shaped section block: heading line, then a paragraph or a bullet list. */
function section(rng: Rng, kind: number, title: string, org: string): string {
  switch (kind % 6) {
    case 0:
      return `${rng.pick(bank.headings.summary)}\n${fill(rng.pick(bank.summaries), title, org)} ${fill(rng.pick(bank.summaries), title, org)} ${paragraph(rng, 2)}`;
    case 1: {
      const duties = [...rng.sample(bank.peerDuties, 3 + rng.int(3)), ...rng.sample(bank.nonPeerDuties, rng.int(3))];
      return `${rng.pick(bank.headings.duties)}\n${bullets(rng, duties, duties.length)}`;
    }
    case 2:
      return `${rng.pick(bank.headings.qualifications)}\n${bullets(rng, bank.qualifications, 3 + rng.int(3))}`;
    case 3:
      return `${rng.pick(bank.headings.preferred)}\n${bullets(rng, bank.qualifications, 1 + rng.int(2))}`;
    case 4:
      return `${rng.pick(bank.headings.benefits)}\n${bullets(rng, bank.benefits, 2 + rng.int(3))}`;
    default:
      return paragraph(rng, 3 + rng.int(4));
  }
}

/** A posting of a few hundred words: title, organization, the usual sections in order. */
export function generatePosting(seed: number): string {
  const rng = createRng(seed);
  const title = rng.pick(bank.titles);
  const org = rng.pick(bank.organizations);
  const parts: string[] = [title, org];
  for (let kind = 0; kind < 6; kind++) parts.push(section(rng, kind, title, org));
  return parts.join('\n\n');
}

/**
 * A posting-shaped document of about `targetWords` words (within one section of it): the same
 * sections as a posting, cycled, each drawn afresh, so long documents are not one block repeated.
 */
export function generateDocument(targetWords: number, seed: number): string {
  const rng = createRng(seed);
  const title = rng.pick(bank.titles);
  const org = rng.pick(bank.organizations);
  const parts: string[] = [title, org];
  let words = 2;
  for (let kind = 0; words < targetWords; kind++) {
    const block = section(rng, kind, title, org);
    parts.push(block);
    words += countWords(block);
  }
  return parts.join('\n\n');
}

/** A document of at most `bytes` UTF-8 bytes (the texts are ASCII), cut at a paragraph break. */
export function generateBytes(bytes: number, seed: number): string {
  // ~6 bytes a word in these banks, so bytes/4 words always overshoots and the cut lands near `bytes`.
  const text = generateDocument(Math.ceil(bytes / 4), seed);
  const cut = text.lastIndexOf('\n\n', bytes);
  return text.slice(0, cut > 0 ? cut : bytes);
}

/** The evaluation corpus documents, read as the CLI reads files; [] until they exist. */
export async function loadCorpusDocs(): Promise<BenchText[]> {
  if (!existsSync(CORPUS_DOCS)) return [];
  const files = readdirSync(CORPUS_DOCS)
    .filter((f) => READABLE.test(f))
    .sort();
  return Promise.all(
    files.map(async (f) => {
      const { input } = await readInput(join(CORPUS_DOCS, f));
      return benchText(`corpus/${f}`, postingText(input).text, input);
    }),
  );
}

export function generatedPostings(count: number, seed: number): BenchText[] {
  return Array.from({ length: count }, (_, i) => benchText(`generated/posting-${i + 1}`, generatePosting(seed + i)));
}

export function sizedDocument(name: string, text: string): BenchText {
  return benchText(name, text);
}

/** How many postings the bench generates next to the evaluation corpus. */
export const GENERATED_POSTINGS = 40;

/** The bench's posting corpus: the evaluation documents, then the generated postings. */
export async function postingCorpus(): Promise<{ texts: BenchText[]; fromCorpus: number }> {
  const docs = await loadCorpusDocs();
  return { texts: [...docs, ...generatedPostings(GENERATED_POSTINGS, 1000)], fromCorpus: docs.length };
}

const REAL_WORLD_DOCS = fileURLToPath(new URL('../../shared/corpus-realworld/docs/', import.meta.url));

/** The real-world development set, read in place (never copied into the repository); [] when absent. */
export function realWorldDocs(): BenchText[] {
  if (!existsSync(REAL_WORLD_DOCS)) return [];
  return readdirSync(REAL_WORLD_DOCS)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => benchText(`realworld/${f}`, readFileSync(join(REAL_WORLD_DOCS, f), 'utf8')));
}
