// Where a posting speaks of the employee rather than the people the job serves: its benefits
// ("mental health support for you and your family"), its equal-opportunity statement ("protected
// veteran status"), how to apply (lexicons/roles.json employeeSections). Words for populations
// and conditions there say nothing about the role's category.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { oncePerDocument } from './once-per-document.js';

/** Whether a sentence speaks of the employee. One filter per document. */
export const aboutTheEmployee = oncePerDocument((doc: AnalysisDocument, lex: CompiledLexicons) => {
  const { sentences, headings } = lex.roles.employeeSections;
  const { structure, tokens } = doc;
  const employeeHeading = structure.headings.map((h) => headings.test(tokens, ...doc.tokenRange(h.start, h.end)));
  return (i: number): boolean => {
    const s = structure.sentences[i]!;
    return employeeHeading[s.heading] === true || sentences.test(tokens, s.first, s.endTok);
  };
});
