// Shapes met in an opened blind set (session 21: a second search mix across the US, Canada, the UK
// and Australia), rewritten in our own words. Read now: a lived-experience requirement that asks
// to use it "in a helpful way" is still required; "sober minimum N years"; a letter from a
// licensed provider; forms and filing for a department; stocking linen carts; helping people stay
// compliant with their medications; reporting refusals after another act of the job; "their own
// life story" told of the team. Traps: a sports studio's recovery coach; clean injecting
// equipment; a compound adjective ("trauma-informed") is no act of reporting; what the agency is
// and provides, said under its own name or of "the team", is not the job's duties. Checked against
// the session's start: "Lived experience helpful", the recovery coach in an addiction program, filing
// for one's own benefits, treatment-court requirements and "get clean" passed there too and are
// kept as guards.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { languageRuleIds, postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('lived experience', () => {
  it('"use it in a helpful way" prefers nothing: the requirement stays required', () => {
    const text = postingWithDuty('Talk with people.').replace(
      '- Personal experience of mental health recovery is required.',
      '- Personal experience of mental health recovery, and the willingness to use it in a helpful way (required)',
    );
    expect(analyze(text).livedExperience.status).toBe('required');
  });
  it('"Lived experience helpful" still prefers it', () => {
    const text = postingWithDuty('Talk with people.').replace(
      '- Personal experience of mental health recovery is required.',
      '- Personal experience of mental health recovery helpful',
    );
    expect(analyze(text).livedExperience.status).toBe('preferred');
  });
  it('a team that draws on its own life story mentions lived experience', () => {
    const text =
      'Peer Navigator\nLakeview Clinic | $19 an hour\n\nEach navigator draws on their own life story to earn trust with the people they meet.\n\nDuties\n- Help people reach appointments.\n\nQualifications\n- High school diploma.';
    expect(analyze(text).livedExperience.status).toBe('mentioned');
  });
});

describe('document kind', () => {
  it('a recovery coach at a stretching and cold-plunge studio is no peer job (trap)', () => {
    const text =
      'Recovery Coach - Stretch Studio\nFlexPoint Studios | $17 an hour plus commission\n\nWe help runners and gym-goers loosen up with assisted stretching, massage guns and cold plunge.\n\nWhat you will do\n- Lead one-on-one stretch sessions.\n- Sell memberships.\n\nApply today.';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('non-peer-posting');
  });
  it('a recovery coach in an addiction program stays a peer job', () => {
    const text =
      'Recovery Coach\nNew Hope Outpatient | $18 an hour\n\nSupport adults early in recovery from addiction.\n\nDuties\n- Meet people after detox and link them to meetings.\n\nApply today.';
    expect(analyze(text).role.isPeerRole).toBe(true);
  });
});

describe('hiring barriers and inquiries', () => {
  it('"sober minimum 18 months" is a clean-time barrier', () =>
    expect(ruleIds(postingWithQualification('You must be sober minimum 18 months to apply.'))).toContain('barrier-years-clean'));
  it('a letter from a licensed provider asks for a clinician letter', () =>
    expect(ruleIds(postingWithQualification('Send a letter from a licensed treating clinician that confirms your diagnosis.'))).toContain(
      'inquiry-clinician-letter',
    ));
});

describe('duties', () => {
  it.each([
    ['Handles forms and filing for the Adult Services office.', 'duty-clerical'],
    ['Stocks the towel and snack carts on the unit before each shift.', 'duty-cleaning'],
    ['Assist patients to remain adherent with their psychiatric medications.', 'duty-compliance-monitoring'],
    ['Encourages group attendance and reports refusals to the shift nurse.', 'duty-report-on-people'],
  ])('%j is read as %s', (line, id) => expect(ruleIds(postingWithDuty(line))).toContain(id));

  it.each([
    ['Help members file for the benefits they choose to claim.', 'duty-clerical'],
    ['Bring trauma-informed practice and the values of the peer movement to team meetings.', 'duty-report-on-people'],
    ['Support participants to stay compliant with the treatment court requirements they agreed to.', 'duty-compliance-monitoring'],
  ])('%j is not read as %s (trap)', (line, id) => expect(ruleIds(postingWithDuty(line))).not.toContain(id));

  it("what the agency is and provides, under its name, is not the job's duty (trap)", () => {
    const text =
      'Family Peer Support Worker\nMapleton Centre for Children and Families | $26 an hour\n\nMapleton Centre for Children and Families is a licensed agency providing counselling, day treatment and respite to children and their parents.\n\nDuties\n- Walk alongside parents at school meetings.\n\nQualifications\n- Lived experience as a parent of a child with mental health needs is required.';
    expect(ruleIds(text)).not.toContain('duty-therapy');
  });
  it('what "the team" provides is not the peer\'s duty (trap)', () => {
    const text =
      'Peer Specialist, ACT\nRiverbend Health | $21 an hour\n\nThe ACT team provides round-the-clock care in the community, including medication delivery and housing help.\n\nDuties\n- Share your recovery story with people on the team.\n\nQualifications\n- Lived experience of mental health recovery is required.';
    expect(ruleIds(text)).not.toContain('duty-medication-administration');
  });
});

describe('language', () => {
  it('clean injecting equipment is no "getting clean" (trap)', () =>
    expect(languageRuleIds('We tell people where to get clean injecting equipment after they leave the ward.')).not.toContain('got-clean'));
  it('"getting clean" is still read', () =>
    expect(languageRuleIds('He wants to get clean before his daughter is born.')).toContain('got-clean'));
});
