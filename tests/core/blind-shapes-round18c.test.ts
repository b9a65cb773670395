// Shapes met in an opened blind set (blind39, specialized peer roles: jails, hospitals, crisis
// lines, housing, veterans), rewritten in our own words (session 18). Read now: a job's name on
// the line under the employer's with a long place after a dash; a title that puts the employer
// first ("Marlow County — Benefits Officer"); restroom supervision; encampment abatements; help with
// physical holds; 1:1 observation (a ratio written in a pattern now matches the ratio in the
// text); visits "whether or not they have asked"; reminder calls for the front office; a time
// since the end of one's own treatment; recording whether doses were taken is watching
// adherence, not giving medication; staying compliant with prescribed medications. Traps: other
// staff as the subject ("Our nurses complete risk assessments and decide ..."); an agent a
// possessive away ("by the county's probation officers"); "non-clinical notes"; patients awaiting
// an evaluation; "prescribed medications" as an adjective; "To apply, ask for a paper form at the
// front desk"; an agency program that offers counseling; compliance officers. The agent a
// possessive away, patients waiting for an evaluation, intake paperwork one helps people with and
// how to apply are guards: they passed before.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const post = postingWithDuty;

describe('what the job is', () => {
  it("a job's name under the employer's line, with a long place after a dash", () => {
    const text =
      'STATE DEPARTMENT OF HUMAN SERVICES\nEligibility Worker II — Northgate Regional Service Center (east wing)\nSalary: $41,000 – $52,000\n\nDuties\n- Reviews applications for benefits and works with the reentry peer mentors on release planning.\n\nMinimum qualifications\n- Two years of college.';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('non-peer-posting');
  });
  it("a title that puts the employer first, then a dash and the job's name", () => {
    const text =
      "Marlow County — Benefits Officer\n\nSalary: $52,000 a year\n\nSummary\nThe Benefits Officer helps residents claim the benefits they have earned. The office works beside the county's peer support program; this is not a peer position.\n\nDuties\n- Prepare and file claims.";
    expect(analyze(text).role.isPeerRole).toBe(false);
  });
});

describe('duties read now', () => {
  it.each([
    ['Supervises bathroom access after lunch.', 'duty-enforce-rules'],
    ['Joins city crews and officers during encampment abatements.', 'duty-enforce-rules'],
    ['Helps the nursing and security team with physical holds when a patient is agitated.', 'duty-involuntary-holds'],
    ['Does 1:1 observation on the ward when staffing is thin.', 'duty-enforce-rules'],
    ['Makes home visits to people on the list whether or not they have asked for one.', 'duty-visits-against-wishes'],
    ['Makes clinic reminder calls for the front office on Mondays.', 'duty-clerical'],
    ['Logs whether each member took the morning dose on the house sheet.', 'duty-compliance-monitoring'],
    ['Encourages members to stay compliant with their prescribed medications.', 'duty-compliance-monitoring'],
  ])('%s', (line, id) => expect(ruleIds(post(line))).toContain(id));
  it('recording whether doses were taken is not giving medication', () =>
    expect(ruleIds(post('Records on the log whether each dose was taken.'))).not.toContain('duty-medication-administration'));
  it("a time since the end of one's own treatment is an inquiry", () =>
    expect(ruleIds(postingWithQualification('At least one year since completion of your own residential treatment.'))).toContain(
      'inquiry-treatment',
    ));
});

describe('traps', () => {
  it.each([
    ['Our nurses complete risk assessments and decide on psychiatric evaluations.', 'duty-clinical-assessment'],
    ['Screens are collected by the county’s probation officers, never by the coach.', 'duty-drug-testing'],
    ['Court check-ins are run by the probation compliance officers, never by the mentor.', 'duty-compliance-monitoring'],
    ['Writes short, non-clinical notes after each call.', 'duty-clinical-documentation'],
    ['Sits with people in the emergency department while they wait for a psychiatric evaluation.', 'duty-clinical-assessment'],
    ['Talks with people about how their prescribed medications are working for them.', 'duty-medication-administration'],
    ['Helps veterans fill out their intake paperwork if they want a hand.', 'duty-clerical'],
  ])('%s', (line, id) => expect(ruleIds(post(line))).not.toContain(id));
  it('how to apply is no duty', () => {
    const text = `${post('Talk with people.')}\n\nTo apply, ask for a paper form at the front desk.`;
    expect(ruleIds(text)).not.toContain('duty-clerical');
  });
  it('an agency program that offers counseling is not the job', () => {
    const text =
      "Peer Support Specialist\nHarbor Pride Center | $21 an hour\n\nOur Youth Health & Recovery Program offers counseling and a drop-in room. We're looking for a Peer Support Specialist to join our team.\n\nDuties\n- Meet with members one-on-one.\n\nQualifications\n- Lived experience of mental health recovery.";
    expect(ruleIds(text)).not.toContain('duty-therapy');
  });
});
