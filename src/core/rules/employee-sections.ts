// Where a posting speaks of the employee rather than the people the job serves: its benefits
// ("mental health support for you and your family"), its equal-opportunity statement ("protected
// veteran status"), how to apply (lexicons/roles.json employeeSections). Words for populations
// and conditions there say nothing about the role's category.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { headsABlock } from '../text/pasted-heading.js';
import { keptPerSentence, oncePerDocument } from './once-per-document.js';

/** Marks of a job offer whose heading opens the job's own part again ("Full job description"). */
const JOB_PARTS: ReadonlySet<string> = new Set(['job-description', 'duties', 'qualifications']);

/** Whether a sentence speaks of the employee. One filter per document. */
export const aboutTheEmployee = oncePerDocument((doc: AnalysisDocument, lex: CompiledLexicons) => {
  const { sentences, headings } = lex.roles.employeeSections;
  const { structure, tokens } = doc;
  const employeeHeading = structure.headings.map((h) => headings.test(tokens, ...doc.tokenRange(h.start, h.end)));
  // A job board's details block ("Benefits", its items, then "Full job description") pastes with
  // no blank lines: a short line that heads the job's own part ends the benefits there, though the
  // structure reads no heading in it.
  const { lines } = doc.lines;
  const { postingMarks } = lex.lexicons.documentKind;
  const jobPartStarts = employeeHeading.includes(true)
    ? lines
        .filter(
          (l, i) =>
            headsABlock(lines, i) &&
            lex.documentKind.postingMarks.matchAll(tokens, ...doc.tokenRange(l.start, l.end)).some((m) => {
              const mark = postingMarks[m.payload]!;
              return mark.where === 'heading' && JOB_PARTS.has(mark.kind);
            }),
        )
        .map((l) => l.start)
    : [];
  const about = (i: number): boolean => {
    const s = structure.sentences[i]!;
    if (sentences.test(tokens, s.first, s.endTok)) return true;
    if (employeeHeading[s.heading] !== true) return false;
    const headingEnd = structure.headings[s.heading]!.end;
    const start = tokens[s.first]!.start;
    return !jobPartStarts.some((p) => p >= headingEnd && p < start);
  };
  // the lived-experience, category and population readers ask about the same sentences again
  return keptPerSentence(doc, about);
});
