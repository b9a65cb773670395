// A pay line that names pay but leaves it unset ("Salary: TBD", "Pay rate: to be announced") states
// no pay, as "commensurate with experience" does; a sum on the line, or "TBD" said of something
// else in another sentence, still states it.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const posting = (payLine: string) =>
  `Peer Recovery Coach\nFull-time\n${payLine}\nWhat you will do:\n- Share your own recovery story to build hope.\n- Help people set and reach their own goals.\nWhat you bring:\n- Lived experience of recovery from a substance use disorder.\nReports to the Peer Services Supervisor.\nApply at example.org by June 1.`;

const saysNoPay = (payLine: string) => analyze(posting(payLine)).findings.some((f) => f.ruleId === 'role-no-pay');

describe('pay named but not yet set', () => {
  it.each([
    'Salary: TBD',
    'Compensation: TBA',
    'Hourly rate: to be determined',
    'Pay rate to be announced after the interview.',
    'Pay Grade: to be decided',
  ])('"%s" states no pay', (line) => expect(saysNoPay(line)).toBe(true));

  it.each([
    'Salary: $44,500 a year',
    'Pay: $19.50/hr. Start date TBD.',
    'Salary: $21-$24 an hour, final rate to be set at offer',
    'Pay Grade: P-07',
    'We offer a competitive salary of $52,000.',
  ])('"%s" states pay', (line) => expect(saysNoPay(line)).toBe(false));
});
