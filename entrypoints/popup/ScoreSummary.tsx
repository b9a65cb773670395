// The score, its grade and the three sub-scores.
import { useLayoutEffect } from 'preact/hooks';
import type { Report } from '../../src/core/types';

/** When the first score is on screen: a performance mark the browser tests and the bench read. */
function markFirstScore(): void {
  if (performance.getEntriesByName('peerlens:score-shown').length === 0) performance.mark('peerlens:score-shown');
}

function Subscore({ label, value }: { label: string; value: number | null }) {
  return (
    <div class="subscore">
      <dt>{label}</dt>
      <dd>{value === null ? <span class="muted">not scored</span> : value}</dd>
    </div>
  );
}

/** `first`: drawn by the popup's first paint (FirstView.tsx), before the rest of the report (the tests read the report's own). */
export function ScoreSummary({ report, first = false }: { report: Report; first?: boolean }) {
  useLayoutEffect(markFirstScore, []);
  return (
    <section class="summary" aria-labelledby="score-heading">
      <h2 id="score-heading" class="visually-hidden">
        Score
      </h2>
      <div class={`score grade-${report.grade.toLowerCase()}`}>
        <span class="score-number" data-testid={first ? 'first-score' : 'score'} aria-describedby="score-out-of">
          {report.score}
        </span>
        <span id="score-out-of" class="score-of">
          / 100
        </span>
        <span class="grade" data-testid="grade">
          Grade {report.grade}
        </span>
      </div>
      <dl class="subscores">
        <Subscore label="Language" value={report.subscores.language} />
        <Subscore label="Peer role" value={report.subscores.role} />
        <Subscore label="Lived experience" value={report.subscores.livedExperience} />
      </dl>
    </section>
  );
}
