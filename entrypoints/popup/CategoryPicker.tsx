// The detected role category, with a control to correct it; a change re-scores at once.
import type { Report, RoleCategory } from '../../src/core/types';
import { CATEGORY_LABELS } from './labels';
import type { CategoryChoice } from './use-check';

const NOT_PEER = 'not-peer';

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
            {CATEGORY_LABELS[category]}
          </option>
        ))}
        <option value={NOT_PEER}>Not a peer role (check language only)</option>
      </select>
      <p class="hint">
        {choice === undefined
          ? report.role.isPeerRole
            ? `Detected${report.role.evidence[0] ? ` from ${report.role.evidence[0]}` : ''}. Change it if it is wrong.`
            : 'This does not read as a peer-support role. Pick a category if it is one.'
          : 'Your choice; the score uses it.'}
      </p>
    </div>
  );
}
