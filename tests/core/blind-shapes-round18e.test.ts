// Shapes met in an opened blind set (blind42, short and informal texts), rewritten in our own
// words (session 18). Read now: "min. 2 yrs" after a requirement (a short form's stop before a
// number ends no sentence); "two years of continuous personal recovery"; a short posting whose
// only marks are what the job looks like, its schedule and where applications are taken; a
// forum post asking about a job offer is a question to other readers; a court's expectations
// pressed on people who missed appointments. Traps: a supervisor or the writer described in
// brackets ("a certified peer with 12 years in recovery"); a sober home "for women who are in recovery"
// asks nothing of a cook; outreach by phone to people who missed groups; a
// tenant who must be "clean & quiet". A bracket that asks the length of the job holder stays a
// barrier (a guard: it passed before).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { tokenize } from '../../src/core/text/tokenize.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const post = postingWithDuty;
const qualified = postingWithQualification;

describe('lengths of recovery', () => {
  it.each([
    'Must be in recovery from alcohol or drugs, min. 3 yrs.',
    'At least three years of continuous personal recovery from alcohol use.',
  ])('%s', (line) => expect(ruleIds(qualified(line))).toContain('barrier-years-clean'));
  it("a short form's stop before a number joins as a space", () =>
    expect(tokenize('min. 3 yrs').map((t) => t.gap)).toEqual(['start', 'space', 'space']));
  it.each([
    'Reports to: Peer Programs Supervisor (a CRPS with 12 years in recovery)',
    'Your supervisor will be me (I am a peer specialist myself, 9 yrs in recovery).',
  ])('trap: %s', (line) => expect(ruleIds(post(line))).not.toContain('barrier-years-clean'));
  it('a bracket that asks it of the job holder stays a barrier', () =>
    expect(ruleIds(post('Peer Recovery Coach (must have 2 years in recovery)'))).toContain('barrier-years-clean'));
});

describe('what the text is', () => {
  it('a short posting known by what the job looks like, its schedule and where to apply', () => {
    const text =
      'Peer Wellness Coach - Birchwood Clubhouse\n\nThe Peer Wellness Coach works beside members of the Clubhouse, adults living with mental illness. This is what the job looks like in an ordinary week:\n\n- Use your own recovery to show members that change is possible\n- Run our weekly wellness planning group\n- Go with members to appointments when they ask\n\nSchedule is Monday to Thursday, 10 to 6. Applications are taken at the office or by email.';
    expect(analyze(text).document.kind).toBe('peer-posting');
  });
  it('a forum post about a job offer asks other readers', () => {
    const text =
      "Posted by u/steady_steps\n\nGot offered a peer specialist job today, $19/hr, full time. Should I take it? They said I'd be doing bed checks and calling probation when someone breaks curfew. Is this normal?\n\nReply: that isn't peer work. Get the duties in writing before you say yes.";
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
  it('a sober home for women in recovery asks nothing of its cook', () => {
    const text =
      "Cook\nMaple House Sober Living | $17 an hour\n\nWhat you'll do:\n- Cook breakfast and lunch for 30 residents\n\nWhat you need:\n- Food handler card\n\nMaple House is a sober home for women who are in recovery from alcohol.";
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('non-peer-posting');
  });
});

describe('duties and language', () => {
  it('a court expectation pressed on people who missed appointments', () =>
    expect(ruleIds(post('Calls members who skip sessions and warns them that the judge expects full attendance.'))).toContain(
      'duty-compliance-monitoring',
    ));
  it('outreach by phone to people who missed groups is not a visit against their wishes', () =>
    expect(ruleIds(post('Reach out to members who have missed groups to see how they are.'))).not.toContain('duty-visits-against-wishes'));
  it('a tenant who must be clean and quiet', () =>
    expect(ruleIds('Room for rent by the college, $500. Tenant must be clean & quiet, and no pets please.')).not.toContain('is-clean'));
});
