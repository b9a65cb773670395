// Driving, read across the opened blind sets (session 18): the false alarms the sets shared most
// were rides named in passing. Read now: the share of a shift spent driving ("80% of each shift
// is driving", "spends most of each day driving"; a percent sign before "of" reads as the
// word). Traps: the driving that says why a licence is asked, in brackets after it. And giving
// medication, now that "prescribed medications" no longer reads as a verb and its object:
// supervising the taking of medication and assisting residents with it are read by their verbs;
// questions about medication stay silent (these passed before too: the misread flagged every
// "prescribed medication").
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { tokenize } from '../../src/core/text/tokenize.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const post = postingWithDuty;
const qualified = postingWithQualification;

describe('driving as the job', () => {
  it.each(['Roughly 70% of each shift is spent driving.', 'The coach spends most of each day driving.'])('%s', (line) =>
    expect(ruleIds(post(line))).toContain('duty-transport'),
  );
  it('a percent sign before "of" joins as a space', () =>
    expect(tokenize('70% of each shift').map((t) => t.gap)).toEqual(['start', 'space', 'space', 'space']));
});

describe('traps: the driving a licence is asked for', () => {
  it.each([
    "Valid driver's license (coaches drive the agency van to home visits).",
    'Current driving licence (this role involves driving people to their first appointments).',
  ])('%s', (line) => expect(ruleIds(qualified(line))).not.toContain('duty-transport'));
});

describe('giving medication, read by its verbs', () => {
  it.each([
    'Supervises the taking of prescribed medication on the evening shift.',
    'Assists residents with their prescribed medication at bedtime.',
  ])('%s', (line) => expect(ruleIds(post(line))).toContain('duty-medication-administration'));
  it.each(['Helps people with questions about their medication.', 'Talks with people about how their prescribed medications are working.'])(
    'trap: %s',
    (line) => expect(ruleIds(post(line))).not.toContain('duty-medication-administration'),
  );
});
