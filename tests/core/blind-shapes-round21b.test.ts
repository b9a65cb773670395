// Shapes met in an opened blind set (session 20's second batch of text out of PDF and Word files),
// rewritten in our own words. Read now: a civil-service announcement whose top line carries its
// exam number ("Exam No. ...") and whose "TITLE:" line names the peer job; a form's "Position:"
// field with another field after a wide gap; a survey's summary of findings is a document; a
// letter from one's VA or community provider. Traps: household tasks shared with guests; a degree
// that is one of several numbered ways in ("...; OR"). Checked against the session's start: the
// survey's page and a degree asked with no other way in were read so there too and are kept as
// guards.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { postingWithDuty, postingWithQualification, ruleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('document kind', () => {
  it('an announcement with its exam number on the top line and a TITLE: line is that posting', () => {
    const text = [
      'BRANT COUNTY                                  MERIT SYSTEM NOTICE',
      'Behavioral Health Division                    Exam No. 31-207  (Promotional)',
      '',
      'TITLE:      PEER RECOVERY SPECIALIST',
      'SALARY:     $41,900 - $52,300',
      '',
      'DEFINITION',
      'Under supervision, the Peer Recovery Specialist uses personal recovery from substance use to support',
      'adults in outpatient care.',
      '',
      'MINIMUM QUALIFICATIONS',
      'Personal recovery from a substance use disorder is required.',
    ].join('\n');
    const r = analyze(text);
    expect(r.document.kind).toBe('peer-posting');
    expect(r.role.isPeerRole).toBe(true);
  });

  it('a "Position:" field with another field after a wide gap names that job', () => {
    const text = [
      'HARBOR RECOVERY NETWORK',
      'Position: Payroll Specialist                  Department: Finance',
      'Status: Full-time                              Salary: $55,000',
      '',
      'SUMMARY',
      "The Payroll Specialist runs payroll for the network's programs, including three peer-run drop-in centers.",
      '',
      'QUALIFICATIONS',
      '- Two years of payroll experience',
    ].join('\n');
    const r = analyze(text);
    expect(r.role.isPeerRole).toBe(false);
    expect(r.document.kind).toBe('non-peer-posting');
  });

  it("a survey's summary of findings is about peer work, not a posting", () => {
    const text = [
      'STATE PEER WORKFORCE OFFICE',
      'Peer Staff Compensation Survey - Summary of Findings',
      '',
      'Median pay for entry-level peer staff was $18.40 an hour.',
      '',
      'JOB DESCRIPTION REVIEW',
      'Of the job descriptions reviewed, most required lived experience; some asked for "two years clean"',
      'or had peers collect drug screens.',
    ].join('\n');
    expect(analyze(text).document.kind).toBe('about-peer-work');
  });
});

describe('duties and hiring barriers', () => {
  it('household tasks shared with guests are no cleaning or cooking duty (trap)', () => {
    const ids = ruleIds(
      postingWithDuty('Share the day-to-day household tasks with guests, such as cooking dinner and keeping the kitchen clean.'),
    );
    expect(ids).not.toContain('duty-cleaning');
    expect(ids).not.toContain('duty-food-service');
  });

  it('a degree that is one of several numbered ways in is no requirement (trap)', () => {
    const text = postingWithDuty('Talk with people.').replace(
      '- Personal experience',
      "1. Bachelor's degree in a human services field; OR\n2. Associate's degree and one year of related work; OR\n3. High school diploma and three years of related work.\n- Personal experience",
    );
    expect(ruleIds(text)).not.toContain('barrier-degree-required');
  });
  it('a degree asked with no other way in is still a barrier', () =>
    expect(ruleIds(postingWithQualification("Bachelor's degree in a human services field."))).toContain('barrier-degree-required'));

  it('a letter from your VA or an outside provider asks for a clinician letter', () =>
    expect(ruleIds(postingWithQualification('Include a letter from your VA or outside provider about the condition.'))).toContain(
      'inquiry-clinician-letter',
    ));
});
