// Hiring barriers as employers word them (a fixed time in recovery in its many orders, records,
// degrees), and lines that share their words without setting a barrier. Two rounds written for
// this test, each run once before the lexicon was changed for it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { rulesInLine } from './rules-in-line.js';

beforeAll(loadPartsOfSpeech);

const postings = [
  (line: string) =>
    `Recovery Coach\nWe are hiring a recovery coach. Pay: $20 per hour.\nRequirements\n- Personal experience of recovery from substance use is required.\n- ${line}\nApply online.`,
  (line: string) =>
    `Peer Recovery Specialist\nJoin our team as a peer recovery specialist. $19/hour.\nMinimum Qualifications\n- Lived experience with addiction recovery (required).\n- ${line}\nTo apply, email us.`,
];

const barriersIn = (posting: (line: string) => string, line: string) => rulesInLine(posting, line, 'barrier-');

describe('round 1', () => {
  it.each([
    'Clean and sober 3 yrs minimum.',
    'Minimum 18 months sobriety.',
    'Must have been abstinent from all substances for at least one year.',
    'Sobriety date at least 2 years prior to hire.',
    '24 months of continuous abstinence, verified by sponsor.',
    'No use of alcohol or drugs in the last two years.',
    'At least one year in recovery is preferred.',
    'Must pass a criminal background check with no felony convictions.',
    "Bachelor's degree in social work required.",
  ])('is a barrier: %s', (line) => expect(barriersIn(postings[0]!, line)).not.toEqual([]));
  it.each([
    'Stable in your own recovery.',
    'Two years of experience working in a recovery setting.',
    'Must be at least 18 years old.',
    'Support people through their first 90 days of recovery.',
    'Celebrate milestones such as one year of sobriety with participants.',
  ])('is not: %s', (line) => expect(barriersIn(postings[0]!, line)).toEqual([]));
});

describe('round 2', () => {
  it.each([
    'Applicants need a minimum of 24 months drug and alcohol free.',
    'Must be substance free for no less than one year before starting.',
    'Continuous sobriety of two or more years.',
    'Must have at least 12 months of recovery at time of application.',
    'No felony convictions within the last 7 years.',
    "A master's degree is required.",
  ])('is a barrier: %s', (line) => expect(barriersIn(postings[1]!, line)).not.toEqual([]));
  it.each([
    'Two years of sobriety is NOT required.',
    'Help participants count their clean time and plan for anniversaries.',
    'Three years of experience in addiction services.',
    'Must complete 46 hours of training within 12 months.',
    'Participants must be sober for 30 days to enter the program.',
  ])('is not: %s', (line) => expect(barriersIn(postings[1]!, line)).toEqual([]));
});

it('gives one finding for one barrier named twice in a sentence', () => {
  const line = 'Must pass a criminal background check with no felony convictions.';
  expect(barriersIn(postings[0]!, line)).toEqual(['barrier-criminal-record']);
});
