// Core responsibilities: 4 to 6 chosen from the peer competencies (grouped as the compiled list
// groups them), each editable, or written from scratch; the duties that conflict with a peer
// role are shown apart, only as things to leave out.
import { useId } from 'preact/hooks';
import type { DraftAnswers } from '../../src/core/job-description/answers';
import { RESPONSIBILITY_RANGE } from '../../src/core/job-description/answers';
import { builderData, dutiesToLeaveOut } from '../../src/core/job-description/builder-data';
import { SourceList } from './StepSection';

type Responsibility = DraftAnswers['responsibilities'][number];

const REASON_WORDS = {
  clinical: 'a clinical duty',
  'power-agenda': 'puts the peer in power over people, or on someone else’s agenda',
  'busy-work': 'busy work',
} as const;

export function ResponsibilitiesStep({ value, onChange }: { value: Responsibility[]; onChange: (next: Responsibility[]) => void }) {
  const id = useId();
  const chosen = new Set(value.map((r) => r.competency).filter(Boolean));
  const full = value.length >= RESPONSIBILITY_RANGE.max;
  const toggle = (competency: { id: string; label: string }, on: boolean) =>
    onChange(on ? [...value, { competency: competency.id, text: competency.label }] : value.filter((r) => r.competency !== competency.id));
  return (
    <>
      <p class="count" role="status" data-testid="responsibility-count">
        {value.length} of {RESPONSIBILITY_RANGE.min} to {RESPONSIBILITY_RANGE.max} chosen
        {value.length < RESPONSIBILITY_RANGE.min ? `: choose ${RESPONSIBILITY_RANGE.min - value.length} more` : ''}
        {full ? ': that is the most a posting should list' : ''}
      </p>
      <div class="competency-groups">
        {builderData.competencyGroups.map((group) => (
          <fieldset key={group.id} class="competency-group">
            <legend>{group.label}</legend>
            {group.competencies.map((c) => {
              const on = chosen.has(c.id);
              return (
                <label key={c.id} class="check">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={!on && full}
                    data-testid={`competency-${c.id}`}
                    onChange={(e) => toggle(c, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  <span>{c.label}</span>
                </label>
              );
            })}
            <p class="group-source muted">
              Source: <SourceList sources={group.sources} />
            </p>
          </fieldset>
        ))}
      </div>

      <h3 id={`${id}-chosen`}>Your core responsibilities</h3>
      {value.length === 0 ? <p class="muted">None yet: tick competencies above, or write your own.</p> : null}
      <ol class="chosen" aria-labelledby={`${id}-chosen`}>
        {value.map((r, i) => (
          <li key={`${r.competency ?? 'own'}-${i}`}>
            <label for={`${id}-r${i}`} class="visually-hidden">
              Core responsibility {i + 1}
            </label>
            <textarea
              id={`${id}-r${i}`}
              rows={2}
              value={r.text}
              data-testid={`responsibility-${i}`}
              onInput={(e) => onChange(value.map((x, j) => (j === i ? { ...x, text: (e.currentTarget as HTMLTextAreaElement).value } : x)))}
            />
            <button
              type="button"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
              aria-label={`Remove core responsibility ${i + 1}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" disabled={full} onClick={() => onChange([...value, { text: '' }])}>
        Write your own responsibility
      </button>

      <details class="leave-out" data-testid="leave-out">
        <summary data-testid="leave-out-summary">Duties to leave out, and why</summary>
        <p class="muted">These conflict with the peer role. PeerLens flags them if they appear in the draft.</p>
        <ul>
          {dutiesToLeaveOut().map((d) => (
            <li key={d.duty}>
              <strong>{d.label}</strong> ({REASON_WORDS[d.reason]}): {d.why} <span class="muted">Source: </span>
              <SourceList sources={d.sources.slice(0, 2)} />
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
