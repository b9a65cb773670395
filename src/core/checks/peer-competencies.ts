// A peer posting with no peer competency at all (sharing lived experience, mutual support,
// person-led planning ...) reads as a non-peer job with a peer title.
import { peerCompetencyMatches } from '../rules/peer-competency-reading.js';
import { findingFromRule, ruleTextById } from '../rules/rule-findings.js';
import type { DocumentCheck } from './check.js';

export const peerCompetencies: DocumentCheck = {
  id: 'peer-competencies',
  family: 'role',
  rules: ['role-no-peer-competencies'],
  run: ({ doc, lex }) =>
    peerCompetencyMatches(doc, lex).length
      ? []
      : [findingFromRule(ruleTextById(lex.lexicons.duties.rules, 'role-no-peer-competencies'), 'role', null)],
};
