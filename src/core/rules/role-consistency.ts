// Family 2 on a peer posting: duties that do not fit a peer role (with the reason), whether the
// posting shows any peer competency, hiring barriers, and organizational signals.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { Finding } from '../types.js';
import { describesTheJob } from './agency-sections.js';
import { runPatternRules } from './pattern-rule-runner.js';
import { findingFromMatch, findingFromRule, ruleTextById } from './rule-findings.js';

export function roleFindings(doc: AnalysisDocument, lex: CompiledLexicons): Finding[] {
  const { duties: data } = lex.lexicons;
  const findings: Finding[] = [];
  const opts = { skipLiteral: false, sentenceFilter: describesTheJob(doc, lex) };

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
