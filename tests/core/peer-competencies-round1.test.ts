// Peer work as real postings name it (session 14), from shapes met in opened blind sets (blind12,
// blind13, blind14, blind16, blind17, blind21), rewritten in our own words: facilitating a peer
// support circle, or "facilitation of" a group; helping people apply for or enroll in benefits,
// IDs and housing; mentoring and encouragement grounded in a shared past; sharing one's own
// family story; supporting families one-on-one. A posting that names any of these shows peer work,
// so "no peer competencies" stays silent. Traps: the same words for the employee's own paperwork,
// a mentoring program named as a team, a circle of confidentiality.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const posting = (duties: string) =>
  `Reentry Peer Navigator\nNorthgate Reentry Network | $21 an hour | Full-time\n\nDuties\n${duties}\n- Enter contacts in the database\n\nRequirements\n- Valid driver's license`;
const noPeerWork = (duties: string) => analyze(posting(duties)).findings.some((f) => f.ruleId === 'role-no-peer-competencies');

describe('peer work named the way postings name it', () => {
  it.each([
    '- Facilitate a weekly peer support circle at the library',
    '- Facilitation of the Thursday evening parents group',
    '- Help participants apply for IDs, food benefits and a place to live',
    '- Help anyone who asks enroll in a health plan',
    '- Mentoring and encouragement grounded in a shared past',
    '- Share your own family story when it can help a parent',
    '- Support families one-on-one and at the monthly parent night',
  ])('shows peer work: %s', (duties) => {
    expect(noPeerWork(duties)).toBe(false);
  });
  it.each([
    "- Enroll in the county's payroll system during your first week",
    '- Maintain the circle of confidentiality with the team',
    '- Mentoring program files are kept by the coordinator',
  ])('trap, no peer work: %s', (duties) => {
    expect(noPeerWork(duties)).toBe(true);
  });
});
