// The evidence a report shows is read by people: it names the whole title, puts the sentence
// that decided a judgment first, and quotes a sentence with its closing bracket.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const posting = [
  'Peer Recovery Coach',
  'Full-time, $19 an hour.',
  '',
  'Duties',
  '- Share your recovery story when it helps someone.',
  '- Lead recovery groups.',
  '',
  'Requirements',
  '- Must have lived experience of recovery from substance use (any pathway)',
  '- Recovery coach certification (preferred)',
].join('\n');

describe('evidence in the report', () => {
  it('names the whole title the role was read from, not its first word', () => {
    expect(analyze(posting).role.evidence[0]).toBe('title "Peer Recovery Coach"');
  });
  it('shows the sentence that decided the lived-experience status first, with its closing bracket', () => {
    const le = analyze(posting).livedExperience;
    expect(le.status).toBe('required');
    expect(le.evidence[0]).toBe('Must have lived experience of recovery from substance use (any pathway)');
    expect(le.evidence[1]).toBe('Share your recovery story when it helps someone.');
  });
  it("quotes a job seeker's qualification line whole", () => {
    const cert = analyze(posting).jobSeeker.qualifications.find((q) => q.item === 'Peer certification');
    expect(cert?.text).toBe('Recovery coach certification (preferred)');
  });
  it('puts a requirements line before a duty line that decided the same status', () => {
    const text = [
      'Peer Support Specialist',
      'Full-time, $19 an hour.',
      '',
      'Duties',
      '- Share your own recovery story when it is helpful to the person you support.',
      '',
      'Qualifications',
      '- Lived experience of recovery from a mental health condition is preferred.',
    ].join('\n');
    const le = analyze(text).livedExperience;
    expect(le.status).toBe('preferred');
    expect(le.evidence[0]).toBe('Lived experience of recovery from a mental health condition is preferred.');
  });
});
