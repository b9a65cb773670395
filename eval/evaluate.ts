// Runs an analyzer over the corpus and scores it: per-family precision/recall/F1, accuracy of
// role detection, category and lived-experience status, plus misses and false alarms.
import type { AnalyzeInput, Report } from '../src/core/types.js';
import type { CorpusLabel, LabelFamily } from './label-schema.js';
import type { CorpusDoc } from './load-corpus.js';
import { matchDocument, type DocMatch, type ScoredFinding } from './match-findings.js';
import { accuracy, summarize, type Accuracy, type Prf } from './metrics.js';
import { alexFindings } from './run-alex.js';

export type Analyze = (input: AnalyzeInput) => Report;

/** The report's document kind that each corpus kind should get. */
const EXPECTED_KIND: Record<CorpusLabel['kind'], Report['document']['kind']> = {
  'peer-posting': 'peer-posting',
  'non-peer-posting': 'non-peer-posting',
  'agency-document': 'about-peer-work',
};

export interface Miss {
  doc: string;
  family: LabelFamily;
  quote: string;
  kind?: string;
  note: string;
}

export interface FalseAlarmRow {
  doc: string;
  family: LabelFamily;
  ruleId: string;
  severity: string;
  text: string;
  reason: 'unlabeled' | 'must-not-flag';
}

export interface ClassificationMistake {
  doc: string;
  field: 'isPeerRole' | 'documentKind' | 'category' | 'livedExperience' | 'specific';
  expected: string;
  actual: string;
}

export interface ScoreBlock {
  families: Record<LabelFamily | 'overall', Prf>;
  misses: Miss[];
  falseAlarms: FalseAlarmRow[];
  unlocated: { doc: string; quote: string }[];
}

export interface EvalResult {
  documents: number;
  peerlens: ScoreBlock;
  accuracy: { isPeerRole: Accuracy; documentKind: Accuracy; category: Accuracy; livedExperience: Accuracy; specific: Accuracy };
  classificationMistakes: ClassificationMistake[];
  alex?: { all: ScoreBlock; equalityOnly: ScoreBlock };
}

function scoreBlock(matches: readonly DocMatch[]): ScoreBlock {
  return {
    families: summarize(matches.map((m) => m.counts)),
    misses: matches.flatMap((m) =>
      m.misses.map((i) => ({
        doc: m.id,
        family: i.entry.family,
        quote: i.entry.quote,
        ...(i.entry.kind ? { kind: i.entry.kind } : {}),
        note: i.entry.note,
      })),
    ),
    falseAlarms: matches.flatMap((m) =>
      m.falseAlarms.map((fa) => ({
        doc: m.id,
        family: fa.finding.family,
        ruleId: fa.finding.ruleId,
        severity: fa.finding.severity,
        text: fa.text,
        reason: fa.reason,
      })),
    ),
    unlocated: matches.flatMap((m) => m.unlocated.map((quote) => ({ doc: m.id, quote }))),
  };
}

export function toScored(report: Report): ScoredFinding[] {
  return report.findings.map(({ ruleId, family, severity, start, end }) => ({ ruleId, family, severity, start, end }));
}

export function evaluate(docs: readonly CorpusDoc[], analyze: Analyze, options: { withAlex?: boolean } = {}): EvalResult {
  const matches: DocMatch[] = [];
  const mistakes: ClassificationMistake[] = [];
  const peerRole: boolean[] = [];
  const documentKind: boolean[] = [];
  const category: boolean[] = [];
  const status: boolean[] = [];
  const specific: boolean[] = [];

  for (const doc of docs) {
    const report = analyze(doc.input);
    matches.push(matchDocument(report.text, doc.label, toScored(report)));
    const { role, livedExperience } = doc.label;
    const check = (field: ClassificationMistake['field'], expected: unknown, actual: unknown, into: boolean[]) => {
      into.push(expected === actual);
      if (expected !== actual) mistakes.push({ doc: doc.label.id, field, expected: String(expected), actual: String(actual) });
    };
    check('isPeerRole', role.isPeerRole, report.role.isPeerRole, peerRole);
    // An agency document is about peer work or something else; either reading is right.
    const kind = doc.label.kind === 'agency-document' && report.document.kind === 'other' ? 'about-peer-work' : report.document.kind;
    check('documentKind', EXPECTED_KIND[doc.label.kind], kind, documentKind);
    if (role.isPeerRole) check('category', role.category, report.role.category, category);
    if (livedExperience) {
      check('livedExperience', livedExperience.status, report.livedExperience.status, status);
      if (typeof livedExperience.specific === 'boolean') {
        check('specific', livedExperience.specific, report.livedExperience.specific, specific);
      }
    }
  }

  const result: EvalResult = {
    documents: docs.length,
    peerlens: scoreBlock(matches),
    accuracy: {
      isPeerRole: accuracy(peerRole),
      documentKind: accuracy(documentKind),
      category: accuracy(category),
      livedExperience: accuracy(status),
      specific: accuracy(specific),
    },
    classificationMistakes: mistakes,
  };
  if (options.withAlex) {
    const run = (equalityOnly: boolean) =>
      scoreBlock(docs.map((d) => matchDocument(d.text, d.label, alexFindings(d.text, { equalityOnly }), ['language'])));
    result.alex = { all: run(false), equalityOnly: run(true) };
  }
  return result;
}
