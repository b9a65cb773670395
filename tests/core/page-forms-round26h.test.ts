// Round 26h (issue 9, class 1): the same page in another form reads the same. A form's line of blank
// fields is one with Windows line ends too; a fair's list of employers and their openings is a list
// of jobs when its bullets were not copied.
// Each case failed on round 26g's commit (a8e22d3), with the form it shows.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

describe('a page in another form', () => {
  it('an orientation checklist with blank fields side by side, with Windows line ends, is a form', () => {
    const text = [
      'BRIGHTWATER RECOVERY HOUSE',
      'NEW RECOVERY COACH ORIENTATION CHECKLIST (First Month)',
      '',
      'Coach name: ________________   Start date: __________',
      '',
      'WEEK 1 - SETTLING IN',
      '[ ] Badge, timesheet and parking',
      '',
      'WEEK 2 - LEARNING THE ROLE',
      '[ ] Shadow a senior coach on two groups',
    ].join('\r\n');
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
  it("a fair's list of employers and their openings, copied without its bullets, lists jobs", () => {
    const text = [
      '*** RECOVERY CAREERS HIRING EVENT ***',
      'Your lived experience is welcome here!',
      '',
      'Saturday, March 8 | 10 a.m. - 2 p.m., Westgate Library',
      '',
      "WHO'S HIRING",
      'Westgate Health - Peer Support Specialists (Crisis Unit, Youth Services) and Respite Peer Specialists at Harbor House. $19.80-$24.10/hr',
      'Maple Recovery Center - Recovery Coaches for the emergency room and the drop-in, part-time. $20.00/hr',
      'Riverside Family Services - Parent Partners and Youth Partners for the school program. $21.40-$26.00/hr',
      '',
      'Bring a few copies of your resume. Westgate Library is an equal opportunity employer.',
    ].join('\n');
    const r = analyze(text);
    expect(r.document.kind).toBe('other');
    expect(r.role.isPeerRole).toBe(false);
  });
});
