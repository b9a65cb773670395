// Custom terms (options page, settings import, CLI) are held to the lexicon's own rules: the
// entry they become passes the language-entry schema, its pattern compiles, its id is unique,
// and it matches the term as typed. A term that cannot be matched is refused with a reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, customTermSchema, type CustomTerm } from '../../src/core/index.js';
import { bundledLexicons } from '../../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { languageEntrySchema } from '../../src/core/lexicon/schema.js';
import { compileRuleSet } from '../../src/core/compiled-lexicons.js';
import { customTermEntries } from '../../src/core/rules/custom-terms.js';
import { tokenize } from '../../src/core/text/tokenize.js';

const builtInIds = new Set(loadLexicons(bundledLexicons).language.map((e) => e.id));
const term = (t: Partial<CustomTerm> & { term: string }): CustomTerm => customTermSchema.parse({ suggestion: 'better words', ...t });

describe('customTermSchema refuses, with a reason', () => {
  const refused: [string, unknown, string, RegExp][] = [
    ['an empty term', { term: '   ', suggestion: 'x' }, 'term', /too small|>=1/i],
    ['a term over 80 characters', { term: 'x'.repeat(81), suggestion: 'x' }, 'term', /too big|<=80/i],
    ['a term with no letter or digit', { term: '***', suggestion: 'x' }, 'term', /at least one letter or digit/],
    ['a bare possessive ending', { term: "'s", suggestion: 'x' }, 'term', /possessive ending/],
    ['words joined by punctuation', { term: 'his;her', suggestion: 'their' }, 'term', /would not find this term as written/],
    ['a spaced dash', { term: 'client - centered', suggestion: 'x' }, 'term', /would not find this term as written/],
    ['an unknown severity', { term: 'members', suggestion: 'x', severity: 'severe' }, 'severity', /invalid option|expected one of/i],
    ['an unknown field', { term: 'members', suggestion: 'x', regex: '.*' }, '', /unrecognized key.*regex/i],
  ];
  it.each(refused)('%s', (_, input, field, reason) => {
    const result = customTermSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(field);
    expect(issue.message).toMatch(reason);
  });
});

describe('custom terms as entries', () => {
  it('skip a term saved before the checks existed instead of breaking the analysis', () => {
    const stale = [{ term: "'s", suggestion: 'x', severity: 'warning', note: '' }] as CustomTerm[];
    expect(() => analyze("The client's plan.", { customTerms: stale })).not.toThrow();
    expect(customTermEntries(stale)).toEqual([]);
  });

  it('give distinct ids to terms in other scripts and to repeated terms', () => {
    const entries = customTermEntries([
      term({ term: 'Чокнутый' }),
      term({ term: '狂人' }),
      term({ term: 'members' }),
      term({ term: 'Members' }),
    ]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(4);
  });

  it('find realistic terms in a sentence, or leave them to the built-in rule on the same words', () => {
    for (const t of ['treatment team', 'members', 'ex-offender', 'Чокнутый', 'consumer-driven', 'non compliant', "patient's"]) {
      const text = `Our ${t} meet weekly.`;
      const report = analyze(text, { customTerms: [term({ term: t })] });
      const at = text.indexOf(t);
      const covering = report.findings.filter((f) => f.family === 'language' && f.start < at + t.length && f.end > at);
      expect(covering.length, t).toBe(1);
    }
  });

  it('pass the lexicon entry schema, compile, match as typed and never shadow a built-in id', () => {
    const anyTerm = fc.record({
      term: fc.oneof(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
      ),
      suggestion: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 160 }),
      severity: fc.constantFrom('error', 'warning', 'info'),
      note: fc.string({ maxLength: 240 }),
    });
    fc.assert(
      fc.property(fc.array(anyTerm, { maxLength: 6 }), (raw) => {
        const terms = raw.flatMap((r) => {
          const p = customTermSchema.safeParse(r);
          return p.success ? [p.data] : [];
        });
        const entries = customTermEntries(terms);
        expect(entries).toHaveLength(terms.length);
        expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
        for (const [i, e] of entries.entries()) {
          const parsed = languageEntrySchema.safeParse(e);
          expect(parsed.success, `${e.id}: ${parsed.error?.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`).toBe(true);
          expect(builtInIds.has(e.id)).toBe(false);
          expect(compileRuleSet([e]).matcher.test(tokenize(terms[i]!.term)), `"${terms[i]!.term}" matches itself`).toBe(true);
        }
        expect(() => analyze(`${terms.map((t) => t.term).join(' and ')}.`, { customTerms: terms })).not.toThrow();
      }),
      { seed: 20_250_505, numRuns: 300 },
    );
  });
});
