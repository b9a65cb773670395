// Shapes met in a third opened blind set (blind31), rewritten in our own words (session 16). A title
// that gives the job a managing name after a slash ("Sober Living Coordinator / Residence Manager")
// is that job even where sobriety is required; a drop-in that says what it offers each day
// describes itself; people "who answer our line" are described, not given a duty; proof of an
// inpatient admission and a letter from a current or past counselor are inquiries; a
// "League" or "Front" ends an organization's name, and an essay collection's title is cited.
// Traps: a title with a peer name after the slash, and a reception duty said plainly (both passed
// before this round: kept as guards).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { languageRuleIds, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const home = (title: string) =>
  `${title}\nNew Leaf Sober Homes | $1,100 a month and a room\n\nResponsibilities\n- Hold weekly house meetings.\n- Collect rent from residents.\n\nRequirements\n- At least 24 months of continuous sobriety.`;

describe('a managing name after a slash in the title', () => {
  it('is that job, not a peer job', () => {
    expect(analyze(home('Sober Living Coordinator / Residence Manager')).document.kind).toBe('non-peer-posting');
  });
  it('a peer name after the slash is still a peer job', () => {
    expect(analyze(home('Recovery Ally / Peer Mentor')).document.kind).toBe('peer-posting');
  });
});

const mentor = (about: string, duty = 'Talk with guests about what they want next.') =>
  `Peer Mentor\nHarbor Light Drop-In | $18 an hour\n\n${about}\n\nDuties\n- ${duty}\n\nQualifications\n- Personal experience of recovery from mental health challenges is required.`;
const duties = (text: string) => ruleIds(text).filter((id) => id.startsWith('duty-'));

describe('what the agency says of itself', () => {
  it('a day of what the drop-in offers is no duty', () => {
    expect(
      duties(
        mentor(
          'Harbor Light is a drop-in for adults. Each evening we serve dinner, run a group, offer showers and laundry, and help people find a bed.',
        ),
      ),
    ).toEqual([]);
  });
  it('the people who answer the line are described, not given a duty', () => {
    expect(duties(mentor('Our peer line is open every night. Those who answer the phones here have all been through it.'))).toEqual([]);
  });
  it('a reception duty said plainly is still found', () => {
    expect(
      duties(mentor('Harbor Light is a drop-in for adults.', 'Answer the front desk phone when the receptionist is at lunch.')),
    ).toContain('duty-phones-reception');
  });
});

describe('proof asked of the applicant', () => {
  const SPECIALIST =
    'Peer Specialist\nState Office of Recovery | $24 an hour\n\nDuties\n- Lead groups.\n\nRequirements\n- Must be in recovery from a mental health condition.\n';
  it('flags proof of an inpatient admission', () => {
    expect(ruleIds(`${SPECIALIST}- Send proof of an inpatient admission with your application.`)).toContain('inquiry-hospitalization');
  });
  it('flags a letter from a current or past counselor', () => {
    expect(ruleIds(`${SPECIALIST}- Include a letter from your current or past counselor about your recovery.`)).toContain(
      'inquiry-clinician-letter',
    );
  });
});

describe('names and titles', () => {
  it('an organization whose name ends in League', () => {
    expect(languageRuleIds('She kept a flyer from the Mental Patients League of Riverside for forty years.')).toEqual([]);
  });
  it("an essay collection's title", () => {
    expect(languageRuleIds('Her essay collection, Letters of a Schizophrenic, is in our library.')).toEqual([]);
  });
});
