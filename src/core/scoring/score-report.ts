// Scores: 0-100 overall and per family, each finding carrying the points fixing it wins back.
// Stable (a pure function of the findings), monotone (removing a finding never lowers a score)
// and not gameable by repetition: the k-th finding of the same rule weighs half the one before,
// and positive phrases only count as present or absent.
import type { Family, Finding, Severity, Subscores } from '../types.js';

const WEIGHTS: Record<Family, Record<Severity, number>> = {
  language: { error: 12, warning: 6, info: 0 },
  // Info findings about the job (no pay stated, driving required) cost a little; contested
  // words (info in the language family) cost nothing: the seeds do not prescribe them.
  role: { error: 20, warning: 12, info: 2 },
  // Requiring lived experience is the point of a peer posting (see the le-absent rule and its
  // sources in lexicons/lived-experience.json): its findings weigh most.
  'lived-experience': { error: 45, warning: 30, info: 2 },
};
const FAMILY_SHARE: Record<Family, number> = { language: 0.4, role: 0.3, 'lived-experience': 0.3 };
const REPEAT_DECAY = 0.5;

/** Per-rule weights from the lexicons (rule texts with a `weight`), over the severity default. */
export type RuleWeights = ReadonlyMap<string, number>;

function deduction(findings: readonly Finding[], family: Family, weights: RuleWeights): number {
  const seen = new Map<string, number>();
  let total = 0;
  // Indexed, not for-of: a 5 MB text's findings are summed before the loop is optimized, and
  // unoptimized for-of made an iterator result per finding.
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.family !== family) continue;
    const k = seen.get(f.ruleId) ?? 0;
    seen.set(f.ruleId, k + 1);
    total += (weights.get(f.ruleId) ?? WEIGHTS[family][f.severity]) * REPEAT_DECAY ** k;
  }
  return total;
}

function exactScores(findings: readonly Finding[], peer: boolean, weights: RuleWeights): { overall: number; subs: Record<Family, number> } {
  const subs = {
    language: Math.max(0, 100 - deduction(findings, 'language', weights)),
    role: Math.max(0, 100 - deduction(findings, 'role', weights)),
    'lived-experience': Math.max(0, 100 - deduction(findings, 'lived-experience', weights)),
  };
  const overall = peer
    ? subs.language * FAMILY_SHARE.language + subs.role * FAMILY_SHARE.role + subs['lived-experience'] * FAMILY_SHARE['lived-experience']
    : subs.language;
  return { overall, subs };
}

export function gradeOf(score: number): string {
  return score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F';
}

export interface Scored {
  score: number;
  grade: string;
  subscores: Subscores;
  findings: Finding[];
}

function overallOf(subs: Record<Family, number>, peer: boolean): number {
  return peer
    ? subs.language * FAMILY_SHARE.language + subs.role * FAMILY_SHARE.role + subs['lived-experience'] * FAMILY_SHARE['lived-experience']
    : subs.language;
}

/** Scores the findings and fills in each finding's points (overall points won by fixing it alone). */
export function scoreFindings(findings: readonly Finding[], peer: boolean, weights: RuleWeights = new Map()): Scored {
  const all = exactScores(findings, peer, weights);
  // Fixing one occurrence of a rule (the first, say) shortens that rule's series by its last
  // term, so every occurrence of a rule is worth the same. Each rule's series is summed once
  // with and once without its first occurrence: linear in the findings, however many rules.
  const series = new Map<string, { family: Family; weights: number[] }>();
  const deductions: Record<Family, number> = { language: 0, role: 0, 'lived-experience': 0 };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    const w = weights.get(f.ruleId) ?? WEIGHTS[f.family][f.severity];
    const known = series.get(f.ruleId);
    if (known) known.weights.push(w);
    else series.set(f.ruleId, { family: f.family, weights: [w] });
  }
  for (const [, { family, weights: ws }] of series) {
    for (let k = 0; k < ws.length; k++) deductions[family] += ws[k]! * REPEAT_DECAY ** k;
  }
  const pointsByRule = new Map<string, number>();
  for (const [ruleId, { family, weights: ws }] of series) {
    let withRule = 0;
    let withoutFirst = 0;
    for (let k = 0; k < ws.length; k++) {
      withRule += ws[k]! * REPEAT_DECAY ** k;
      if (k > 0) withoutFirst += ws[k]! * REPEAT_DECAY ** (k - 1);
    }
    const subs = { ...all.subs, [family]: Math.max(0, 100 - (deductions[family] - withRule + withoutFirst)) };
    pointsByRule.set(ruleId, Math.round((overallOf(subs, peer) - all.overall) * 10) / 10);
  }
  const withPoints = findings.map((f) => ({ ...f, points: pointsByRule.get(f.ruleId)! }));
  const score = Math.round(all.overall);
  return {
    score,
    grade: gradeOf(score),
    subscores: {
      language: Math.round(all.subs.language),
      role: peer ? Math.round(all.subs.role) : null,
      livedExperience: peer ? Math.round(all.subs['lived-experience']) : null,
    },
    findings: withPoints,
  };
}
