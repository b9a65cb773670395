// The list a rewrite prints beside the revised text: each finding it left as written, where it
// is and why a person has to handle it.
import type { Leftover } from '../core/rewrite-leftovers.js';
import { lineStarts, positionAt } from './text-position.js';

/** Long spans are shortened so each entry stays on one line. */
const MAX_QUOTE = 60;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

/** "" when nothing was left; else a heading line and one line per finding. */
export function formatLeftovers(text: string, leftovers: readonly Leftover[]): string {
  if (!leftovers.length) return '';
  const starts = lineStarts(text);
  const lines = leftovers.map(({ finding, why }) => {
    if (finding.end <= finding.start) return `  (whole text)  ${finding.message} — ${why}`;
    const { line, column } = positionAt(starts, finding.start);
    return `  ${line}:${column}  "${quote(finding.text)}" — ${why}`;
  });
  const count = leftovers.length === 1 ? '1 finding' : `${leftovers.length} findings`;
  return `Not fixed by the rewrite (${count}; these need a person):\n${lines.join('\n')}\n`;
}
