// What "passes every check" means for a written posting, shared by the example and property tests.
import { analyze } from '../../src/core/index.js';
import type { Report, RoleCategory } from '../../src/core/types.js';

export interface Verdict {
  kind: Report['document']['kind'];
  category: RoleCategory | null;
  livedExperience: Report['livedExperience']['status'];
  specific: boolean;
  problems: string[];
  scoreAtLeast95: boolean;
}

export function verdictOf(text: string): Verdict {
  const r = analyze(text);
  return {
    kind: r.document.kind,
    category: r.role.category,
    livedExperience: r.livedExperience.status,
    specific: r.livedExperience.specific,
    problems: r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId}: "${f.text}"`),
    scoreAtLeast95: r.score >= 95,
  };
}

export function passing(category: RoleCategory): Verdict {
  return { kind: 'peer-posting', category, livedExperience: 'required', specific: true, problems: [], scoreAtLeast95: true };
}
