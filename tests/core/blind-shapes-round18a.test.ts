// Shapes met in an opened blind set (blind37, a month of a peer worker's job search across
// regions), rewritten in our own words (session 18). Read now: urine drug screens written "UDS";
// felony convictions that "will not be considered" with no word between; school lunch and hallway
// supervision; office phones named by the office; a request that applicants "have been clean"
// for a time (the staff guard "they have been sober for" no longer silences it); a letter
// showing a condition, a disability rating or proof of disability as an inquiry; walking one's
// own healing or recovery road from a substance as lived experience; a course page under a university's and
// a school's names. Traps: a degree offered instead of lived experience is one way in, and so
// the degree is no barrier, while "a bachelor's or master's degree" beside lived experience
// stays one requirement; "relatives" named as the people served in an aside do not make the
// experience asked the family kind; helping veterans request a rating letter; a criminal record
// that "is not a barrier"; a coordinator who "has been sober for" years (these last four are
// guards: they passed before this round).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const post = postingWithDuty;
const qualified = postingWithQualification;

describe('duties and barriers', () => {
  it.each([
    ['Does UDS collection at intake and logs each result.', 'duty-drug-testing'],
    ['Supervises the lunchroom and the playground at recess.', 'duty-enforce-rules'],
    ['Covers the guidance office phones during lunch.', 'duty-phones-reception'],
  ])('%s', (line, id) => expect(ruleIds(post(line))).toContain(id));
  it.each([
    ['Felony convictions will not be considered for hire.', 'barrier-criminal-record'],
    ['Where applicants have used drugs, we ask that they have been clean for at least a year before they start.', 'barrier-years-clean'],
  ])('%s', (line, id) => expect(ruleIds(qualified(line))).toContain(id));
});

describe('inquiries', () => {
  it.each([
    'Attach a benefits award letter confirming your psychiatric disability.',
    'Send a copy of your disability rating letter with the form.',
    'Applicants must submit proof of disability with the application.',
  ])('%s', (line) => expect(ruleIds(qualified(line))).toContain('inquiry-diagnosis'));
});

describe('lived experience', () => {
  it("walking one's own recovery road from a substance is lived experience", () => {
    const text =
      'Recovery Coach\nCedar Lodge Wellness | $21 an hour\n\nDuties\n- Walk beside people who are healing from alcohol use.\n\nQualifications\n- Applicants should be walking their own recovery road from alcohol or drugs.\n- High school diploma.';
    const r = analyze(text);
    expect(r.livedExperience.status).toBe('required');
    expect(r.livedExperience.specific).toBe(true);
  });
  it('people served named "relatives" in an aside do not make the experience the family kind', () => {
    const text =
      'Recovery Coach\nCedar Lodge Wellness | $21 an hour\n\nDuties\n- Walk beside people who are healing from alcohol use.\n\nQualifications\n- You must be in recovery from alcohol or drug use yourself (our relatives call it the long walk home).\n- High school diploma.';
    expect(ruleIds(text)).not.toContain('le-category-mismatch');
  });
});

describe('traps', () => {
  it('a degree offered instead of lived experience is no barrier', () => {
    const text =
      "Parent Partner\nNorthside Family Services | $19 an hour\n\nDuties\n- Support parents of children in the wraparound program.\n\nQualifications\n- Lived experience parenting a child with mental health needs, OR a bachelor's degree in social work plus a year with families.\n- High school diploma.";
    expect(ruleIds(text)).not.toContain('barrier-degree-required');
  });
  it("a bachelor's or master's degree beside lived experience stays one requirement", () => {
    const r = analyze(qualified("Lived experience of recovery and a bachelor's or master's degree in counseling."));
    expect(r.findings.map((f) => f.ruleId)).toContain('barrier-degree-required');
    expect(r.livedExperience.status).toBe('required');
  });
  it.each([
    ['Help veterans request a disability rating letter for their housing application.', 'inquiry-diagnosis'],
    ['Tells new staff that a criminal record is not a barrier here.', 'barrier-criminal-record'],
    ['Works beside our coordinator, who has been sober for nine years.', 'barrier-years-clean'],
  ])('%s', (line, id) => expect(ruleIds(post(line))).not.toContain(id));
});

describe('what the text is', () => {
  it('a course page under a university and a school is about the work', () => {
    const text =
      'Lakeshore State University\nCollege of Health Sciences\nCertificate in Peer Recovery Support\n\nThis part-time certificate prepares people in recovery to work as peer recovery specialists.\n\nWhat you will study\n- Module 1: Recovery and hope\n- Module 2: Ethics and boundaries\n\nWho can apply\n- Applicants must have lived experience of recovery from substance use.\n- Course fees are $1,800; funded places are available.\n\nTo apply, send the form to the admissions office.';
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
});
