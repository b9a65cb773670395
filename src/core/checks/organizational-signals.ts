// What the posting says of the organization around the peer: a reporting line, pay, more than
// one peer on the team, and supervision by a peer rather than by clinicians only.
import { postingSignals } from '../rules/posting-signals.js';
import { findingFromRule, ruleTextById } from '../rules/rule-findings.js';
import type { Finding } from '../types.js';
import type { DocumentCheck } from './check.js';

export const organizationalSignals: DocumentCheck = {
  id: 'organizational-signals',
  family: 'role',
  rules: ['role-no-reporting-line', 'role-no-pay', 'role-single-peer', 'role-clinical-supervision-only'],
  run: ({ doc, lex }) => {
    const rules = lex.lexicons.duties.rules;
    const rule = (id: string) => ruleTextById(rules, id);
    const signals = postingSignals(doc, lex);
    const findings: Finding[] = [];
    if (!signals.has('reporting-line')) findings.push(findingFromRule(rule('role-no-reporting-line'), 'role', null));
    if (!signals.has('pay')) findings.push(findingFromRule(rule('role-no-pay'), 'role', null));
    if (!signals.has('peer-team') && rules.some((r) => r.id === 'role-single-peer'))
      findings.push(findingFromRule(rule('role-single-peer'), 'role', null));
    const clinical = signals.get('clinical-supervision');
    if (clinical && !signals.has('peer-supervision'))
      findings.push(findingFromRule(rule('role-clinical-supervision-only'), 'role', doc.slice(clinical.first, clinical.end)));
    return findings;
  },
};
