// Hiring barriers for people in recovery (degrees, fixed "years clean", records), read where the
// posting describes the job.
import { describesTheJob } from '../rules/agency-sections.js';
import { colonsOfLabelValueLines } from '../rules/label-value-lines.js';
import { joinNearby, runPatternRules } from '../rules/pattern-rule-runner.js';
import { findingFromMatch } from '../rules/rule-findings.js';
import type { DocumentCheck } from './check.js';

export const hiringBarriers: DocumentCheck = {
  id: 'hiring-barriers',
  family: 'role',
  rules: [],
  // A labelled line ("Sobriety: 2 years") is read as one phrase, as the language patterns read it.
  run: ({ doc, lex }) =>
    joinNearby(
      runPatternRules(doc, lex, lex.barriers, {
        skipLiteral: false,
        sentenceFilter: describesTheJob(doc, lex),
        matchTokens: colonsOfLabelValueLines(doc.text, doc.tokens),
      }),
    ).map((m) => findingFromMatch(doc, m, lex.barriers.entries[m.entry]!, 'role')),
};
