// Shapes met in an opened blind set (session 21: small organizations writing informally), rewritten
// in our own words. Read now: a network's meeting notice is no posting; "office work, not a peer
// support job" at a peer center is another job; "stable and high functioning" said of people;
// keeping the records in order. Traps: a team meeting with pizza in a posting; a heading "What this
// role is not" over a line of what peers do not do; how to pick up an application; callers whose
// loved one died by suicide on a warmline. Checked against the session's start: the team meeting,
// the heading and a duty beside people's own housing applications passed there too and are kept
// as guards.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { languageRuleIds, postingWithDuty, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('document kind and peer role', () => {
  it("a peer network's meeting notice is about peer work", () =>
    expect(
      analyze(
        'NOTICE - RIVER COUNTIES PEER NETWORK\nQuarterly meeting - Wednesday, 2 to 4 pm, library annex\n\nPeer specialists, recovery coaches and family partners are all welcome. You do not have to be certified.\n\nAgenda\n1. Certification renewal news\n2. What to do when you are asked to drive people all day\n3. Average peer wages in our region\n\nText Dana at 555-0100 for the Zoom link.',
      ).document.kind,
    ).toBe('about-peer-work'));

  it('a posting with a monthly team meeting and pizza stays a posting (trap)', () =>
    expect(
      analyze(
        'Peer Support Specialist\nNorthside Warmline | $19 an hour | Part-time\n\nDuties\n- Answer calls from people who want to talk.\n- Join a monthly team meeting (pizza provided).\n\nQualifications\n- Lived experience of mental health recovery is required.\n\nApply online.',
      ).document.kind,
    ).toBe('peer-posting'));

  it('"office work, not a peer support job" at a peer center is another job', () => {
    const r = analyze(
      'FRONT DESK / OFFICE HELPER\nLakeside Peer Center - 15 hours/week\n\nHi all - Lakeside Peer Center (the drop-in on Elm St) is hiring a part time office person. This is office work, not a peer support job.\n\nYou would answer phones, sort mail and order supplies.\n\n$15/hour. Apply by email.',
    );
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('non-peer-posting');
  });

  it('a heading "What this role is not" over what peers do not do leaves a peer posting (trap)', () =>
    expect(
      analyze(
        'Peer Recovery Specialist - Emergency Department\nHillcrest Hospital | Full time | $22 an hour\n\nDuties\n- Meet patients after an overdose when they agree.\n\nWhat this role is not\nPeer specialists do not give medication or collect specimens.\n\nQualifications\n- Personal recovery from a substance use disorder is required.',
      ).role.isPeerRole,
    ).toBe(true));
});

describe('category', () => {
  it('callers whose loved one died by suicide do not make a warmline a family role (trap)', () =>
    expect(
      analyze(
        'Warmline Peer Supporter\nCity Warmline | $18 an hour | evenings\n\nTake calls from adults going through a hard time, including people whose loved one died by suicide.\n\nQualifications\n- Personal lived experience of mental health challenges and recovery.',
      ).role.category,
    ).not.toBe('family'));
});

describe('duties and language', () => {
  it('keeping the office records in order is clerical work', () =>
    expect(ruleIds(postingWithDuty('Answer the phone and keep the office records in order.'))).toContain('duty-clerical'));
  it('picking up an application from reception is how to apply, not a duty (trap)', () =>
    expect(ruleIds(`${postingWithDuty('Talk with people.')}\n\nPick up your application from reception or call us.`)).not.toContain(
      'duty-clerical',
    ));
  it("a duty beside the people's own applications is still a duty (guard)", () =>
    expect(ruleIds(postingWithDuty('Help members fill out housing applications and collect their urine screens.'))).toContain(
      'duty-drug-testing',
    ));
  it('"stable and high functioning" said of people is a functioning label', () =>
    expect(languageRuleIds('Our board will hire only staff who are stable and high functioning.')).toContain('high-functioning'));
});
