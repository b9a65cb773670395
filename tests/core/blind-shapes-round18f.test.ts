// Shapes met in an opened blind set (blind40, the ways employers write the qualifications),
// rewritten in our own words (session 18). Read now: a condition on staff in recovery after the
// "that" of a request ("asks that staff in recovery have a year of sobriety") is asked of some
// applicants, not all; a page built as a job's posting (pay, duties, qualifications) under a
// title that ends in "Guide"; "is adding its first ..." offers a job; "To qualify you should
// be ..."; proof of sobriety by a urinalysis; a completed residential program and discharge
// papers; a central registry check; physical holds after a comma; visitors made to comply;
// flagging drug-seeking patients for staff; making sure residents attend meetings; helping
// counselors with paperwork. Traps: holding one-on-one conversations; bringing a perspective to
// the team; everyone pitching in to keep a room tidy; helping members read their discharge
// paperwork (all but the tidy room are guards: they passed before).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const post = postingWithDuty;
const qualified = postingWithQualification;

describe('what the text is', () => {
  it('a condition on staff in recovery, after a request, asks nothing of every applicant', () => {
    const text =
      'ADMISSIONS SPECIALIST\nRiver Bend Recovery Center | $20 an hour\n\nWhat you will do:\n- Answer the admissions line.\n- Verify insurance.\n\nWhat you need:\n- A year in a medical office.\n- People in recovery are welcome; River Bend asks that staff in recovery have two years of sobriety.';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('non-peer-posting');
  });
  it('a page built as a job under a title that ends in "Guide"', () => {
    const text =
      'BRIGHTPATH HEALTH  |  Peer Support Guide (Remote)\n\nBrightPath is an online mental health service.\n\nTHE ROLE\nYou will hold video sessions with adults going through hard times and help them plan their own next steps.\n\nWHO YOU ARE\nSomeone with your own lived experience of mental health challenges and recovery.\n\nPAY\n$50,000 - $57,000 a year, with health and dental cover.';
    expect(analyze(text).document.kind).toBe('peer-posting');
  });
  it('"is adding its first ..." offers the job, whoever else the practice employs', () => {
    const text =
      'Oak Valley Child Behavioral Health, a practice of child psychiatrists and therapists, is adding its first Parent Partner this spring to stand beside the parents of the children it treats.\n\nYou will see parents around the visits of their children and run a parent evening each month. This is a 20-hour-a-week position paying $23 per hour.\n\nTo qualify you should be a parent who has brought up a child through mental health struggles, and hold a high school diploma. Please send your resume.';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(true);
    expect(r.livedExperience.status).toBe('required');
  });
});

describe('inquiries and barriers', () => {
  it.each([
    ['Applicants must pass a urinalysis proving six months of sobriety.', 'inquiry-clinician-letter'],
    ['Applicants must have finished an inpatient treatment program.', 'inquiry-treatment'],
    ['Applicants should attach their discharge papers.', 'inquiry-treatment'],
    ['Candidates must clear a state central registry check before hire.', 'barrier-criminal-record'],
  ])('%s', (line, id) => expect(ruleIds(qualified(line))).toContain(id));
  it('passing a urinalysis as proof is no drug-testing duty', () =>
    expect(ruleIds(qualified('Applicants must pass a urinalysis proving six months of sobriety.'))).not.toContain('duty-drug-testing'));
});

describe('duties', () => {
  it.each([
    ['Supports nursing during de-escalation and, if it comes to it, with physical holds.', 'duty-involuntary-holds'],
    ['Reviews the visiting rules with families and ensures visitors comply.', 'duty-enforce-rules'],
    ['Helps clinic staff flag drug-seeking patients at the front desk.', 'duty-report-on-people'],
    ['Makes sure residents attend at least three 12-step meetings a week.', 'duty-compliance-monitoring'],
    ['Helps the school nurses with paperwork and scheduling on Fridays.', 'duty-clerical'],
  ])('%s', (line, id) => expect(ruleIds(post(line))).toContain(id));
  it.each([
    ['Hold one-on-one recovery conversations with members each week.', 'duty-involuntary-holds'],
    ['Brings her own perspective as a person in recovery to team meetings.', 'duty-transport'],
    ['Everyone, staff and members alike, pitches in to keep the kitchen tidy.', 'duty-cleaning'],
    ['Help members read and understand their discharge paperwork, if they want.', 'inquiry-treatment'],
  ])('trap: %s', (line, id) => expect(ruleIds(post(line))).not.toContain(id));
});
