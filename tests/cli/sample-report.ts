// A hand-made Report for formatter tests: the offsets are computed from the text, so every
// finding's `text` is exactly its slice, as the contract says.
import type { Finding, Report } from '../../src/core/types.js';

export const SAMPLE_TEXT = [
  'Peer Support Specialist',
  'Work with the mentally ill in our clinic.',
  '- Conduct psychosocial assessments at intake.',
  'Lived experience is preferred.',
].join('\n');

function span(phrase: string): Pick<Finding, 'start' | 'end' | 'text'> {
  const start = SAMPLE_TEXT.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the sample text`);
  return { start, end: start + phrase.length, text: phrase };
}

export function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    source: 'postings/peer.txt',
    score: 64,
    grade: 'D',
    subscores: { language: 80, role: 70, livedExperience: 40 },
    notes: ['Lived experience is scored on the minimum qualifications.'],
    document: { kind: 'peer-posting', evidence: ['marks of a job offer: a qualifications section "Qualifications"'] },
    role: { isPeerRole: true, category: 'adult-mental-health', evidence: ['Peer Support Specialist'] },
    livedExperience: { status: 'preferred', specific: false, evidence: ['Lived experience is preferred'] },
    jobSeeker: {
      verdict: 'peer-role-with-concerns',
      reasons: [
        'This job includes clinical work a peer is not there to do: psychosocial assessments.',
        'Lived experience is only preferred, not required.',
      ],
      questions: [
        {
          text: 'What does the job pay, and what benefits come with it?',
          why: 'No pay or pay range is stated.',
          sources: [{ id: 'wise-toolkit', ref: 'L3373' }],
          findings: [],
        },
      ],
      qualifications: [
        {
          id: 'qualification-lived-experience',
          item: 'Lived experience (the kind is not named)',
          status: 'preferred',
          barrier: false,
          text: 'Lived experience is preferred.',
          kinds: [],
        },
      ],
    },
    findings: [
      {
        ruleId: 'language.the-mentally-ill',
        family: 'language',
        severity: 'error',
        ...span('the mentally ill'),
        message: 'Labels people by a diagnosis.',
        suggestions: ['people with mental health conditions'],
        points: 6,
        sources: [{ id: 'wise-toolkit', ref: 'L2397-2401' }],
        fix: 'replace',
      },
      {
        ruleId: 'lived-experience.preferred',
        family: 'lived-experience',
        severity: 'warning',
        start: 0,
        end: 0,
        text: '',
        message: 'Lived experience is only preferred; make it a minimum qualification.',
        suggestions: ['Lived experience of recovery from a mental health condition is required.'],
        points: 12.5,
        sources: [{ id: 'wise-training', ref: 'L736' }],
        fix: 'insert',
      },
      {
        ruleId: 'duty.clinical-assessment',
        family: 'role',
        severity: 'warning',
        ...span('Conduct psychosocial assessments'),
        message: 'A clinical duty, not a peer one.',
        suggestions: [],
        points: 8,
        sources: [{ id: 'peer-handbook', ref: 'L1290-1696' }],
        reason: 'clinical',
      },
      {
        ruleId: 'language.client',
        family: 'language',
        severity: 'info',
        ...span('clinic'),
        message: 'A contested word; some people prefer another.',
        suggestions: [],
        points: 0,
        sources: [],
      },
    ],
    text: SAMPLE_TEXT,
    ...overrides,
  };
}
