// Round 2 of the role family's document-level findings (session 12): shapes met in an opened
// blind set (blind9), rewritten in our own words. Sharing "experience, strength and hope" at a
// house meeting is peer work (the twelve-step phrase for telling one's own recovery); British "line
// managed by" names the supervisor as "supervised by" does, so a nurse named there makes the
// supervision clinical, and a lead peer worker does not. Emotional and practical support to carers,
// and carers' voices heard, are peer work (mutual support, advocacy); practical support to the team is not.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const ruleIds = (text: string) => new Set(analyze(text).findings.map((f) => f.ruleId));

describe('experience, strength and hope', () => {
  const house = (line: string) =>
    `Recovery Support Specialist - Overnight\nNew Leaf Sober Homes | $17 an hour\n\nDuties\n- ${line}\n- Keep the overnight log\n\nRequirements\n- Two years of your own recovery from alcohol or drugs`;
  it('sharing it is peer work', () => {
    expect(ruleIds(house('Lead the evening check-in and share your experience, strength and hope')).has('role-no-peer-competencies')).toBe(
      false,
    );
  });
  it('trap: a posting without it still has no peer work', () => {
    expect(ruleIds(house('Lead the evening check-in and take attendance')).has('role-no-peer-competencies')).toBe(true);
  });
});

describe('line managed by', () => {
  const nhs = (line: string) =>
    `Peer Support Worker\nMoorside Mental Health Trust | Band 3 | £24,500 a year\n\nSupport adults at home after a mental health crisis, sharing your own recovery where it helps.\n\n${line}\n\nEssential\n- Lived experience of mental health difficulties`;
  it('a registered nurse named as the line manager makes supervision clinical', () => {
    expect(ruleIds(nhs('You will be line managed by the Team Manager (registered nurse).')).has('role-clinical-supervision-only')).toBe(
      true,
    );
  });
  it('trap: a lead peer worker as the line manager does not', () => {
    expect(ruleIds(nhs('You will be line managed by the Lead Peer Support Worker.')).has('role-clinical-supervision-only')).toBe(false);
  });
});

describe('support to carers, and their voices heard', () => {
  const carer = (line: string) =>
    `Carer Peer Worker\nEastbank Mental Health Service | $37 an hour\n\nAbout the role\n${line}\n\nDesirable\n- Lived experience as a carer of someone with mental health challenges`;
  it('emotional and practical support to carers, and their voices heard, are peer work', () => {
    expect(ruleIds(carer('You will provide emotional and practical support to carers.')).has('role-no-peer-competencies')).toBe(false);
    expect(ruleIds(carer("You will make sure carers' voices are heard in care planning meetings.")).has('role-no-peer-competencies')).toBe(
      false,
    );
  });
  it('trap: practical support to the team, and staff voices heard, are not', () => {
    expect(
      ruleIds(
        carer('You will provide practical support to the nursing team and make sure staff voices are heard at the quality committee.'),
      ).has('role-no-peer-competencies'),
    ).toBe(true);
  });
});
