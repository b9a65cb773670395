// Shapes met in an opened blind set (session 20: peer roles and documents outside the US, in each
// country's spelling and conventions), rewritten in our own words. Read now: "recovery of a
// minimum of N years"; a post-secondary or a college diploma in a named field; enhanced or
// therapeutic observations; outlining one's treatment history. Traps: one's own story, contacts
// and referrals are no report on people; lived experience shared "when it helps"; a vetting
// "safety check" under a children's act; ward rounds the peer joins for the patient. Checked
// against the session's start: the high school diploma, the contacts written up and the ward
// rounds passed there too and are kept as guards.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('hiring barriers', () => {
  it.each([
    ['Stable recovery of a minimum of two years.', 'barrier-years-clean'],
    ['A post-secondary diploma in a human services field is required.', 'barrier-degree-required'],
    ['Diploma in Community Mental Health required.', 'barrier-degree-required'],
  ])('%j is read as %s', (line, id) => expect(ruleIds(postingWithQualification(line))).toContain(id));
  it('a high school diploma is no degree (trap)', () =>
    expect(ruleIds(postingWithQualification('High school diploma or equivalent.'))).not.toContain('barrier-degree-required'));
});

describe('duties', () => {
  it('enhanced observations on a ward are watching people', () =>
    expect(ruleIds(postingWithDuty('Take part in enhanced observations on the ward.'))).toContain('duty-enforce-rules'));

  it.each([
    ['Shares own story of drug use and recovery when it helps the person.', 'duty-report-on-people'],
    ['Writes up own contacts and referrals in the shared record.', 'duty-report-on-people'],
    ['Use your lived experience with care, sharing it when it helps the person.', 'duty-report-on-people'],
    ["Posts are subject to a police vet and a Children's Act safety check.", 'duty-enforce-rules'],
    ['Join ward rounds to speak for the patient when the patient asks.', 'duty-enforce-rules'],
  ])('%j is not read as %s (trap)', (line, id) => expect(ruleIds(postingWithDuty(line))).not.toContain(id));
});

describe('what an application asks', () => {
  it("outlining one's treatment history asks about treatment", () =>
    expect(ruleIds(postingWithQualification('Candidates should outline their treatment history in the cover letter.'))).toContain(
      'inquiry-treatment',
    ));
});
