// Shapes met in an opened blind set (blind47, what a web search for peer jobs returns), rewritten
// in our own words (session 19). Read now: a press release that opens "FOR IMMEDIATE RELEASE"
// even when it gives the pay of the jobs it announces; a careers page's list under "Roles we hire
// for"; an interview-questions article; "a military veteran who is recovering from ...";
// the part one played listed ("as a kid, teenager or young adult, with ..."); a group of people
// who use drugs named by them ("the drug users' union"); "use it to improve" is no drug use;
// a peer counselor certification is a credential, not a clinician's letter; "file and scan
// client records".
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('what the text is', () => {
  it('a press release that announces jobs, with their pay, is about the work', () => {
    const text =
      'FOR IMMEDIATE RELEASE\n\nLakeshore Medical Center Adds Overnight Recovery Coaches to Its Emergency Department\n\nHARTWELL — Lakeshore Medical Center announced Monday that it is hiring four recovery coaches, full-time and part-time, so that a coach is on hand around the clock.\n\nCoaches meet patients after an overdose and help them take a next step of their choosing. New coaches will earn $22 to $27 per hour with full benefits, and applicants must have their own lived experience of recovery from substance use.\n\nInterested applicants can find the positions on the hospital careers page.\n';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('about-peer-work');
  });
  it('a careers page that lists the peer roles it hires for checks no one posting', () => {
    const text =
      'Northfield Community Health\nCareers > Peer Careers\n\nPeople with lived experience work in every part of Northfield.\n\nPEER ROLES WE HIRE FOR\n- Peer Support Specialist — for adults with mental health conditions\n- Recovery Coach — for people recovering from addiction\n- Youth Peer Mentor — for teens and young adults\n\nPay ranges appear on each posting. Every peer is supervised by a peer lead. Full-time staff get dental and vision.\n';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(['other', 'about-peer-work']).toContain(r.document.kind);
  });
  it('an interview-questions article is about the work', () => {
    const text =
      'CareerCompass > Interview Prep > Social Services\n\n12 Recovery Coach Interview Questions and Sample Answers\n\nInterviewers look for two signs: you can turn your recovery into help for someone else, and you know the limits of the role.\n\n1. Why do you want this job?\nTip: connect your own story to why you want to help.\n\n2. How would you handle a pay range question?\nTip: research the pay range for this position in your area first.\n';
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('about-peer-work');
  });
});

describe('lived experience asked', () => {
  it('"a military veteran who is recovering from ..." asks the applicant\'s own experience', () => {
    const text =
      'Veteran Peer Specialist\nHigh Plains Veterans Network | $21 an hour\n\nWhat you will do\n- Share your own story with fellow veterans\n- Help veterans find the supports they choose\n\nQualifications\n- Must be a military veteran who is recovering from a psychiatric condition\n';
    const r = analyze(text);
    expect(r.livedExperience.status).toBe('required');
    expect(r.livedExperience.specific).toBe(true);
  });
  it('the part one played, listed between commas, leaves the phrase whole', () => {
    const text =
      'Youth Peer Advocate\nRiverside Youth Collective | $20 an hour\n\nWhat you will do\n- Meet young people where they are and help them say what they need\n\nWhat you bring\n- Personal experience, as a kid, teenager or young adult, with foster care or juvenile justice systems (required)\n- Willingness to share your story\n';
    const r = analyze(text);
    expect(r.livedExperience.status).toBe('required');
    expect(r.livedExperience.specific).toBe(true);
  });
});

describe('duties and words', () => {
  it('"use it to improve" is no drug use', () =>
    expect(ruleIds(postingWithDuty('Monitor program data on the services we give and use it to plan the next year.'))).not.toContain(
      'duty-enforce-rules',
    ));
  it('a group named by the people who use drugs is no label', () =>
    expect(ruleIds(postingWithDuty("Co-lead the monthly drug users' advisory council."))).not.toContain('drug-user'));
  it("a peer counselor certification is a credential, not a clinician's letter", () =>
    expect(ruleIds(postingWithQualification('Willing to earn the state peer counselor certification within a year.'))).not.toContain(
      'inquiry-clinician-letter',
    ));
  it('filing and scanning client records is clerical work', () =>
    expect(ruleIds(postingWithDuty('File and scan client records for the front office.'))).toContain('duty-clerical'));
});
