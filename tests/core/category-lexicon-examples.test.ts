// The examples the category lexicon gives for its readings, each in a short posting whose
// category they must (positive) or must not (trap) decide.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { bundledLexicons } from '../../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import type { RoleCategory } from '../../src/core/types.js';

beforeAll(loadPartsOfSpeech);
const { roles } = loadLexicons(bundledLexicons);

function describeExamples(
  name: string,
  examples: { positive: string[]; traps: string[] },
  inPosting: (text: string) => string,
  category: RoleCategory,
): void {
  describe(name, () => {
    it.each(examples.positive)(`gives ${category}: %s`, (s) => expect(analyze(inPosting(s)).role.category).toBe(category));
    it.each(examples.traps)(`does not give ${category}: %s`, (s) => expect(analyze(inPosting(s)).role.category).not.toBe(category));
  });
}

// A posting whose only other cue is mental health: families served with the people make it general.
describeExamples(
  'people served with their families',
  roles.servedWithFamilies.examples,
  (s) => `Peer Support Specialist\n$20 an hour, full-time.\n\n${s}\n\nLived experience of mental health recovery is required.`,
  'general-peer',
);

// A recovery coach whose summary names no one keeps the title's usual category unless a cue counts.
describeExamples(
  'sections about the employee say nothing of whom the job serves',
  roles.employeeSections.examples,
  (s) => `Recovery Coach\n$20 an hour, full-time.\n\nThe Recovery Coach walks beside people on their own path.\n\n${s}`,
  'substance-use-recovery',
);

// Parents and young people in one sentence: the first named is the population served.
describe('parents and young people named together', () => {
  const posting = (s: string) => `Peer Support Specialist\n$20 an hour, full-time.\n\n${s}\n\nLived experience required.`;
  it.each([
    ['The Peer Support Specialist supports parents of teens ages 13 to 17 in our outpatient program.', 'parent-caregiver'],
    ['The Peer Support Specialist works with youth ages 16 to 21 and their parents or caregivers.', 'youth'],
  ] as const)('%s', (s, category) => expect(analyze(posting(s)).role.category).toBe(category));
});
