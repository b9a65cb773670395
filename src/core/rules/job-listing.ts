// A page that lists several jobs (a careers page, a list of openings) is not one posting: the
// duties and requirements under one job's entry would be read as another's. A job's entry is a
// short line of its own that starts with a role's name, before a line of description and after a
// blank line, a heading ("Current Openings") or the end of the entry before it; a list has entries
// for a peer role and for a role that is not one.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { runPatternRules } from './pattern-rule-runner.js';

const ENTRY_MAX_WORDS = 12;
const DESCRIPTION_MIN_WORDS = 6;
const BULLET = /^[-*•–·]|^\d+[.)]/;
/** A role's name may follow a word or two of rank or licence ("Licensed Clinical Social Worker"). */
const NAME_REACH = 3;

/** The lines that name the jobs a page lists, or [] when it reads as one posting. */
export function listedJobs(doc: AnalysisDocument, lex: CompiledLexicons): string[] {
  const lines = doc.text.split('\n');
  const entryStarts = new Map<number, { text: string; end: number }>();
  const headingStarts = new Set(doc.structure.headings.map((h) => h.start));
  let offset = 0;
  let previousStart = 0;
  lines.forEach((line, i) => {
    const start = offset;
    const before = previousStart;
    previousStart = start;
    offset += line.length + 1;
    const text = line.trim();
    const words = text.split(/\s+/).length;
    if (!text || words > ENTRY_MAX_WORDS || BULLET.test(text) || /[.:?]$/.test(text)) return;
    const prev = i > 0 ? lines[i - 1]!.trim() : '';
    if (prev !== '' && !/[.!?]$/.test(prev) && !headingStarts.has(before)) return;
    const next = lines[i + 1]?.trim() ?? '';
    if (next.split(/\s+/).length < DESCRIPTION_MIN_WORDS) return;
    const [first, end] = doc.tokenRange(start, start + line.length);
    entryStarts.set(first, { text, end });
  });
  if (entryStarts.size < 2) return [];
  const entryAt = new Map<number, number>();
  for (const [s, { end }] of entryStarts) for (let k = Math.min(NAME_REACH, end - s - 1); k >= 0; k--) entryAt.set(s + k, s);
  const linesNaming = (firsts: number[]) => new Set(firsts.map((f) => entryAt.get(f)).filter((s) => s !== undefined));
  const peerLines = linesNaming(
    runPatternRules(doc, lex, lex.roles.peerTitles, { skipLiteral: false, keepOverlaps: true }).map((m) => m.first),
  );
  const otherLines = linesNaming(lex.roles.nonPeerTitles.matcher.matchAll(doc.tokens).map((m) => m.first));
  for (const s of peerLines) otherLines.delete(s);
  if (!peerLines.size || !otherLines.size) return [];
  return [...peerLines, ...otherLines].sort((a, b) => a - b).map((s) => entryStarts.get(s)!.text);
}
