// Shapes met in an opened blind set (session 21: documents about peer work that look like job
// postings), rewritten in our own words. Read now: a page that says it is no opening ("not an open
// position", "not a vacancy announcement", "not a list of openings"); a worksheet, an
// orientation plan, a staffing plan, a sample job description or an appendix named in the title;
// a heading that says what is not asked; updates on people's behavior given to the team; a
// report joined to the watching across a hyphened word; a letter from a past or current
// treating clinician. Traps: "not a remote position" in a posting; updates on the program; people
// named before an owner's mark ("people receiving services' intake") are not watched themselves.
// Checked against the session's start: the remote position, the heading that asks, and the
// program updates passed there too and are kept as guards.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const kind = (text: string) => analyze(text).document.kind;

describe('document kind: pages that say or show they offer no job', () => {
  it('a model job description that says it is not an open position', () =>
    expect(
      kind(
        'Chapter 3: Writing the Job\n\nThe model below is not an open position with any member agency; adapt it before you post.\n\nPOSITION TITLE: Peer Support Specialist\nREPORTS TO: Peer Services Lead\nPAY: $___ per hour\n\nDuties\n- Offer one-to-one peer support.\n\nQualifications\n- Lived experience of mental health recovery.',
      ),
    ).toBe('about-peer-work'));

  it('an orientation plan for someone already hired', () =>
    expect(
      kind(
        'ORIENTATION PLAN FOR NEW STAFF\nPosition: Recovery Coach (Emergency Department)\nStart date: ________\n\nThe coach and supervisor fill this in over the first month. This is not a vacancy announcement.\n\nWeek 1\n- Meet the ED charge nurses.\n- Shadow a senior coach.',
      ),
    ).toBe('about-peer-work'));

  it("a grant application's staffing plan", () =>
    expect(
      kind(
        'PART C: STAFFING PLAN\nApplicant: Cedar Ridge Health\n\nThree of the five positions requested are peer positions.\nPeer Recovery Coach (1.0 FTE, to be hired): reports to the Peer Lead. Salary $44,000.',
      ),
    ).toBe('about-peer-work'));

  it('a workshop worksheet for drafting a peer job', () =>
    expect(
      kind(
        'WORKSHEET 2: YOUR PEER POSITION\n\nTitle you plan to use: ________\nReports to: ________\nPay range: ________\nLived experience required: ________\nTip: fit the kind of experience to the population.',
      ),
    ).toBe('about-peer-work'));

  it('a list of practicum sites that says it lists no openings', () =>
    expect(
      kind(
        'PEER SUPPORT PRACTICUM - SITE LIST\n\nStudents spend 100 unpaid hours at one site. This page is not a list of openings; sites do not take applications.\n\nSITE 1 - Harbor Clubhouse\nStudents work beside members in the kitchen and clerical units.\n\nELIGIBILITY\n- Enrolled in the certificate program.',
      ),
    ).toBe('about-peer-work'));

  it('a posting that says it is not a remote position stays a posting (trap)', () =>
    expect(
      kind(
        'Peer Support Specialist\nRiverside Clinic | $21 an hour | Full-time\n\nThis is not a remote position: you will meet people in the clinic and the community.\n\nDuties\n- Offer one-to-one peer support.\n\nQualifications\n- Lived experience of mental health recovery is required.\n\nApply online.',
      ),
    ).toBe('peer-posting'));
});

describe('what a posting asks', () => {
  it('nothing under a heading that says what is not asked is an inquiry', () =>
    expect(
      ruleIds(
        'Peer Support Specialist\nRiverside Clinic | $21 an hour\n\nWHAT WE WILL NOT ASK\nAny diagnosis, the medicines you take or your treatment history.\n\nQualifications\n- Lived experience of mental health recovery is required.',
      ).filter((id) => id.startsWith('inquiry-')),
    ).toEqual([]));
  it('under a heading that asks, the treatment history is still an inquiry', () =>
    expect(
      ruleIds(
        'Peer Support Specialist\nRiverside Clinic | $21 an hour\n\nWhat you will need\nYour diagnosis or your treatment history.\n\nQualifications\n- Lived experience of mental health recovery is required.',
      ),
    ).toContain('inquiry-treatment'));
  it('a letter from a past or current treating clinician asks for a clinician letter', () =>
    expect(
      ruleIds(postingWithQualification('Include a letter from your past or current treating therapist describing your condition.')),
    ).toContain('inquiry-clinician-letter'));
});

describe('duties', () => {
  it('updates on patient behavior given to the team are a report on people', () =>
    expect(ruleIds(postingWithDuty('Join the weekly team huddle and provide updates on client behavior.'))).toContain(
      'duty-report-on-people',
    ));
  it('updates on the program are no report on people (trap)', () =>
    expect(ruleIds(postingWithDuty('Provide monthly updates on program activities to the board.'))).not.toContain('duty-report-on-people'));

  it('watching compliance and reporting missed doses is one card across a hyphened word', () => {
    const found = analyze(
      postingWithDuty('Watch medication compliance for take-home clients and report skipped doses to the charge nurse.'),
    ).findings.filter((f) => f.family === 'role' && f.ruleId.startsWith('duty-'));
    expect(found.map((f) => f.ruleId)).toEqual(['duty-compliance-monitoring']);
    expect(found[0]!.text).toContain('report skipped doses');
  });

  it("people named before an owner's mark are not watched themselves (trap)", () =>
    expect(ruleIds(postingWithDuty("Monitors people receiving services' sleep hours."))).not.toContain('duty-enforce-rules'));
});
