// Shapes met in an opened blind set (blind38, text as a job seeker copies it from job boards),
// rewritten in our own words (session 18). Read now: a screening question marked "(Preferred)" or
// "(Required)" after its question mark; a recruiter's talent pool, a job board's page about an
// employer and an information session are documents; the employer's blurb above the header does
// not hide a peer title on a line of its own; duties written one to a line with no bullets or
// periods are items; a sentence that opens with a five-word employer's name describes the
// employer; "Family Recovery Partner" is a family title; a family member's diagnosis asked for;
// a number of people "at a time" is a caseload. Traps: groups of parents at a time; one family at
// a time; a helper describing a child's diagnosis to a school (these three, and a screening
// question marked "(Required)", are guards: they passed before).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const post = postingWithDuty;

describe('screening questions marked after the question', () => {
  const withQuestions = (mark: string) =>
    `Peer Support Specialist\nAlder Health | $20 an hour\n\nDuties\n- Meet adults in recovery and talk about their goals.\n\nQualifications\n- High school diploma.\n\nApplication questions\nHave you lived through a mental health or substance use challenge yourself? (${mark})\nCan you work some Saturdays? (Required)`;
  it('"(Preferred)" wishes for lived experience', () =>
    expect(analyze(withQuestions('Preferred')).livedExperience.status).toBe('preferred'));
  it('"(Required)" asks for it', () => expect(analyze(withQuestions('Required')).livedExperience.status).toBe('required'));
});

describe('what the text is', () => {
  it("a recruiter's talent pool hires no one yet", () => {
    const text =
      'Peer Recovery Coaches - Talent Network\nNorthStar Staffing\nFull-time and per diem | $19 - $28 an hour\n\nJoin our talent network! Sending your resume does not mean there is an opening today; a recruiter will call when a client needs a coach.\n\nTypical assignments include one-on-one recovery coaching and running groups.\n\nNorthStar Staffing is an Equal Opportunity Employer.';
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
  it("a job board's page about an employer", () => {
    const text =
      'Riverbend Peer Collective\nCompany profile · Nonprofit · 20-50 employees\n4.4 stars (31 reviews)\n\nAbout\nRiverbend Peer Collective is a peer-run organization that runs two drop-in centers and a warmline. Part-time and full-time staff get dental coverage.\n\nWhat employees say\n"Supervision from other peers made all the difference." - Peer Specialist\n\nOpen jobs at Riverbend Peer Collective (2)\nPeer Specialist - Drop-in Center\nWarmline Peer Specialist\n\nFollow this company to hear about new roles.';
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
  it('an information session about an apprenticeship', () => {
    const text =
      'Information Session: Certified Peer Specialist Apprenticeship\nCoastal Workforce Board · Online\n\nLearn how the apprenticeship works, who can apply and how to apply. Apprentices are hired by a partner employer at $16.50 an hour.\n\nWho can apply\nAdults with lived experience of mental health recovery.\n\nRegister for a session online.';
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
  it("the employer's blurb above the header does not hide the peer title", () => {
    const text =
      'Willow Creek Recovery runs 48 residential beds in the hills outside town. Doctors, nurses and counselors look after the adults in our care day and night, and families are part of the work here from the first week.\n\nWillow Creek Recovery\nMarion, NC\n$16.00 - $18.50 an hour\n\nRecovery Coach - Evening Shift\n\nSchedule: 3pm - 11pm\n\nDuties:\n* Clean the group rooms after each evening session\n* Offer one-on-one recovery conversations\n\nRequirements:\n* Lived experience of recovery from addiction required.\n* High school diploma';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(true);
    expect(r.role.category).toBe('substance-use-recovery');
    expect(r.findings.map((f) => f.ruleId)).toContain('duty-cleaning');
  });
});

describe('duties written one to a line', () => {
  const text =
    'Parent Peer Support Provider\nBrookside Children’s Counseling Center\nPart-time | $20 an hour\n\nBrookside Children’s Counseling Center provides outpatient therapy and psychiatric care for children.\n\nWhat you will do:\nGreet families at their first appointment and explain what happens next\nGo with parents to school meetings when they ask you to come along\nCover the front desk and route incoming calls on Mondays\nScan intake paperwork and keep the client files in order\nOther duties as assigned\n\nRequirements:\nLived experience raising a child with mental health needs';
  const ids = ruleIds(text);
  it('each line is its own duty', () => {
    expect(ids).toContain('duty-phones-reception');
    expect(ids).toContain('duty-clerical');
  });
  it("the employer's own sentence is not a duty", () => expect(ids).not.toContain('duty-therapy'));
});

describe('roles, inquiries and caseloads', () => {
  it('a family recovery partner is a family title', () => {
    const text =
      'Family Recovery Partner\nCedar Grove Addiction Services | $40,000 a year\n\nCedar Grove has an opening for a Family Recovery Partner in its family program.\n\nDuties\n- Lead the weekend education program with the therapist.\n- Share your own recovery to bring hope.\n\nQualifications\n- Must be in recovery from addiction yourself.';
    const r = analyze(text);
    expect(r.role.category).toBe('family');
    expect(r.findings.map((f) => f.ruleId)).toContain('le-category-mismatch');
  });
  it.each(["Briefly describe your loved one's diagnosis on the form.", "Tell us about your son's psychiatric diagnosis."])('%s', (line) =>
    expect(ruleIds(postingWithQualification(line))).toContain('inquiry-diagnosis'),
  );
  it('a number of people at a time is a caseload', () =>
    expect(ruleIds(post('Works with 12 to 15 families at a time through reunification.'))).toContain('duty-caseload'));
  it.each([
    ['Runs groups of 8 to 10 parents at a time on Saturday mornings.', 'duty-caseload'],
    ['Meets with parents one family at a time, at home or in the office.', 'duty-caseload'],
    ["Help parents describe their child's diagnosis to the school team.", 'inquiry-diagnosis'],
  ])('trap: %s', (line, id) => expect(ruleIds(post(line))).not.toContain(id));
});
