// Duties that do not fit a peer role (clinical, power and agenda, busy work), with the reason,
// read only where the posting describes the job, not the agency.
import { describesTheJob } from '../rules/agency-sections.js';
import { runPatternRules } from '../rules/pattern-rule-runner.js';
import { findingFromMatch } from '../rules/rule-findings.js';
import type { DocumentCheck } from './check.js';

export const dutyConflicts: DocumentCheck = {
  id: 'duty-conflicts',
  family: 'role',
  rules: [],
  run: ({ doc, lex }) =>
    runPatternRules(doc, lex, lex.duties, { skipLiteral: false, sentenceFilter: describesTheJob(doc, lex) }).map((m) => {
      const entry = lex.duties.entries[m.entry]!;
      return findingFromMatch(doc, m, entry, 'role', { reason: entry.reason });
    }),
};
