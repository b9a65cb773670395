// Round 50 (session 14): shapes met in an opened blind set (blind21), rewritten in our own words.
// School duties given to a peer (hall monitoring, lunch duty), covering the office phones, taking
// part in physical holds, telling staff of any resident who breaks curfew, handing notes to a
// caseworker for the court, checking an address for a probation officer. Guards: documenting peer
// support contacts; a family's watching a loved one; tracking referrals as numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('50', {
  conflicting: [
    'Hall monitoring before first period and cafeteria duty at lunch.',
    'Cover the main office phones while the secretary is at lunch.',
    'Participates in physical holds when the unit calls for help.',
    'Notify the house manager at once of any resident who breaks curfew.',
    'Give your notes to the assigned caseworker for the dependency court report.',
    "Make home visits to check the participant's address for the probation officer.",
  ],
  fitting: [
    'Documents peer support contacts in the record the same day.',
    'Watching someone you love struggle with addiction is hard, and our family groups can help.',
    'Track referrals and report monthly totals in the grant summary.',
  ],
});

describe('one card for one duty', () => {
  beforeAll(loadPartsOfSpeech);
  const POSTING = 'Recovery Coach\nStone Bridge Recovery House | $18 an hour\n\nResponsibilities\n';
  const roleFindings = (text: string) => analyze(text).findings.filter((f) => f.family === 'role' && f.ruleId.startsWith('duty-'));
  it('bed checks and the record of where residents are is one duty of watching', () => {
    const found = roleFindings(`${POSTING}- Complete overnight bed checks and record resident whereabouts\n- Lead a weekly recovery group`);
    expect(found.map((f) => f.ruleId)).toEqual(['duty-enforce-rules']);
    expect(found[0]!.text).toContain('whereabouts');
  });
  it('trap: residents reported to someone are a duty of their own', () => {
    const found = roleFindings(`${POSTING}- Complete overnight bed checks and report residents who break curfew to the probation officer`);
    expect(found.map((f) => f.ruleId)).toContain('duty-report-on-people');
  });
  it('a list item that names the same duty on both sides of a semicolon is one card marking both', () => {
    const found = roleFindings(
      `${POSTING}- Responsible for driving children and parents to visits and court; driving the program minibus fills most shifts`,
    );
    expect(found.map((f) => f.ruleId)).toEqual(['duty-transport']);
    expect(found[0]!.text).toContain('minibus');
  });
});

describe('the agency describing itself by its name', () => {
  beforeAll(loadPartsOfSpeech);
  const duties = (text: string) =>
    analyze(text)
      .findings.filter((f) => f.ruleId.startsWith('duty-'))
      .map((f) => f.ruleId);
  const POSTING = (line: string) =>
    `Peer Support Specialist\nMaplewood Family Health is hiring a Peer Support Specialist for our outpatient clinic. ${line}\n\nWhat you will do\n- Meet members one on one and help them reach their own goals\n- Co-lead a weekly wellness group\n\n$20 an hour.`;
  it("the services its name opens a sentence on are the agency's, not the job's", () => {
    expect(duties(POSTING('Maplewood provides primary care, psychiatry and therapy to 12,000 people a year.'))).not.toContain(
      'duty-therapy',
    );
  });
  it('trap: the job named as the one who assesses members', () => {
    expect(duties(POSTING('The Peer Support Specialist completes psychosocial assessments of new members.'))).toContain(
      'duty-clinical-assessment',
    );
  });
});
