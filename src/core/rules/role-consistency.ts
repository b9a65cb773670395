// Family 2 on a peer posting: duties that do not fit a peer role (with the reason), whether the
// posting shows any peer competency, hiring barriers, and organizational signals.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { Finding } from '../types.js';
import { runPatternRules } from './pattern-rule-runner.js';
import { findingFromMatch, findingFromRule, ruleTextById } from './rule-findings.js';

/** Sections and sentences where the agency describes itself, not the job. */
const ABOUT_HEADING = /about (us|the agency|the organi[sz]ation|our (agency|organi[sz]ation|company))|who we are|our (mission|agency|organi[sz]ation|services|programs)|company overview|agency overview/i;
const SELF_DESCRIPTION = /^(?:(?:our|the)\s+(?:agency|organi[sz]ation|clinic|cent(?:er|re)|program(?:me)?|company|department)\b|we\s+(?:provide|offer|are|have|serve)\b)/i;

function describesTheJob(doc: AnalysisDocument): (sentence: number) => boolean {
  return (i) => {
    const s = doc.structure.sentences[i]!;
    const heading = doc.structure.headings[s.heading];
    if (heading && ABOUT_HEADING.test(heading.text)) return false;
    return !SELF_DESCRIPTION.test(doc.text.slice(s.start, s.start + 60));
  };
}

export function roleFindings(doc: AnalysisDocument, lex: CompiledLexicons): Finding[] {
  const { duties: data } = lex.lexicons;
  const findings: Finding[] = [];
  const opts = { skipLiteral: false, sentenceFilter: describesTheJob(doc) };

  for (const m of runPatternRules(doc, lex, lex.duties, opts)) {
    const entry = lex.duties.entries[m.entry]!;
    findings.push(findingFromMatch(doc, m, entry, 'role', { reason: entry.reason }));
  }
  for (const m of runPatternRules(doc, lex, lex.barriers, opts))
    findings.push(findingFromMatch(doc, m, lex.barriers.entries[m.entry]!, 'role'));

  if (!lex.competencies.matcher.test(doc.tokens))
    findings.push(findingFromRule(ruleTextById(data.rules, 'role-no-peer-competencies'), 'role', null));

  const signals = new Map<string, { first: number; end: number }>();
  for (const m of lex.signals.matcher.matchAll(doc.tokens)) {
    const kind = lex.signals.entries[m.payload]!.kind;
    if (!signals.has(kind)) signals.set(kind, m);
  }
  if (!signals.has('reporting-line'))
    findings.push(findingFromRule(ruleTextById(data.rules, 'role-no-reporting-line'), 'role', null));
  if (!signals.has('pay')) findings.push(findingFromRule(ruleTextById(data.rules, 'role-no-pay'), 'role', null));
  if (!signals.has('peer-team') && data.rules.some((r) => r.id === 'role-single-peer'))
    findings.push(findingFromRule(ruleTextById(data.rules, 'role-single-peer'), 'role', null));
  const clinical = signals.get('clinical-supervision');
  if (clinical && !signals.has('peer-supervision'))
    findings.push(
      findingFromRule(ruleTextById(data.rules, 'role-clinical-supervision-only'), 'role', doc.slice(clinical.first, clinical.end)),
    );
  return findings;
}
