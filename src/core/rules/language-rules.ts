// Family 1: stigmatizing, pathologizing and labeling terms, from the language lexicons.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons, PatternRuleSet } from '../compiled-lexicons.js';
import type { LanguageEntry } from '../lexicon/schema.js';
import type { Finding } from '../types.js';
import { runPatternRules } from './pattern-rule-runner.js';
import { formSuggestion, pickNumber } from './suggestion-form.js';

function joinedBySlash(text: string, start: number, end: number): boolean {
  return /^\/\p{L}/u.test(text.slice(end, end + 2)) || /\p{L}\/$/u.test(text.slice(Math.max(0, start - 2), start));
}

export function languageFindings(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  rules: PatternRuleSet<LanguageEntry> = lex.language,
): Finding[] {
  const findings: Finding[] = [];
  for (const m of runPatternRules(doc, lex, rules, { skipLiteral: true })) {
    const entry = rules.entries[m.entry]!;
    // A contested word paired by a slash ("client/consumer", "consumer/survivor movement") is
    // naming the label, not applying it: info findings stay silent there.
    if (entry.severity === 'info' && joinedBySlash(doc.text, doc.tokens[m.first]!.start, doc.tokens[m.end - 1]!.end)) continue;
    let first = m.first;
    // "an addict": take the article in, so the replacement can fix it ("a person with…").
    const prev = doc.tokens[first - 1];
    const startsWithArticle = /^(a|an)$/.test(doc.tokens[first]!.norm);
    if (!startsWithArticle && prev && /^(a|an)$/.test(prev.norm) && doc.tokens[first]!.gap === 'space') first -= 1;
    const article = /^(a|an)$/.test(doc.tokens[first]!.norm) ? doc.tokens[first]!.raw : null;
    const span = doc.slice(first, m.end);
    const sentenceStart = doc.structure.sentences[m.sentence]!.first === first;
    findings.push({
      ruleId: entry.id,
      family: 'language',
      severity: entry.severity,
      start: span.start,
      end: span.end,
      text: span.text,
      message: entry.message,
      suggestions: [...new Set(entry.suggestions.map((s) => formSuggestion(span.text, pickNumber(s, m.plural), article, sentenceStart)))],
      points: 0,
      sources: entry.sources,
      fix: 'replace',
    });
  }
  return findings;
}
