// For a person looking for peer work: the verdict in plain words and the reasons that decided it,
// at the top of the report (apart from the questions below it, so the popup's first paint loads
// only this).
import type { JobSeekerVerdict, Report } from '../../src/core/types';
import { VERDICT_LABELS } from '../../src/report/report-labels';

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
