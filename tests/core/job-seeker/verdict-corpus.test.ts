// The job seeker's verdict agrees with the labels of the written corpus and of the real-world
// development set (kept beside the repository; skipped when absent locally, required on CI).
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, REALWORLD_DIR, type CorpusDoc } from '../../../eval/load-corpus.js';
import { analyze, loadPartsOfSpeech } from '../../../src/core/index.js';
import { expectedVerdicts } from './expected-verdict.js';

/**
 * Real-world documents whose document kind the analyzer misreads today (a posting read as a page
 * about peer work, or as something else): the verdict follows the document kind, so it is wrong
 * for them too. Listed so the rest is held to the labels; drop an id once its kind is read right.
 */
const DOCUMENT_KIND_MISREADS = new Set([
  'rw-np-07-substance-use-navigator-ed',
  'rw-yth-03-cps-y-eligibility-diagnosis',
  'rw-yth-05-stay-peer-mentors',
]);

function disagreements(docs: CorpusDoc[], skip: ReadonlySet<string> = new Set()): string[] {
  return docs
    .filter((d) => !skip.has(d.label.id))
    .flatMap((d) => {
      const { verdict } = analyze(d.input).jobSeeker;
      const expected = expectedVerdicts(d.label);
      return expected.includes(verdict) ? [] : [`${d.label.id}: ${verdict}, expected ${expected.join(' or ')}`];
    });
}

beforeAll(loadPartsOfSpeech);

describe('job-seeker verdict on the labeled corpora', () => {
  it('agrees with every label of the written corpus', async () => {
    const docs = await loadCorpus();
    expect(docs.length).toBeGreaterThan(50);
    expect(disagreements(docs)).toEqual([]);
    // every verdict a posting can have occurs, so no branch is dead
    const verdicts = new Set(docs.map((d) => analyze(d.input).jobSeeker.verdict));
    expect([...verdicts].sort()).toEqual(['not-a-peer-role', 'not-a-posting', 'peer-role', 'peer-role-with-concerns', 'peer-title-only']);
  });

  const present = existsSync(REALWORLD_DIR);
  it.skipIf(!present && !process.env.CI)('agrees with the labels of the real-world set', async () => {
    const docs = await loadCorpus(REALWORLD_DIR);
    expect(disagreements(docs, DOCUMENT_KIND_MISREADS)).toEqual([]);
  });
});
