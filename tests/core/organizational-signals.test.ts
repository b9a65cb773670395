// What a posting says of the organization around the peer, in the words employers use: pay stated
// as a sum of money with no pay word, and a peer team named by its members ("four other recovery
// coaches") rather than by the word "team". Each line was written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const posting = (line: string) =>
  `Recovery Coach\nWe are hiring a recovery coach to support adults in recovery from substance use. Reports to the Program Director.\nQualifications: lived experience of recovery from substance use is required.\n${line}\nApply online.`;
const ruleIds = (line: string) => analyze(posting(line)).findings.map((f) => f.ruleId);

describe('pay stated as a sum of money', () => {
  it.each([
    'Range: $41,200 - $48,900',
    'Pay Grade 12 ($19.80-$23.10)',
    '$19.80 - $23.10 hourly DOE',
    'Rate: $23.00',
    'Hiring range $45,000 to $50,000 per year',
  ])('counts as pay: %s', (line) => expect(ruleIds(line)).not.toContain('role-no-pay'));

  it.each(['Pay: Competitive', 'Pay depends on the grant and will be discussed at interview.', 'A $1,500 sign-on bonus after 90 days.'])(
    'is still missing when no amount is given: %s',
    (line) => expect(ruleIds(line)).toContain('role-no-pay'),
  );
});

describe('a peer team named by its members', () => {
  it.each([
    'You will join our four other recovery coaches in the emergency department.',
    'Our outreach unit has six recovery coaches and a peer supervisor.',
    'Work alongside two other Recovery Coaches on the day shift.',
    'The program employs 12 peer specialists across three sites.',
    'The clinic already has three Peer Recovery Specialists on staff.',
    'Partner with fellow recovery coaches across the region.',
    'Our recovery coaches have walked this road themselves.',
    'You will work beside another peer support specialist on evenings.',
  ])('is a peer team: %s', (line) => expect(ruleIds(line)).not.toContain('role-single-peer'));

  it.each([
    'You will be the only peer on a team of nurses and social workers.',
    'Work closely with therapists, nurses and case managers.',
    'Unlike other peer support specialist jobs, this one is remote.',
    'Other recovery coach openings are listed on our site.',
    'Many peer specialists say this work saved their lives.',
    'Recovery coaches use their own story to build hope.',
  ])('is not: %s', (line) => expect(ruleIds(line)).toContain('role-single-peer'));
});
