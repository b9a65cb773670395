// Builds findings from matched pattern entries and from rules whose logic lives in code.
import type { AnalysisDocument } from '../analysis-document.js';
import type { RuleText } from '../lexicon/schema.js';
import type { Family, Finding, Severity, SourceRef } from '../types.js';
import type { AcceptedMatch } from './pattern-rule-runner.js';

interface PatternEntry {
  id: string;
  severity: Severity;
  message: string;
  suggestions: string[];
  sources: SourceRef[];
}

export function findingFromMatch(
  doc: AnalysisDocument,
  m: AcceptedMatch,
  entry: PatternEntry,
  family: Family,
  extra: Partial<Finding> = {},
): Finding {
  const span = doc.slice(m.first, m.end);
  return {
    ruleId: entry.id,
    family,
    severity: entry.severity,
    start: span.start,
    end: span.end,
    text: span.text,
    message: entry.message,
    suggestions: entry.suggestions,
    points: 0,
    sources: entry.sources,
    // Duty, barrier and inquiry suggestions are advice (a better duty, a question to drop),
    // not words to splice into the span: no `fix`, so rewrite() leaves them to the reader.
    ...extra,
  };
}

export function ruleTextById(rules: readonly RuleText[], id: string): RuleText {
  const r = rules.find((x) => x.id === id);
  if (!r) throw new Error(`The lexicon has no text for rule "${id}"`);
  return r;
}

/** A finding about something missing (start = end = 0, text = ""), or about a given span. */
export function findingFromRule(
  rule: RuleText,
  family: Family,
  span: { start: number; end: number; text: string } | null,
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId: rule.id,
    family,
    severity: rule.severity,
    start: span?.start ?? 0,
    end: span?.end ?? 0,
    text: span?.text ?? '',
    message: rule.message,
    suggestions: rule.suggestions,
    points: 0,
    sources: rule.sources,
    ...(rule.suggestions.length ? { fix: 'insert' as const } : {}),
    ...extra,
  };
}
