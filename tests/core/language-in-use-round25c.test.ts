// Round 25c (issue 9, classes 5 and 6): language and duties as older or outside writers put them.
// "the dually diagnosed" makes a diagnosis a noun for people; a department's "ED" on a line with a
// year is no editor of a cited book; an institution's name runs on across "for the"; a form's name
// ends in its kind ("Questionnaire"); duties worded as a house manager would ("report anyone who
// breaks curfew", "text me the results"); a passive told in the past is history, not a duty; help
// with people's own paperwork is no clerical cover; and a "Position:" label's value ends at its
// first sentence. Each case failed on the session's start commit (71963c8) except the guards,
// which say so.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const flagged = (text: string) => analyze(text).findings.map((f) => ({ rule: f.ruleId, text: text.slice(f.start, f.end) }));
const rules = (text: string) => flagged(text).map((f) => f.rule);

const PEER = 'Peer Recovery Mentor\nOpen Door Recovery House - $18/hr\n\nDuties\n';
const QUALS = '\n\nRequirements\n- Lived experience of recovery from addiction\n';

describe('language in use', () => {
  it('"the dually diagnosed" is a diagnosis made a noun for people', () => {
    expect(rules('Our grant pays for beds for the dually diagnosed and for adults leaving jail.')).toContain('the-dually-diagnosed');
  });
  it('guard (passed before): "people who are dually diagnosed" puts the person first', () => {
    expect(rules('People who are dually diagnosed are often bounced between two systems.')).not.toContain('the-dually-diagnosed');
  });
  it('a department called "ED" on a line with a year is no reference\'s editor', () => {
    const text = 'The respite opened in 2022 so that ED frequent flyers come back less often and guests have a quiet place.';
    expect(rules(text)).toContain('frequent-flyer');
  });
  it('guard (passed before): a reference with its "ed." is still a citation', () => {
    expect(rules('Morrow, K. (ed.) The Crazy Years: Essays on Care. Lantern Press, 1998.')).toEqual([]);
  });
  it('an institution\'s name runs on across "for the"', () => {
    expect(rules('In 1908 the state built the Hollis County Asylum for the Insane beside the rail line.')).toEqual([]);
  });
  it('guard (passed before): "Insane Asylum" as words of an event is still flagged', () => {
    expect(rules('Tickets for The Insane Asylum Tour go on sale Friday.')).toContain('institution-slurs');
  });
  it("a form's name ends in its kind", () => {
    const text = 'Our old paperwork still has it: the Substance Abuse Intake Questionnaire goes out of use in July.';
    expect(rules(text)).not.toContain('substance-abuse');
  });
});

describe('duties as a house manager words them', () => {
  it('reporting anyone who breaks the rules, and texting the results of tests', () => {
    const text = `${PEER}- report anyone who breaks curfew to the owner\n- give breathalyzer tests at night and text me the results${QUALS}`;
    const reports = flagged(text).filter((f) => f.rule === 'duty-report-on-people');
    expect(reports.map((f) => f.text)).toEqual([
      expect.stringContaining('report anyone who breaks curfew'),
      expect.stringContaining('text me the results'),
    ]);
  });
  it("missed sessions logged for the clinical team, and parents' attendance at treatment", () => {
    const text = `${PEER}- log missed sessions for the clinical team each Friday\n- track each parent's attendance at treatment and classes${QUALS}`;
    const found = rules(text);
    expect(found).toContain('duty-report-on-people');
    expect(found).toContain('duty-compliance-monitoring');
  });
  it("a passive told in the past is the agency's history, not a duty", () => {
    const text = `Family Peer Specialist\n\nOur chapter was started in 1984 by mothers whose grown children had been turned away time after time by the county hospital. Today we support families across three counties.\n\nDuties\n- Meet with families and tell them about your own family's path where it helps${QUALS}`;
    expect(rules(text)).not.toContain('duty-enforce-rules');
  });
  it("help with people's own paperwork is no clerical cover", () => {
    const text = [
      'Peer Support Specialist (Front Desk)',
      'River Bend Clinic',
      '',
      'Summary: Provide support to members, including members who need help completing their paperwork.',
      '',
      'Requirements',
      '- Lived experience of mental health recovery',
    ].join('\n');
    expect(rules(text)).not.toContain('duty-clerical');
  });
});

describe('a labeled title', () => {
  it('ends at its first sentence', () => {
    const text = [
      'Maple Row Recovery Homes',
      '',
      'Position: Live-in manager for our 8-bed home on Alder Street. Maple Row houses men in early recovery who are working or in school.',
      '',
      'Responsibilities',
      '- Enforce curfew and the chore schedule',
      '- Collect rent and keep the house budget',
      '',
      'Requirements',
      '- Must be in recovery for at least two years',
      '',
      'Compensation: a free room and $1,200 a month.',
    ].join('\n');
    expect(analyze(text).document.kind).toBe('non-peer-posting');
  });
});

describe("a law's name in a headline in capitals", () => {
  it('"... SUBSTANCE ABUSE AND ... WORKFORCE ACT" names the law', () => {
    expect(rules('STATE SENATE PASSES SUBSTANCE ABUSE PREVENTION AND PEER WORKFORCE ACT')).toEqual([]);
  });
  it('guard (passed before): a heading in capitals that names no law is read as words', () => {
    expect(rules('SUBSTANCE ABUSE SERVICES')).toContain('substance-abuse');
  });
});
