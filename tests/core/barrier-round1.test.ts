// Barriers met in two opened blind sets (blind29, blind30), rewritten in our own words (session
// 16): being on probation or parole named as making applicants ineligible, and a time in recovery
// asked after a long name of the condition ("recovery from mental illness or a substance use
// disorder for at least two years"). Traps: a program open to people on probation, and a
// director who has been in recovery for years (the first passed before this round: kept as a guard).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

const COACH =
  'Recovery Coach\nHarlow County Treatment Court | $21 an hour\n\nDuties\n- Meet participants after court and help them find meetings they choose.\n\n';

describe('probation or parole as a bar to hire', () => {
  it('flags applicants on probation or parole named ineligible', () => {
    expect(ruleIds(`${COACH}Requirements\n- Anyone now under probation or parole is not eligible for this job.`)).toContain(
      'barrier-criminal-record',
    );
  });
  it('stays silent on a program open to people on probation', () => {
    expect(ruleIds(`${COACH}About the program\nPeople on probation or parole are eligible for our reentry groups.`)).not.toContain(
      'barrier-criminal-record',
    );
  });
});

describe('time in recovery after a long name of the condition', () => {
  it('flags a fixed number of years', () => {
    expect(
      ruleIds(`${COACH}Requirements\n- Must be in recovery from mental illness or a substance use disorder for at least two years.`),
    ).toContain('barrier-years-clean');
  });
  it('stays silent on a director who has been in recovery for years', () => {
    expect(
      ruleIds(
        `${COACH}Our team\nOur director, who has been in recovery from a substance use disorder for at least ten years, trains each coach.`,
      ),
    ).not.toContain('barrier-years-clean');
  });
});
