// The detected role category, with a control to correct it; a change re-scores at once.
import type { Report, RoleCategory } from '../../src/core/types';
import { CATEGORY_LABELS, DOCUMENT_KIND_LABELS } from '../../src/report/report-labels';
import type { CategoryChoice } from './use-check';

const NOT_PEER = 'not-peer';

/** A label from the reports' wording, as the first word of an option. */
function capitalized(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Why the page was not scored as a peer posting, and how to say it is one. */
function notPeerHint(report: Report): string {
  const why = report.document.evidence[0] ? ` (${report.document.evidence[0]})` : '';
  if (report.document.kind === 'about-peer-work')
    return `This reads as ${DOCUMENT_KIND_LABELS['about-peer-work']}${why}. If it is a job posting for a peer role, pick its category.`;
  if (report.document.kind === 'other')
    return `This does not read as a job posting${why}. If it is one for a peer role, pick its category.`;
  return 'This does not read as a peer-support role. Pick a category if it is one.';
}

export function CategoryPicker({
  report,
  choice,
  onChange,
}: {
  report: Report;
  choice: CategoryChoice;
  onChange: (choice: CategoryChoice) => void;
}) {
  const detected = report.role.isPeerRole ? report.role.category : null;
  const value = choice === undefined ? (detected ?? NOT_PEER) : (choice ?? NOT_PEER);
  return (
    <div class="category">
      <label id="category-label" for="category">
        Role category
      </label>
      <select
        id="category"
        data-testid="category"
        value={value}
        onChange={(event) => {
          const next = (event.currentTarget as HTMLSelectElement).value;
          onChange(next === NOT_PEER ? null : (next as RoleCategory));
        }}
      >
        {(Object.keys(CATEGORY_LABELS) as RoleCategory[]).map((category) => (
          <option value={category} key={category}>
            {capitalized(CATEGORY_LABELS[category])}
          </option>
        ))}
        <option value={NOT_PEER}>Not a peer role (check language only)</option>
      </select>
      <p class="hint" data-testid="category-hint">
        {choice === undefined
          ? report.role.isPeerRole
            ? `Detected${report.role.evidence[0] ? ` from ${report.role.evidence[0]}` : ''}. Change it if it is wrong.`
            : notPeerHint(report)
          : 'Your choice; the score uses it.'}
      </p>
    </div>
  );
}
