// Shapes met in an opened blind set (session 23: peer work at the edges of the usual categories:
// kinship caregivers, suicide loss, survivors of trafficking and violence, eating disorders,
// chronic pain, perinatal mental health), rewritten in our own words. Read now: having raised a
// grandchild and having lost someone to suicide as lived experience required; kinship caregivers
// as the population of a parent and caregiver role; a survivor mentor's title; trafficking and
// domestic violence as kinds of lived experience; a condition under the qualifications ("If you
// choose to tell us ...") that asks nothing; restroom monitoring after meals, spotting
// drug-seeking behavior, flagging early refills; a therapist's written confirmation asked for;
// victims of postpartum depression, suffering from chronic pain; and a label with its value after
// a sentence and a spaced dash (a case the property tests drew). Checked against the session's
// start: all failed there except the guard marked "(guard)", which passed there too and is kept
// so it stays.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { languageRuleIds, postingWithDuty, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('lived experience at the edges of the categories', () => {
  it('having raised a grandchild is required of a kinship navigator, who serves caregivers of children', () => {
    const posting =
      'Kinship Family Peer Navigator\nGreenfield Family Center | $21/hr, part-time\n\nWe support grandparents raising grandchildren and other kinship caregivers across the county.\n\nDuties\n- Visit caregivers at home and listen.\n- Share what you learned along the way.\n\nRequirements\nYou must have raised a grandchild or a niece or nephew as the main caregiver.';
    const report = analyze(posting);
    expect(report.livedExperience.status).toBe('required');
    expect(report.livedExperience.specific).toBe(true);
    expect(report.role.category).toBe('parent-caregiver');
  });

  it('having lost someone to suicide is the lived experience a loss companion needs', () => {
    const posting =
      'Suicide Loss Peer Companion\nAfter Loss Outreach | per diem\n\nWe are hiring companions who visit families in the weeks after a suicide.\n\nWhat you will do\n- Sit with families and listen.\n\nRequirements\nYou need to have lost a relative or a friend to suicide more than two years back.';
    const le = analyze(posting).livedExperience;
    expect(le.status).toBe('required');
    expect(le.specific).toBe(true);
  });

  it('a survivor mentor is a peer job, and trafficking names the kind of experience', () => {
    const posting =
      'Survivor Mentor (Teen Program)\nBrightline Collective | $23 an hour\n\nWe work with teens who have been trafficked or exploited.\n\nWhat you will do\n- Build steady relationships with young people at their pace.\n\nWhat you bring\n- Lived experience as a survivor of trafficking is strongly preferred.\n- Two years working with youth.\n\nWe never ask applicants to describe their past. If you decide to tell us about your lived experience, nobody will press you for details.';
    const report = analyze(posting);
    expect(report.role.isPeerRole).toBe(true);
    expect(report.livedExperience.status).toBe('preferred');
    expect(report.livedExperience.specific).toBe(true);
  });

  it('a kinship program that only names the children it serves asks nothing (guard)', () => {
    const posting =
      'Kinship Family Peer Navigator\nGreenfield Family Center | $21/hr\n\nWe support grandparents raising grandchildren.\n\nDuties\n- Visit caregivers at home.\n\nRequirements\n- High school diploma';
    expect(analyze(posting).livedExperience.status).toBe('absent');
  });
});

describe('duties', () => {
  it.each([
    ['Do restroom monitoring for an hour after each meal.', 'duty-enforce-rules'],
    ['Spot drug-seeking behavior in the waiting room and chart it.', 'duty-report-on-people'],
    ['Flag early refills for the prescriber.', 'duty-report-on-people'],
  ])('%j is %s', (line, id) => expect(ruleIds(postingWithDuty(line))).toContain(id));
});

describe('asking for proof', () => {
  it("a therapist's written confirmation is a clinician's letter", () =>
    expect(
      ruleIds(
        postingWithDuty('Talk with people.').replace(
          '- Personal',
          '- Two years free of symptoms, confirmed in writing by your therapist.\n- Personal',
        ),
      ),
    ).toContain('inquiry-clinician-letter'));
});

describe('language', () => {
  it('"victims of postpartum depression" is pity framing', () =>
    expect(languageRuleIds('Many new mothers are victims of postpartum depression.')).toContain('victim-of'));
  it('a label and its value after a sentence and a spaced dash read as one phrase ("... - Tox: dirty")', () =>
    expect(languageRuleIds('Send every sample to the lab. - Tox: dirty for benzos\n')).toContain('dirty-test'));
  it('"suffering from chronic pain" is pity framing', () =>
    expect(languageRuleIds('Thousands of adults here are suffering from chronic pain.')).toContain('suffering-from'));
});
