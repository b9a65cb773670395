// Matches an analyzer's findings against one document's labels: hits, misses, false alarms.
// Rules (documented in tests/corpus/README.md):
// - a finding hits an expected entry when the families agree and the spans overlap, or, for an
//   entry with a `kind`, when the finding's ruleId names that kind;
// - a finding that hits nothing is a false alarm, unless it is tolerated, or it is "info" and
//   does not touch a must-not-flag span (labelled text counts even at info level).
import type { CorpusLabel, ExpectedFinding, LabelFamily, MissingKind, MustNotFlag } from './label-schema.js';

export interface Span {
  start: number;
  end: number;
}

/** The part of a finding the evaluation needs; both PeerLens findings and alex messages map to it. */
export interface ScoredFinding extends Span {
  ruleId: string;
  family: LabelFamily;
  severity: 'error' | 'warning' | 'info';
}

export interface ExpectedInstance {
  entry: ExpectedFinding;
  /** null for a missing-thing entry (quote ""). */
  span: Span | null;
}

export interface FalseAlarm {
  finding: ScoredFinding;
  /** The flagged text ("" for a missing-thing finding). */
  text: string;
  reason: 'unlabeled' | 'must-not-flag';
}

export interface FamilyCounts {
  /** Findings that hit an expected entry. */
  tp: number;
  /** Findings that are false alarms. */
  fp: number;
  /** Expected instances, and how many of them some finding hit. */
  expected: number;
  recalled: number;
}

export interface DocMatch {
  id: string;
  misses: ExpectedInstance[];
  falseAlarms: FalseAlarm[];
  counts: Record<LabelFamily, FamilyCounts>;
  /** Label quotes that could not be found in the text (a label or reader problem). */
  unlocated: string[];
}

export const FAMILIES: readonly LabelFamily[] = ['language', 'role', 'lived-experience'];

/**
 * Words a ruleId may use for each missing-thing kind. Rule authors name their ids freely;
 * this table is the one place that maps them onto the corpus vocabulary.
 */
export const KIND_ALIASES: Record<MissingKind, readonly string[]> = {
  absent: ['absent', 'missing-lived', 'no-lived'],
  'not-required': ['not-required', 'preferred', 'not-mandatory', 'optional'],
  'not-specific': ['not-specific', 'unspecific', 'vague', 'generic'],
  mismatch: ['mismatch'],
  'only-qualification': ['only-qualification', 'sole-qualification'],
  'no-peer-duties': ['no-peer-duties', 'no-peer-competenc', 'no-peer-evidence'],
  sharing: ['sharing', 'willingness-to-share', 'willing-to-share'],
  pay: ['pay-range', 'no-pay', 'missing-pay', 'wage', 'salary'],
  supervision: ['supervis', 'reports-to', 'reporting'],
  'peer-team': ['peer-team', 'lone-peer', 'single-peer'],
  'career-ladder': ['career', 'ladder', 'advancement'],
};

