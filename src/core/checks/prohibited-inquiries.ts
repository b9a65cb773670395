// Questions about a condition that a posting may not ask before an offer: a diagnosis, its
// severity, hospitalizations, treatment, a clinician's letter.
import { runPatternRules } from '../rules/pattern-rule-runner.js';
import { findingFromMatch } from '../rules/rule-findings.js';
import { underHeadingMatching } from '../rules/under-heading.js';
import type { DocumentCheck } from './check.js';

export const prohibitedInquiries: DocumentCheck = {
  id: 'prohibited-inquiries',
  family: 'lived-experience',
  rules: [],
  run: ({ doc, lex }) => {
    // Under a heading that says what is not asked ("What we don't need to know"), nothing is asked.
    const notAsked = underHeadingMatching(doc, lex.livedExperience.notAskedHeadings);
    return runPatternRules(doc, lex, lex.livedExperience.inquiries, { skipLiteral: false })
      .filter((m) => !notAsked(m.sentence))
      .map((m) => findingFromMatch(doc, m, lex.livedExperience.inquiries.entries[m.entry]!, 'lived-experience'));
  },
};
