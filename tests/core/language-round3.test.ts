// Language round 3 (session 12): shapes met in an opened blind set (blind9), rewritten in our own
// words. "Victims of" a relative's illness or addiction casts a family as helpless; "suffering
// from mental health crises" is pity framing in the plural too (crisis, crises). Traps: a victim
// of someone's violence; "consumer" as part of a role's name in Australian services ("consumer
// peer worker", "consumer and carer roles"); consumers of health plans. "Medication compliance"
// inside the duty of monitoring it is one card, the duty's (coveredByDuties).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';

const ids = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.family === 'language')
    .map((f) => f.ruleId);

describe('victims of a relative, and crises', () => {
  it.each([
    ['Too many parents are treated as victims of their son’s addiction.', 'victim-of'],
    ["Families can feel like victims of a loved one's illness.", 'victim-of'],
    ['Our unit cares for adults suffering from acute mental health crises.', 'suffering-from'],
  ])('flags: %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
  it.each([
    "The shelter supports victims of their partner's violence.",
    'Our unit cares for adults going through acute mental health crises.',
  ])('stays silent: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('consumer as part of a role, and health plan consumers', () => {
  it.each([
    'We employ consumer peer workers, consumer consultants and a consumer lived experience lead.',
    'Consumer and carer roles are advertised on the state jobs portal.',
    'Navigators help consumers compare health plans and enroll in coverage.',
  ])('stays silent: %s', (text) => {
    expect(ids(text)).not.toContain('consumer');
  });
  it('still names consumer as a word for people served', () => {
    expect(ids('Consumers join the advisory board each spring.')).toContain('consumer');
  });
});

describe('a word the duty finding covers', () => {
  const posting = (line: string) =>
    `Peer Support Specialist\nFull-time, $20 an hour.\n\nDuties\n- ${line}\n- Lead peer groups and share your own story.\n\nQualifications\n- Lived experience of mental health recovery is required.`;
  const rules = (line: string) => analyze(posting(line)).findings.map((f) => f.ruleId);
  it('"medication compliance" inside the duty of monitoring it is one card, the duty', () => {
    const ids = rules('Monitors participants for medication compliance and reports missed doses to the psychiatrist.');
    expect(ids).toContain('duty-compliance-monitoring');
    expect(ids).not.toContain('compliance-treatment');
  });
  it('the word outside any duty finding is still flagged', () => {
    expect(rules('Help people talk with their prescriber about medication compliance.')).toContain('compliance-treatment');
  });
});

describe('dirty said of a person', () => {
  it('flags "a resident who is dirty or using"', () => {
    expect(ids('Tell the house manager about any resident who is dirty or using.')).toContain('dirty-test');
  });
  it('stays silent on a dirty room', () => {
    expect(ids('Tell the house manager about any room that is dirty or cluttered.')).not.toContain('dirty-test');
  });
});
