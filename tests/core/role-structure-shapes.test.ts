// What a peer posting says of the job's structure, in the shapes real postings take: who the peer
// reports to, pay, other peers. Each line is added to a short peer posting; the finding for what
// is left out must appear only when the line does not say it.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const posting = (line: string) =>
  `Peer Support Specialist\nFull-time position\n\nShare your own recovery story to build hope.\nHelp people set their own recovery goals.\n${line}\n`;
const rules = (line: string) => new Set(analyze(posting(line)).findings.map((f) => f.ruleId));

describe('a reporting line is read in the words postings use', () => {
  it.each([
    'Receives direct supervision from the Manager of Peer Services.',
    'Under general supervision of a Peer Services Coordinator, provides peer support.',
    'Works under the direction of the Peer Bridger Team Leader.',
    'You will work under the leadership of our Peer Program Director.',
    'Line managed by the Peer Support Lead.',
    'Accountable to: Recovery Services Manager',
    'Supervisor: Clinical Director',
    'Supervision: Reentry Services Director',
    'A licensed clinician provides weekly supervision to the Peer Navigator.',
    "You'll check in every week with our Peer Coordinator.",
  ])('stated: %s', (line) => expect(rules(line).has('role-no-reporting-line')).toBe(false));
  it.each(['Supervise volunteers at the front desk.', 'Meet with participants every week.'])('not stated: %s', (line) =>
    expect(rules(line).has('role-no-reporting-line')).toBe(true),
  );
});

describe('pay is stated by a sum, not by a word or a length of time', () => {
  it.each(['Pay: $20.75/hour.', 'Rate: 22.50/hr', 'Salary range: $39,500 - $44,000'])('stated: %s', (line) =>
    expect(rules(line).has('role-no-pay')).toBe(false),
  );
  it.each([
    'Salary: Commensurate with experience',
    'Competitive salary and benefits.',
    'Certification within one year.',
    'Earn the credential in 1 year.',
  ])('not stated: %s', (line) => expect(rules(line).has('role-no-pay')).toBe(true));
  it('a sum keeps its sentence, not the paragraph it sits in', () =>
    expect(rules('Pay: $20.75/hour. You report to a supervisor who raised a child with mental health needs.').has('role-no-pay')).toBe(
      false,
    ));
});

describe('other peers are named by their members as well as by a team', () => {
  it.each([
    "You'd be joining a crew of five other coaches.",
    "We're a youth-led team: four Youth Peer Advocates and a Youth Peer Supervisor.",
    'Our team has four youth peer advocates.',
  ])('named: %s', (line) => expect(rules(line).has('role-single-peer')).toBe(false));
  it.each(['You will be the only peer on a team of nurses.', 'Two other workers share the office.'])('none: %s', (line) =>
    expect(rules(line).has('role-single-peer')).toBe(true),
  );
});

describe('a barrier under a preferred heading or label is no barrier', () => {
  it('Preferred Qualifications', () => {
    const r = rules("\nPreferred Qualifications\n- Bachelor's degree in human services\n- Valid driver's license");
    expect(r.has('barrier-degree-required')).toBe(false);
    expect(r.has('barrier-drivers-license')).toBe(false);
  });
  it('Desirable:', () => expect(rules('Desirable: A full driving licence.').has('barrier-drivers-license')).toBe(false));
  it('Required and Preferred Qualifications still requires', () =>
    expect(
      rules("\nRequired and Preferred Qualifications\n- Bachelor's degree in social work required").has('barrier-degree-required'),
    ).toBe(true));
  it('Minimum Qualifications requires', () =>
    expect(rules("\nMinimum Qualifications\n- Bachelor's degree in social work required").has('barrier-degree-required')).toBe(true));
});
