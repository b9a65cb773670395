// Hiring barriers for people in recovery (degrees, fixed "years clean", records), read where the
// posting describes the job.
import { describesTheJob } from '../rules/agency-sections.js';
import { labelValueTokens } from '../rules/label-value-lines.js';
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
        matchTokens: labelValueTokens(doc, lex),
      }),
    ).map((m) => findingFromMatch(doc, m, lex.barriers.entries[m.entry]!, 'role')),
};
