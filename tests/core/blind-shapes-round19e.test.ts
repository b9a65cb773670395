// Shapes met in an opened blind set (blind46, what an advocate collects auditing one region's
// agencies), rewritten in our own words (session 19). Read now: a funding application's title
// ("Application to the ... Foundation"); a handbook's title on the line under the organization's
// that names a peer role and ends in "Handbook"; a peer career ladder; "battling" a relative's
// mental illness. Traps: making bed assignments is no cleaning; entering the nightly bed counts
// into a data system watches no one.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('what the text is', () => {
  it.each([
    'RIVERBEND HEALTH PARTNERS\nApplication to the Hollis Family Foundation, Spring Cycle\nPart B: Narrative - Peer Navigators in Two Clinics\n\nB.1 Need\nOverdose deaths in our county doubled in four years.\n\nB.2 What we will do\nWe will hire two peer navigators, both to report to our peer program lead, at a starting pay of $21 an hour.\n\nQualifications: each navigator must be in recovery from substance use.\n',
    'Cedar Valley Family Network\nPARENT PARTNER PROGRAM HANDBOOK\nChapter 3: Pay, Supervision and Qualifications\n\n3.1 Who we are\nEvery Parent Partner has brought up a son or daughter who needed mental health care.\n\n3.2 Qualifications\nParent Partners must have raised a child who received mental health services.\n\n3.3 Pay and supervision\nParent Partners start at $21.50 per hour and are supervised by the Parent Partner Lead.\n',
    'Eastside Housing Alliance\nPEER CAREER LADDER - Outreach and Shelter Programs\nApproved by the board, March 2025\n\nWhy a ladder\nPeer staff asked for a way to grow without leaving peer work.\n\nLEVEL 1 - PEER OUTREACH WORKER\nPay: $21.00 - $24.00/hr\nThe position requires lived experience of homelessness or recovery.\n',
  ])('a document whose title names it, whatever jobs it describes: %#', (text) => {
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('about-peer-work');
  });
});

describe('words and duties', () => {
  it('"battling" a relative\'s mental illness is war framing', () =>
    expect(ruleIds(postingWithDuty("Walk beside parents who are battling their daughter's mental illness."))).toContain('battling'));
  it('making bed assignments is no cleaning (trap)', () =>
    expect(ruleIds(postingWithDuty('Make bed assignments for guests who arrive after dinner.'))).not.toContain('duty-cleaning'));
  it('entering the nightly bed counts into a data system watches no one (trap)', () =>
    expect(ruleIds(postingWithDuty('Enter the nightly bed counts into the shelter database.'))).not.toContain('duty-enforce-rules'));
});
