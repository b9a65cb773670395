// "My postings" as a CSV file, one row per kept posting, in the words the list shows. Titles and
// employers come from web pages: csv.ts makes a cell that a spreadsheet would run as a formula plain text.
import { csvDocument, type CsvCell } from '../../report/csv.js';
import { CATEGORY_LABELS, VERDICT_LABELS } from '../../report/report-labels.js';
import type { KeptPosting } from './kept-postings.js';

export const POSTINGS_CSV_COLUMNS = [
  'title',
  'employer',
  'address',
  'checked',
  'verdict',
  'score',
  'grade',
  'category',
  'reasons',
] as const;

export function buildPostingsCsv(postings: readonly KeptPosting[]): string {
  const rows: CsvCell[][] = [[...POSTINGS_CSV_COLUMNS]];
  for (const p of postings) {
    rows.push([
      p.title,
      p.employer,
      p.address,
      p.checkedAt.slice(0, 10),
      VERDICT_LABELS[p.verdict],
      p.score,
      p.grade,
      p.category ? CATEGORY_LABELS[p.category] : '',
      p.reasons.join(' | '),
    ]);
  }
  return csvDocument(rows);
}