export function ruleIdNamesKind(ruleId: string, kind: MissingKind): boolean {
  const id = ruleId.toLowerCase();
  return KIND_ALIASES[kind].some((alias) => id.includes(alias));
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

/** Every occurrence of `quote` in `text`, as whole words; whitespace inside the quote may vary. */
export function locateQuote(text: string, quote: string): Span[] {
  if (quote === '') return [];
  const escaped = quote
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const spans: Span[] = [];
  for (const m of text.matchAll(new RegExp(escaped, 'g'))) {
    const start = m.index;
    const end = start + m[0].length;
    const wordStartInside = isWordChar(quote.trim()[0]) && isWordChar(text[start - 1]);
    const wordEndInside = isWordChar(quote.trim().at(-1)) && isWordChar(text[end]);
    if (!wordStartInside && !wordEndInside) spans.push({ start, end });
  }
  return spans;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function isMissingThing(finding: Span): boolean {
  return finding.start === finding.end;
}

function emptyCounts(): Record<LabelFamily, FamilyCounts> {
  return {
    language: { tp: 0, fp: 0, expected: 0, recalled: 0 },
    role: { tp: 0, fp: 0, expected: 0, recalled: 0 },
    'lived-experience': { tp: 0, fp: 0, expected: 0, recalled: 0 },
  };
}

/** Expected entries expanded to one instance per located occurrence. */
export function expandExpected(text: string, label: CorpusLabel, unlocated: string[]): ExpectedInstance[] {
  const instances: ExpectedInstance[] = [];
  for (const entry of label.expected) {
    if (entry.quote === '') {
      instances.push({ entry, span: null });
      continue;
    }
    const spans = locateQuote(text, entry.quote);
    const chosen = entry.occurrence === undefined ? spans : spans.slice(entry.occurrence - 1, entry.occurrence);
    if (chosen.length === 0) {
      unlocated.push(entry.quote);
      // Still counted, so a reader that mangles the text shows up as misses, not as a better score.
      instances.push({ entry, span: null });
    }
    for (const span of chosen) instances.push({ entry, span });
  }
  return instances;
}

function hitsInstance(finding: ScoredFinding, instance: ExpectedInstance): boolean {
  if (finding.family !== instance.entry.family) return false;
  const { kind } = instance.entry;
  if (kind !== undefined && ruleIdNamesKind(finding.ruleId, kind)) return true;
  return instance.span !== null && !isMissingThing(finding) && overlaps(finding, instance.span);
}

function mustNotSpans(text: string, items: readonly MustNotFlag[], family: LabelFamily): Span[] {
  return items
    .map((item) => (typeof item === 'string' ? { quote: item, family: undefined } : item))
    .filter((item) => item.family === undefined || item.family === family)
    .flatMap((item) => locateQuote(text, item.quote));
}

function isTolerated(text: string, label: CorpusLabel, finding: ScoredFinding): boolean {
  return label.tolerated.some((t) => {
    if (t.family !== finding.family) return false;
    if (t.kind !== undefined && ruleIdNamesKind(finding.ruleId, t.kind)) return true;
    if (isMissingThing(finding)) return false;
    return locateQuote(text, t.quote).some((span) => overlaps(span, finding));
  });
}

/** Scores one document. `text` is the text the finding offsets refer to. */
export function matchDocument(
  text: string,
  label: CorpusLabel,
  findings: readonly ScoredFinding[],
  families: readonly LabelFamily[] = FAMILIES,
): DocMatch {
  const unlocated: string[] = [];
  const counts = emptyCounts();
  const instances = expandExpected(text, label, unlocated).filter((i) => families.includes(i.entry.family));
  const recalled = new Set<ExpectedInstance>();
  const falseAlarms: FalseAlarm[] = [];

  for (const finding of findings) {
    if (!families.includes(finding.family)) continue;
    const hit = instances.filter((instance) => hitsInstance(finding, instance));
    if (hit.length > 0) {
      counts[finding.family].tp += 1;
      for (const instance of hit) recalled.add(instance);
      continue;
    }
    const flagged = text.slice(finding.start, finding.end);
    const forbidden =
      !isMissingThing(finding) && mustNotSpans(text, label.mustNotFlag, finding.family).some((span) => overlaps(span, finding));
    if (forbidden) {
      counts[finding.family].fp += 1;
      falseAlarms.push({ finding, text: flagged, reason: 'must-not-flag' });
    } else if (!isTolerated(text, label, finding) && finding.severity !== 'info') {
      counts[finding.family].fp += 1;
      falseAlarms.push({ finding, text: flagged, reason: 'unlabeled' });
    }
  }

  for (const instance of instances) {
    counts[instance.entry.family].expected += 1;
    if (recalled.has(instance)) counts[instance.entry.family].recalled += 1;
  }
  const misses = instances.filter((instance) => !recalled.has(instance));
  return { id: label.id, misses, falseAlarms, counts, unlocated };
}
