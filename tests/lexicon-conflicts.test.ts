// No two entries give conflicting suggestions for the same words. The engine keeps one finding
// per span (longest, then first in file order), so a conflict would never show in a report:
// it is checked here at the data level. Each entry runs alone, with its own guards, over every
// positive example of its rule set; two entries accepting the identical span with different
// suggestions are a conflict (guards that separate "a schizophrenic" from "schizophrenic
// funding" are the intended way to share a word).
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/core/analysis-document.js';
import { compileLexicons, compileRuleSet } from '../src/core/compiled-lexicons.js';
import { bundledLexicons } from '../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons, type Lexicons } from '../src/core/lexicon/load-lexicons.js';
import type { Guards, Suggestion } from '../src/core/lexicon/schema.js';
import { runPatternRules } from '../src/core/rules/pattern-rule-runner.js';
import { miniLexicons } from './core/mini-lexicons.js';

interface Entry {
  id: string;
  patterns: string[];
  guards?: Guards;
  suggestions: readonly (Suggestion | string)[];
  examples: { positive: string[] };
}

/** "a | b: "words" in: example" for each pair of entries accepting the same span differently. */
function conflicts(lexicons: Lexicons, entries: readonly Entry[], skipLiteral: boolean): string[] {
  const compiled = compileLexicons(lexicons);
  const alone = entries.map((e) => compileRuleSet([e]));
  const found = new Set<string>();
  for (const example of entries.flatMap((e) => e.examples.positive)) {
    const doc = buildDocument(example, null, compiled.properNames, undefined, undefined, undefined, compiled.nameWords);
    const bySpan = new Map<string, number[]>();
    alone.forEach((rules, i) => {
      if (!rules.matcher.test(doc.tokens)) return;
      for (const m of runPatternRules(doc, compiled, rules, { skipLiteral })) {
        const key = `${m.first}:${m.end}`;
        bySpan.set(key, [...(bySpan.get(key) ?? []), i]);
      }
    });
    for (const [key, ids] of bySpan)
      for (const a of ids)
        for (const b of ids) {
          if (a >= b || JSON.stringify(entries[a]!.suggestions) === JSON.stringify(entries[b]!.suggestions)) continue;
          const [first, end] = key.split(':').map(Number);
          const words = doc.tokens
            .slice(first, end)
            .map((t) => t.raw)
            .join(' ');
          found.add(`${entries[a]!.id} | ${entries[b]!.id}: "${words}" in: ${example}`);
        }
  }
  return [...found];
}

const lex = loadLexicons(bundledLexicons);

describe('conflicting suggestions', () => {
  it('no two language entries suggest different wording for the same words', () => {
    expect(conflicts(lex, lex.language, true)).toEqual([]);
  });
  it('no two duty, barrier or inquiry entries advise differently on the same words', () => {
    for (const set of [lex.duties.duties, lex.duties.barriers, lex.livedExperience.prohibitedInquiries])
      expect(conflicts(lex, set, false)).toEqual([]);
  });
  it('reports a pair that does conflict', () => {
    const mini = loadLexicons(miniLexicons());
    const [addict] = mini.language;
    const rival = { ...addict!, id: 'addict-rival', suggestions: ['person in recovery'] };
    expect(conflicts(mini, [addict!, rival], true)).toEqual(['addict | addict-rival: "Addicts" in: Addicts are welcome.']);
  });
});
