// For a person looking for peer work: the verdict in plain words and the reasons that decided it
// (shown at the top), and below, the questions to ask the employer and what the posting asks of you.
import type { JobSeekerVerdict, Report } from '../../src/core/types';
import { VERDICT_LABELS, qualificationLabel } from '../../src/report/report-labels';
import { sourceLabel } from './labels';

const VERDICT_TONE: Record<JobSeekerVerdict, 'good' | 'concern' | 'bad' | 'neutral'> = {
  'peer-role': 'good',
  'peer-role-with-concerns': 'concern',
  'peer-title-only': 'bad',
  'not-a-peer-role': 'neutral',
  'not-a-posting': 'neutral',
};

export function JobSeekerVerdictView({ report }: { report: Report }) {
  const { verdict, reasons } = report.jobSeeker;
  return (
    <section class={`verdict verdict-${VERDICT_TONE[verdict]}`} aria-labelledby="verdict-heading" data-testid="verdict">
      <h2 id="verdict-heading" class="verdict-head">
        <span class="muted">For job seekers: </span>
        <span data-verdict={verdict}>{VERDICT_LABELS[verdict]}</span>
      </h2>
      {reasons.length > 0 && (
        <ul class="verdict-reasons">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function JobSeekerQuestions({ report }: { report: Report }) {
  const { questions, qualifications } = report.jobSeeker;
  if (!questions.length && !qualifications.length) return null;
  return (
    <details class="seeker" data-testid="seeker-questions" open>
      <summary>Before you apply</summary>
      {questions.length > 0 && (
        <>
          <h3>Questions to ask the employer</h3>
          <ul class="seeker-questions">
            {questions.map((q) => (
              <li key={q.text}>
                <span>{q.text}</span>
                <span class="hint"> {q.why}</span>
                <span class="hint"> Source: {q.sources.map(sourceLabel).join('; ')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {qualifications.length > 0 && (
        <>
          <h3>What the posting asks of you</h3>
          <ul class="seeker-qualifications">
            {qualifications.map((q) => (
              <li key={q.item} class={q.barrier ? 'barrier' : undefined} title={q.text}>
                {qualificationLabel(q)}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
