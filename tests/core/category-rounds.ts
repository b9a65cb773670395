// Rounds of short peer postings written fresh for the role category, each with the category a
// labeler gives it: the population served decides when title and population disagree; mental
// health and substance use together, or people served and their families together, is general
// peer. Each text was written for this test; none is taken from a real posting.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import type { AnalyzeInput, RoleCategory } from '../../src/core/types.js';

/**
 * A posting and the category expected of it. `board`: the text as a job board marks it (a
 * schema.org JobPosting), for a text whose plain form is not read as a job offer (a bare sum of
 * money is no mark of pay): the category is what such a case tests.
 */
export type CategoryCase = readonly [text: string, category: RoleCategory, read?: 'board'];

const input = (text: string, read?: 'board'): AnalyzeInput => {
  if (read !== 'board') return text;
  const [title, ...body] = text.split('\n');
  return { kind: 'job-posting', title, sections: [{ text: body.join('\n') }] };
};

export function describeCategoryRound(round: string, cases: readonly CategoryCase[]): void {
  beforeAll(loadPartsOfSpeech);
  describe(`${round} round: a peer posting gets the category of the population it serves`, () => {
    it.each(cases.map(([text, category, read]) => [text.split('\n')[0]!, text, category, read] as const))(
      '%s',
      (_title, text, category, read) => {
        const r = analyze(input(text, read));
        expect(r.document.kind).toBe('peer-posting');
        expect(r.role.category).toBe(category);
      },
    );
  });
}
