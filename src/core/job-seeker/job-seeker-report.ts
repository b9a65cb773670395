// The job seeker's view of one analysis: a verdict with its reasons, questions to ask the
// employer, and a checklist of what the posting asks of an applicant.
import type { JobSeekerReport } from '../types.js';
import { qualificationsFor } from './qualifications.js';
import { questionsFor } from './questions.js';
import type { SeekerInput } from './seeker-input.js';
import { decideVerdict } from './verdict.js';

export function jobSeekerReport(input: SeekerInput): JobSeekerReport {
  const { verdict, reasons } = decideVerdict(input);
  const isPosting = input.document.kind === 'peer-posting' || input.document.kind === 'non-peer-posting';
  const qualifications = isPosting ? qualificationsFor(input) : [];
  const isPeerJob = verdict === 'peer-role' || verdict === 'peer-role-with-concerns' || verdict === 'peer-title-only';
  return { verdict, reasons, questions: isPeerJob ? questionsFor(input, qualifications) : [], qualifications };
}
