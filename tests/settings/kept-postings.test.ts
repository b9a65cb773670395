// "My postings": which checks are kept, one entry per address, sorting, and the CSV export
// (quoted, and safe from cells a spreadsheet would run as formulas).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import { CATEGORY_LABELS, VERDICT_LABELS } from '../../src/report/report-labels.js';
import {
  keptListSchema,
  keptPostingFrom,
  MAX_KEPT,
  sortPostings,
  withPosting,
  type KeptPosting,
} from '../../src/extension/settings/kept-postings.js';
import { buildPostingsCsv, POSTINGS_CSV_COLUMNS } from '../../src/extension/settings/postings-csv.js';

const POSTING = [
  'Peer Support Specialist',
  'Use your own lived experience of recovery from a mental health condition to offer mutual support and share your story.',
  'Qualifications: Lived experience of recovery is required.',
  'Pay: $24 per hour. How to apply: send a letter.',
].join('\n');
const NOW = new Date('2026-12-01T10:00:00Z');
const page = { via: 'main-content', title: 'Peer Support Specialist', url: 'https://jobs.example.org/1', organization: 'Harbor Clinic' };

const entry = (over: Partial<KeptPosting>): KeptPosting => ({
  title: 'A',
  employer: '',
  address: 'https://a.example/',
  checkedAt: NOW.toISOString(),
  verdict: 'peer-role',
  score: 80,
  grade: 'B',
  category: null,
  reasons: [],
  ...over,
});

describe('keptPostingFrom', () => {
  it('keeps what the list shows of a posting read from a page', () => {
    const report = analyze(POSTING);
    const kept = keptPostingFrom(report, page, NOW)!;
    expect(kept).toMatchObject({
      title: 'Peer Support Specialist',
      employer: 'Harbor Clinic',
      address: page.url,
      checkedAt: '2026-12-01T10:00:00.000Z',
      verdict: report.jobSeeker.verdict,
      score: report.score,
    });
    expect(keptListSchema.parse({ postings: [kept] }).postings).toHaveLength(1);
  });

  it('keeps no editor draft, selection or text that is not a posting', () => {
    const report = analyze(POSTING);
    expect(keptPostingFrom(report, { ...page, via: 'editable' }, NOW)).toBeNull();
    expect(keptPostingFrom(report, { ...page, via: 'selection' }, NOW)).toBeNull();
    const explainer = analyze(
      'What Is a Peer Support Specialist?\nThis tip sheet explains what peer support specialists do and how peer support helps people in recovery. It answers common questions from families.',
    );
    expect(keptPostingFrom(explainer, page, NOW)).toBeNull();
  });
});

describe('the list', () => {
  it('puts a posting checked again first, in place of its older entry, and holds at most MAX_KEPT', () => {
    const list = [entry({ address: 'x', title: 'X' }), entry({ address: 'y', title: 'Y' })];
    expect(withPosting(list, entry({ address: 'y', title: 'Y again' })).map((p) => p.title)).toEqual(['Y again', 'X']);
    const full = Array.from({ length: MAX_KEPT }, (_, i) => entry({ address: `a${i}` }));
    const next = withPosting(full, entry({ address: 'new' }));
    expect(next).toHaveLength(MAX_KEPT);
    expect(next[0]!.address).toBe('new');
  });

  it('sorts by score, verdict, title or date, either way', () => {
    const list = [
      entry({ title: 'b', score: 40, verdict: 'peer-title-only', checkedAt: '2026-12-01T00:00:00.000Z' }),
      entry({ title: 'C', score: 90, verdict: 'peer-role', checkedAt: '2026-12-03T00:00:00.000Z' }),
      entry({ title: 'a', score: 70, verdict: 'peer-role-with-concerns', checkedAt: '2026-12-02T00:00:00.000Z' }),
    ];
    expect(sortPostings(list, 'score', 'descending').map((p) => p.score)).toEqual([90, 70, 40]);
    expect(sortPostings(list, 'score', 'ascending').map((p) => p.score)).toEqual([40, 70, 90]);
    expect(sortPostings(list, 'verdict', 'ascending').map((p) => p.verdict)).toEqual([
      'peer-role',
      'peer-role-with-concerns',
      'peer-title-only',
    ]);
    expect(sortPostings(list, 'title', 'ascending').map((p) => p.title)).toEqual(['a', 'b', 'C']);
    expect(sortPostings(list, 'checkedAt', 'descending').map((p) => p.title)).toEqual(['C', 'a', 'b']);
  });
});

describe('buildPostingsCsv', () => {
  it('writes a header and a row per posting in plain words, with formula-like cells made text', () => {
    const csv = buildPostingsCsv([
      entry({
        title: '=HYPERLINK("http://evil.example","Apply")',
        employer: 'Acme, Inc.',
        verdict: 'peer-role-with-concerns',
        category: 'youth',
        reasons: ['one', 'two'],
      }),
    ]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(POSTINGS_CSV_COLUMNS.join(','));
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""Apply"")"`);
    expect(lines[1]).toContain('"Acme, Inc."');
    expect(lines[1]).toContain(`"${VERDICT_LABELS['peer-role-with-concerns']}"`);
    expect(lines[1]).toContain(`,${CATEGORY_LABELS.youth},`);
    expect(lines[1]).toContain('one | two');
    expect(lines[1]).toContain(',2026-12-01,');
    expect(lines[2]).toBe('');
  });
});
