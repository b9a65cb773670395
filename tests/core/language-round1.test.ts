// Language round 1 (session 10): a duty verb "complete" before "suicide" that modifies a
// coordinated noun, "patient" in a list of describing words, a chart's "w/", a label as the
// subject of "still suffering", and wordings that read before a noun. Each case has traps.
// Written for these tests in our own words; none is taken from a real document.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';

const ids = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.family === 'language')
    .map((f) => f.ruleId);
const finding = (text: string, id: string) => analyze(text).findings.find((f) => f.ruleId === id);

describe('"complete suicide" as a duty before a coordinated noun', () => {
  it.each([
    'Complete suicide and homicide risk screenings with the on-call clinician.',
    'Peers complete suicide or overdose safety plans with each guest.',
    'You will be completing suicide and self-harm risk assessments at intake.',
    'Completes suicide & violence screenings during mobile visits.',
  ])('stays silent: %s', (text) => {
    expect(ids(text)).not.toContain('completed-suicide');
  });
  it.each([
    'Our county lost 31 residents to completed suicide last year.',
    'Research on rates of complete suicide among veterans guides our outreach.',
    'Counties count complete suicide and attempts apart.',
    'The team reaches out to households after a completed suicide and offers a survivor group.',
    'People who complete suicide often saw a doctor in the month before.',
  ])('still flags the death: %s', (text) => {
    expect(ids(text)).toContain('completed-suicide');
  });
});

describe('"patient" in a list of describing words', () => {
  it.each([
    'Patient, warm, dependable',
    'Kind, patient, steady under pressure',
    'Qualities: Patient; curious; honest about your own recovery.',
    'You are calm, patient, and good at staying with people through hard days.',
    'Cheerful, organized and patient',
    'Warm, patient, and organized, you keep the drop-in center running.',
  ])('stays silent: %s', (text) => {
    expect(ids(text)).not.toContain('patient');
  });
  it.each([
    'The recovery coach meets each patient before discharge.',
    'Patient will be seen by the peer before the team meeting.',
    'Patient, family and caregiver education is offered weekly.',
    'Each patient, new or returning, meets a peer on the first day.',
    'Nurse, patient, family: everyone speaks at the care conference.',
    'Patients on the detox unit may ask about your own story.',
  ])('still flags the noun: %s', (text) => {
    expect(ids(text)).toContain('patient');
  });
  it.each(['Qualities:\n* Patient\n* Warm\n* Dependable', 'We want someone who is:\n- Curious\n- Patient\n- Honest about their own path'])(
    'stays silent alone on a line among describing words: %j',
    (text) => {
      expect(ids(text)).not.toContain('patient');
    },
  );
  it.each([
    'Who you will meet:\n- Nurse\n- Patient\n- Family',
    'Patient\nName: ________',
    'Qualities:\n* Patient, warm\n* We meet each patient at the door',
  ])('still flags the noun alone on a line, or among nouns: %j', (text) => {
    expect(ids(text)).toContain('patient');
  });
});

describe('a chart shorthand of one letter and a slash', () => {
  it('reads "w/" as "with": the label is said of the person', () => {
    expect(ids('pt noncompliant w/ meds')).toContain('non-compliant');
    expect(ids('Client noncompliant w/o a reason, peer to follow up.')).toContain('non-compliant');
  });
  it('a thing before the shorthand is still a thing', () => {
    expect(ids('The invoice was noncompliant w/ state rules.')).not.toContain('non-compliant');
  });
});

describe('a label as the subject of "still suffering"', () => {
  it.each(['Alcoholics and addicts still suffering need a hand.', 'Drunks and junkies still suffering deserve our respect.'])(
    'flags it: %s',
    (text) => {
      expect(ids(text)).toContain('still-suffering');
    },
  );
  it('a thing still suffering is not a person', () => {
    expect(ids('Recovery funding still suffering from cuts worries the board.')).not.toContain('still-suffering');
    expect(ids('Our budget, still suffering after the drug grant ended, covers two peers.')).not.toContain('still-suffering');
  });
});

describe('a wording that reads before a noun', () => {
  it('"a clean and sober dance" is offered a word that describes an event', () => {
    expect(finding('We had a clean and sober dance last night.', 'clean-and-sober')?.suggestions[0]).toBe('a substance-free');
    expect(finding('Clean and sober picnic on Saturday', 'clean-and-sober')?.suggestions[0]).toBe('Substance-free');
  });
  it('said of a person, it keeps the wordings for a person', () => {
    expect(finding('Applicants must be clean and sober for two years.', 'clean-and-sober')?.suggestions[0]).toBe('in recovery');
    expect(finding('You must be clean and sober.', 'clean-and-sober')?.suggestions[0]).toBe('in recovery');
    expect(finding('Stay clean and sober today.', 'clean-and-sober')?.suggestions[0]).toBe('in recovery');
  });
});
