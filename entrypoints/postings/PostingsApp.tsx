// "My postings": every posting the user checked, kept in this browser only. The list can be
// sorted by any column, two or more postings compared side by side, exported as CSV and cleared.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadFile } from '../../src/extension/download-file';
import {
  sortPostings,
  type KeptList,
  type KeptPosting,
  type SortDirection,
  type SortKey,
} from '../../src/extension/settings/kept-postings';
import { clearKeptPostings, loadKeptList, onKeptListChanged, removeKeptPosting } from '../../src/extension/settings/kept-postings-storage';
import { buildPostingsCsv } from '../../src/extension/settings/postings-csv';
import { CATEGORY_LABELS, VERDICT_LABELS } from '../../src/report/report-labels';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'employer', label: 'Employer' },
  { key: 'checkedAt', label: 'Checked' },
  { key: 'verdict', label: 'Verdict' },
  { key: 'score', label: 'Score' },
  { key: 'category', label: 'Kind of peer role' },
];

const dateOf = (iso: string) => new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
const categoryOf = (p: KeptPosting) => (p.category ? CATEGORY_LABELS[p.category] : '—');

/** A link only to a web address: a stored address is never run as script. */
function PostingTitle({ posting }: { posting: KeptPosting }) {
  return /^https?:\/\//i.test(posting.address) ? (
    <a href={posting.address} target="_blank" rel="noopener noreferrer">
      {posting.title}
    </a>
  ) : (
    <span>{posting.title}</span>
  );
}

function Comparison({ postings }: { postings: KeptPosting[] }) {
  const rows: { label: string; cell: (p: KeptPosting) => preact.ComponentChildren }[] = [
    { label: 'Employer', cell: (p) => p.employer || '—' },
    { label: 'Verdict', cell: (p) => <span class={`verdict-${p.verdict}`}>{VERDICT_LABELS[p.verdict]}</span> },
    { label: 'Score', cell: (p) => `${p.score} (${p.grade})` },
    { label: 'Kind of peer role', cell: categoryOf },
    { label: 'Checked', cell: (p) => dateOf(p.checkedAt) },
    {
      label: 'Why',
      cell: (p) =>
        p.reasons.length ? (
          <ul>
            {p.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <section aria-labelledby="compare-heading" data-testid="comparison">
      <h2 id="compare-heading">Side by side</h2>
      <div class="table-scroll">
        <table class="compare">
          <thead>
            <tr>
              <td />
              {postings.map((p) => (
                <th scope="col" key={p.address}>
                  <PostingTitle posting={p} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {postings.map((p) => (
                  <td key={p.address}>{row.cell(p)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function PostingsApp() {
  const [list, setList] = useState<KeptList | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'checkedAt', direction: 'descending' });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [comparing, setComparing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadKeptList().then(setList);
    return onKeptListChanged(setList);
  }, []);

  const postings = list ? sortPostings(list.postings, sort.key, sort.direction) : [];
  const compared = postings.filter((p) => chosen.has(p.address));
  const sortBy = (key: SortKey) =>
    setSort((s) => ({
      key,
      direction:
        s.key === key && s.direction === 'ascending'
          ? 'descending'
          : s.key === key
            ? 'ascending'
            : key === 'score' || key === 'checkedAt'
              ? 'descending'
              : 'ascending',
    }));
  const choose = (address: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(address);
    else next.delete(address);
    setChosen(next);
    if (next.size < 2) setComparing(false);
  };
  const clear = async () => {
    await clearKeptPostings();
    setConfirming(false);
    setChosen(new Set());
    setComparing(false);
    setStatus('The list was deleted.');
  };

  let body;
  if (!list) body = <p role="status">Loading…</p>;
  else if (!postings.length)
    body = (
      <p data-testid="no-postings">
        {list.keep
          ? 'No postings kept yet. Check a job posting with the PeerLens button and it appears here.'
          : 'Keeping postings is turned off, so nothing is kept. You can turn it on in the options.'}
      </p>
    );
  else
    body = (
      <>
        <div class="row">
          <button type="button" data-testid="compare" disabled={chosen.size < 2} onClick={() => setComparing(true)}>
            Compare the chosen postings ({chosen.size})
          </button>
          <button
            type="button"
            data-testid="export-csv"
            onClick={() => {
              downloadFile(buildPostingsCsv(postings), 'peerlens-my-postings.csv', 'text/csv;charset=utf-8');
              setStatus('The list was saved as a CSV file.');
            }}
          >
            Export as CSV
          </button>
          {confirming ? (
            <span class="confirm" role="group" aria-label="Delete the whole list?">
              <span>Delete all {postings.length} postings?</span>
              <button type="button" class="danger" data-testid="clear-confirm" onClick={() => void clear()}>
                Yes, delete them
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep them
              </button>
            </span>
          ) : (
            <button type="button" class="danger" data-testid="clear" onClick={() => setConfirming(true)}>
              Clear the list
            </button>
          )}
        </div>
        <div class="table-scroll">
          <table data-testid="postings">
            <caption class="visually-hidden">Postings you checked; choose two or more to compare them</caption>
            <thead>
              <tr>
                <th scope="col">Compare</th>
                {COLUMNS.map((c) => (
                  <th scope="col" key={c.key} aria-sort={sort.key === c.key ? sort.direction : undefined}>
                    <button type="button" class="sort" data-testid={`sort-${c.key}`} onClick={() => sortBy(c.key)}>
                      {c.label}
                      {sort.key === c.key && <span aria-hidden="true">{sort.direction === 'ascending' ? ' ▲' : ' ▼'}</span>}
                    </button>
                  </th>
                ))}
                <th scope="col">
                  <span class="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {postings.map((p) => (
                <tr key={p.address} data-testid="posting-row">
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Compare ${p.title}`}
                      checked={chosen.has(p.address)}
                      onChange={(e) => choose(p.address, (e.currentTarget as HTMLInputElement).checked)}
                    />
                  </td>
                  <td>
                    <PostingTitle posting={p} />
                  </td>
                  <td>{p.employer || '—'}</td>
                  <td>{dateOf(p.checkedAt)}</td>
                  <td class={`verdict-${p.verdict}`}>{VERDICT_LABELS[p.verdict]}</td>
                  <td data-testid="posting-score">{p.score}</td>
                  <td>{categoryOf(p)}</td>
                  <td>
                    <button type="button" aria-label={`Remove ${p.title}`} onClick={() => void removeKeptPosting(p.address)}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {comparing && compared.length >= 2 && <Comparison postings={compared} />}
      </>
    );

  return (
    <div class="page wide">
      <header>
        <h1>My postings</h1>
        <p class="muted">
          The job postings you checked with PeerLens, kept in this browser only and never sent anywhere.{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Options
          </button>
        </p>
      </header>
      <main>
        {body}
        <p class="ok" role="status">
          {status}
        </p>
      </main>
    </div>
  );
}
