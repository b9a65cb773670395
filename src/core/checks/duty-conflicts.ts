// Duties that do not fit a peer role (clinical, power and agenda, busy work), with the reason,
// read only where the posting describes the job, not the agency: the duty patterns, then the
// duty reading (an action on an object in one clause) for what no pattern names.
import { describesTheJob } from '../rules/agency-sections.js';
import { namedAsKnowledge, readDuties, wishInItsWords } from '../rules/duty-reading.js';
import { type AcceptedMatch, dropOverlaps, joinNearby, runPatternRules } from '../rules/pattern-rule-runner.js';
import { findingFromMatch } from '../rules/rule-findings.js';
import type { DocumentCheck } from './check.js';

export const dutyConflicts: DocumentCheck = {
  id: 'duty-conflicts',
  family: 'role',
  rules: [],
  run: ({ doc, lex }) => {
    const inJob = describesTheJob(doc, lex);
    // A duty named as what an applicant knows ("familiarity with medication administration") is
    // none; nor one whose words name the person's request or choice ("... if they ask"), as the reading holds.
    const patterned = runPatternRules(doc, lex, lex.duties, { skipLiteral: false, sentenceFilter: inJob }).filter(
      (p) => !namedAsKnowledge(doc, lex, p.first, p.sentence) && !wishInItsWords(doc, lex, p.first, p.end, p.sentence),
    );
    // A pattern's finding stays where the reading reads the same words, unless the reading finds
    // the same duty over more of them ("Collect urine samples", not "urine samples").
    // Per token, not every reading against every pattern: a long page has thousands of each.
    // Kept pattern matches do not overlap, so a token is under at most one of them.
    const patternAt = new Int32Array(doc.tokens.length).fill(-1);
    patterned.forEach((p, i) => {
      patternAt.fill(i, p.first, p.end);
    });
    const longer = (a: AcceptedMatch, b: AcceptedMatch) => a.entry === b.entry && a.end - a.first > b.end - b.first;
    const read = readDuties(doc, lex, inJob).filter((m) => {
      for (let t = m.first; t < m.end; t++) if (patternAt[t]! >= 0 && !longer(m, patterned[patternAt[t]!]!)) return false;
      return true;
    });
    const readAt = new Uint8Array(doc.tokens.length);
    for (const m of read) readAt.fill(1, m.first, m.end);
    const kept = patterned.filter((p) => !readAt.subarray(p.first, p.end).includes(1));
    return oncePerSentence(joinNearby(dropOverlaps([...kept, ...read]))).map((m) => {
      const entry = lex.duties.entries[m.entry]!;
      return findingFromMatch(doc, m, entry, 'role', { reason: entry.reason });
    });
  },
};

/**
 * One finding per duty and sentence, at its first words: "Keep the lounge clean, including mopping
 * floors and taking out trash" names cleaning once, and the report shows each finding as a card of
 * its own, so a second card would repeat the same advice. Takes matches in text order.
 */
function oncePerSentence(matches: readonly AcceptedMatch[]): AcceptedMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    const key = `${m.sentence}:${m.entry}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
