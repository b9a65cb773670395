// Duties that do not fit a peer role (clinical, power and agenda, busy work), with the reason,
// read only where the posting describes the job, not the agency: the duty patterns, then the
// duty reading (an action on an object in one clause) for what no pattern names.
import { describesTheJob } from '../rules/agency-sections.js';
import { readDuties } from '../rules/duty-reading.js';
import { dropOverlaps, runPatternRules } from '../rules/pattern-rule-runner.js';
import { findingFromMatch } from '../rules/rule-findings.js';
import type { DocumentCheck } from './check.js';

export const dutyConflicts: DocumentCheck = {
  id: 'duty-conflicts',
  family: 'role',
  rules: [],
  run: ({ doc, lex }) => {
    const inJob = describesTheJob(doc, lex);
    const patterned = runPatternRules(doc, lex, lex.duties, { skipLiteral: false, sentenceFilter: inJob });
    const read = readDuties(doc, lex, inJob).filter((m) => !patterned.some((p) => p.first < m.end && p.end > m.first));
    return dropOverlaps([...patterned, ...read]).map((m) => {
      const entry = lex.duties.entries[m.entry]!;
      return findingFromMatch(doc, m, entry, 'role', { reason: entry.reason });
    });
  },
};
