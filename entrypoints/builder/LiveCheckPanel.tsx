// Beside the form: the draft's score and findings as PeerLens reads the posting so far, what
// kind of peer role it reads it as, and what is still to fill in.
import type { AnswersCheck } from '../../src/core/job-description/answers';
import type { Report, RoleCategory } from '../../src/core/types';
import { CATEGORY_LABELS, FAMILY_LABELS } from '../../src/report/report-labels';
import { SEVERITY_LABELS } from '../popup/labels';
import { fieldLabel } from './field-labels';
import type { LiveCheck } from './use-live-check';

const RANK = { error: 0, warning: 1, info: 2 } as const;
const LIVED_EXPERIENCE_WORDS = {
  required: 'required',
  preferred: 'only preferred',
  mentioned: 'mentioned, not required',
  absent: 'not asked for',
} as const;

function Reading({ report, category }: { report: Report; category: RoleCategory }) {
  const read = report.role.category;
  return (
    <dl class="reading">
      <div>
        <dt>Read as</dt>
        <dd data-testid="read-category">{read ? CATEGORY_LABELS[read].replace(/^./, (c) => c.toUpperCase()) : 'Not a peer role'}</dd>
      </div>
      <div>
        <dt>Lived experience</dt>
        <dd data-testid="read-lived-experience">
          {LIVED_EXPERIENCE_WORDS[report.livedExperience.status]}
          {report.livedExperience.status !== 'absent' && !report.livedExperience.specific ? ', type not specific' : ''}
        </dd>
      </div>
      {read && read !== category ? (
        <p class="mismatch" data-testid="category-mismatch">
          You chose {CATEGORY_LABELS[category].toLowerCase()}; the text reads as {CATEGORY_LABELS[read].toLowerCase()}. Name the people
          served in the summary.
        </p>
      ) : null}
    </dl>
  );
}

export function LiveCheckPanel({ check, answers, category }: { check: LiveCheck; answers: AnswersCheck; category: RoleCategory }) {
  const report = check.phase === 'done' ? check.report : check.phase === 'checking' ? check.report : null;
  const findings = report ? [...report.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.points - a.points) : [];
  return (
    <aside class="live" aria-labelledby="live-heading" data-testid="live-check">
      <h2 id="live-heading">Live check</h2>
      <p class="muted">Checked on this device as you write, like any posting.</p>
      <div aria-live="polite" aria-atomic="true" class="live-score">
        {report ? (
          <p class={`score grade-${report.grade.toLowerCase()}`}>
            <span class="score-number" data-testid="live-score">
              {report.score}
            </span>
            <span class="score-of"> / 100</span> <span class="grade">Grade {report.grade}</span>
          </p>
        ) : (
          <p data-testid="live-score-waiting">
            {check.phase === 'error' ? `The check failed: ${check.message}` : 'Start writing to see the score.'}
          </p>
        )}
        <p class="checking" data-testid="live-state">
          {check.phase === 'checking' ? 'Checking…' : check.phase === 'done' ? 'Up to date.' : ''}
        </p>
      </div>
      {report ? <Reading report={report} category={category} /> : null}
      {!answers.ok ? (
        <p class="todo" data-testid="next-to-fill">
          <strong>Next to fill in:</strong> {fieldLabel(answers.field)} {answers.problem}.
        </p>
      ) : (
        <p class="ok" data-testid="all-filled">
          Every step is filled in.
        </p>
      )}
      {report ? (
        findings.length === 0 ? (
          <p data-testid="no-findings">No findings.</p>
        ) : (
          <ul class="live-findings" aria-label="Findings">
            {findings.map((f, i) => (
              <li key={i} class={`finding severity-${f.severity}`} data-testid="live-finding" data-rule-id={f.ruleId}>
                <span class={`badge badge-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>{' '}
                <span class="family">{FAMILY_LABELS[f.family]}</span>
                {f.end > f.start ? <q>{f.text}</q> : null}
                <span class="message">{f.message}</span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </aside>
  );
}
