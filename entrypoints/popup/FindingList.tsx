// The findings, grouped by family (language, peer role, lived experience) with counts, and
// ranked within each by the points fixing each would win back. Notes (info findings, which cost
// no points) can be folded away.
import { useMemo, useState } from 'preact/hooks';
import type { Finding, Report, SourceRef } from '../../src/core/types';
import { findingId, hasSpan } from '../../src/extension/marks/marks';
import { copyText } from './clipboard';
import { FAMILY_LABELS } from '../../src/report/report-labels';
import { SEVERITY_LABELS, sourceLabel, sourceUrl } from './labels';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Findings shown at first, and added by each "show more": a page with thousands of findings
 *  would otherwise take seconds to render, and nobody reads past the first few hundred. */
export const FINDINGS_PAGE = 200;

export interface FindingActions {
  focus(id: string): Promise<boolean>;
  /** Present when the text came from an editable field. */
  apply?: (id: string, replacement: string) => Promise<string>;
  /** Dismisses the finding for this document (it then costs no points). */
  dismiss(finding: Finding): Promise<string>;
}

export function rankFindings(report: Report): Array<{ id: string; finding: Finding }> {
  return report.findings
    .map((finding, index) => ({ id: findingId(index), finding }))
    .sort(
      (a, b) =>
        b.finding.points - a.finding.points ||
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        a.finding.start - b.finding.start,
    );
}

function FindingItem({ id, finding, onPage, actions }: { id: string; finding: Finding; onPage: boolean; actions: FindingActions }) {
  const [status, setStatus] = useState('');
  const canApply = !!actions.apply && finding.fix !== 'insert' && hasSpan(finding);
  const points = finding.points > 0 ? `+${formatPoints(finding.points)} points if fixed` : 'no points at stake';
  return (
    <li class={`finding severity-${finding.severity}`} data-testid="finding" data-rule-id={finding.ruleId} data-finding-id={id}>
      <div class="finding-head">
        <span class={`badge badge-${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>
        <span class="family">{FAMILY_LABELS[finding.family]}</span>
        <span class="points">{points}</span>
      </div>
      {hasSpan(finding) &&
        (onPage ? (
          <button
            type="button"
            class="finding-text"
            data-testid="finding-text"
            onClick={async () => setStatus((await actions.focus(id)) ? '' : 'This text is no longer on the page.')}
          >
            “{finding.text}” <span class="visually-hidden">(show on the page)</span>
          </button>
        ) : (
          <p class="finding-text static">“{finding.text}”</p>
        ))}
      <p class="message">{finding.message}</p>
      {finding.suggestions.length > 0 && (
        <ul class="suggestions" aria-label="Suggestions">
          {finding.suggestions.map((suggestion) => (
            <li key={suggestion}>
              <span class="suggestion">{suggestion}</span>
              <span class="suggestion-actions">
                <button
                  type="button"
                  aria-label={`Copy suggestion: ${suggestion}`}
                  onClick={async () => setStatus((await copyText(suggestion)) ? 'Copied.' : 'Could not copy.')}
                >
                  Copy
                </button>
                {canApply && (
                  <button
                    type="button"
                    aria-label={`Apply suggestion: ${suggestion}`}
                    data-testid="apply"
                    onClick={async () => setStatus(await actions.apply!(id, suggestion))}
                  >
                    Apply
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Sources finding={finding} />
      <button
        type="button"
        class="dismiss"
        data-testid="dismiss"
        aria-label={`Dismiss for this page: ${finding.text ? `“${finding.text}”` : SEVERITY_LABELS[finding.severity].toLowerCase()}`}
        onClick={async () => setStatus(await actions.dismiss(finding))}
      >
        Dismiss
      </button>
      <p class="status" role="status">
        {status}
      </p>
    </li>
  );
}

/** A reference, linked to the document when it has an address (opens in a new tab). */
function SourceReference({ source }: { source: SourceRef }) {
  const url = sourceUrl(source);
  if (!url) return <>{sourceLabel(source)}</>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {sourceLabel(source)}
    </a>
  );
}

/** The first source in full; the others on request, so the list stays readable. */
function Sources({ finding }: { finding: Finding }) {
  const [first, ...rest] = finding.sources;
  if (!first) return null;
  if (!rest.length)
    return (
      <p class="source">
        Source: <SourceReference source={first} />
      </p>
    );
  // The link stays out of the <summary>: a link inside a disclosure button is a control inside a control.
  return (
    <div class="source">
      <p>
        Source: <SourceReference source={first} />
      </p>
      <details>
        <summary class="more">
          {rest.length} more {rest.length === 1 ? 'source' : 'sources'}
        </summary>
        <ul>
          {rest.map((source) => (
            <li key={`${source.id}:${source.ref}`}>
              <SourceReference source={source} />
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}

const FAMILIES = ['language', 'role', 'lived-experience'] as const;

export function FindingList({ report, onPage, actions }: { report: Report; onPage: Set<string>; actions: FindingActions }) {
  const ranked = useMemo(() => rankFindings(report), [report]);
  const [shown, setShown] = useState(FINDINGS_PAGE);
  const [notesFolded, setNotesFolded] = useState(false);
  const notes = ranked.filter(({ finding }) => finding.severity === 'info').length;
  const visible = (notesFolded ? ranked.filter(({ finding }) => finding.severity !== 'info') : ranked).slice(0, shown);
  const remaining = (notesFolded ? ranked.length - notes : ranked.length) - shown;
  const more = Math.min(FINDINGS_PAGE, remaining);
  return (
    <section class="findings" aria-labelledby="findings-heading">
      <div class="findings-head">
        <h2 id="findings-heading">{ranked.length === 0 ? 'No findings' : `Findings (${ranked.length})`}</h2>
        {notes > 0 && (
          <button
            type="button"
            class="link"
            aria-pressed={notesFolded}
            data-testid="fold-notes"
            onClick={() => setNotesFolded(!notesFolded)}
          >
            {notesFolded ? `Show ${notes} ${notes === 1 ? 'note' : 'notes'}` : `Hide ${notes} ${notes === 1 ? 'note' : 'notes'}`}
          </button>
        )}
      </div>
      {ranked.length === 0 ? (
        <p class="empty-findings">Nothing to flag: no stigmatizing terms, duties or requirements that need attention were found.</p>
      ) : (
        FAMILIES.map((family) => {
          const all = ranked.filter(({ finding }) => finding.family === family);
          const items = visible.filter(({ finding }) => finding.family === family);
          if (!all.length) return null;
          const headingId = `family-${family}`;
          return (
            <section key={family} class="family-group" data-testid="family-group" data-family={family} aria-labelledby={headingId}>
              <h3 id={headingId}>
                {FAMILY_LABELS[family]} <span class="count">({all.length})</span>
              </h3>
              {items.length > 0 && (
                <ol class="finding-list">
                  {items.map(({ id, finding }) => (
                    <FindingItem key={id} id={id} finding={finding} onPage={onPage.has(id)} actions={actions} />
                  ))}
                </ol>
              )}
            </section>
          );
        })
      )}
      {more > 0 && (
        <button type="button" class="show-more" data-testid="show-more" onClick={() => setShown(shown + FINDINGS_PAGE)}>
          Show {more} more of {remaining} remaining
        </button>
      )}
    </section>
  );
}
