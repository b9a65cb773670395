import { describe, expect, it } from 'vitest';
import { locateQuote, matchDocument, ruleIdNamesKind, type ScoredFinding } from '../../eval/match-findings.js';
import { corpusLabelSchema, type CorpusLabel } from '../../eval/label-schema.js';

const TEXT = [
  'Recovery Coach. We have helped many addicts and their families.',
  'Must be clean and sober for two years. Clean driving record required.',
  'Collect urine samples weekly. The project suffers from delays.',
].join('\n');

function label(overrides: Partial<CorpusLabel> = {}): CorpusLabel {
  return corpusLabelSchema.parse({
    id: 'sample',
    file: 'sample.txt',
    kind: 'peer-posting',
    description: 'a synthetic posting for the matcher tests',
    role: { isPeerRole: true, category: 'substance-use-recovery' },
    livedExperience: { status: 'absent', specific: null },
    expected: [
      { quote: 'addicts', family: 'language', note: 'identity label' },
      { quote: 'clean', family: 'language', note: 'clean of a person', occurrence: 1 },
      { quote: 'clean and sober for two years', family: 'role', note: 'years-sober barrier' },
      { quote: 'Collect urine samples', family: 'role', note: 'drug screening' },
      { quote: '', family: 'lived-experience', note: 'no requirement', kind: 'absent' },
    ],
    mustNotFlag: [{ quote: 'Clean driving record', family: 'language' }, 'suffers from delays'],
    tolerated: [{ quote: '', family: 'role', note: 'no pay stated', kind: 'pay' }],
    ...overrides,
  });
}

function at(
  quote: string,
  family: ScoredFinding['family'],
  ruleId: string,
  severity: ScoredFinding['severity'] = 'warning',
): ScoredFinding {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`test setup: ${quote} not in text`);
  return { start, end: start + quote.length, family, ruleId, severity };
}

const missing = (family: ScoredFinding['family'], ruleId: string, severity: ScoredFinding['severity'] = 'warning'): ScoredFinding => ({
  start: 0,
  end: 0,
  family,
  ruleId,
  severity,
});

describe('locateQuote', () => {
  it('finds whole words only, case-sensitively', () => {
    expect(locateQuote('clean cleaning Clean', 'clean')).toEqual([{ start: 0, end: 5 }]);
  });

  it('lets the whitespace inside a quote vary (line breaks in the analyzed text)', () => {
    expect(locateQuote('collect\n  urine samples', 'collect urine samples')).toEqual([{ start: 0, end: 23 }]);
  });

  it('treats a possessive as a word end', () => {
    expect(locateQuote("the addict's brain", 'addict')).toEqual([{ start: 4, end: 10 }]);
  });
});

describe('ruleIdNamesKind', () => {
  it('recognizes the kind or an alias inside a rule id', () => {
    expect(ruleIdNamesKind('le-absent', 'absent')).toBe(true);
    expect(ruleIdNamesKind('lived-experience-preferred', 'not-required')).toBe(true);
    expect(ruleIdNamesKind('le-mismatch-family', 'absent')).toBe(false);
  });
});

describe('matchDocument', () => {
  it('counts overlapping spans of the same family as hits, and kinds by rule id', () => {
    const findings = [
      at('addicts', 'language', 'lang-addict', 'error'),
      at('clean and sober', 'language', 'lang-clean'),
      at('sober for two years', 'role', 'role-years-sober'),
      at('urine samples', 'role', 'role-drug-screens'),
      missing('lived-experience', 'le-absent'),
    ];
    const result = matchDocument(TEXT, label(), findings);
    expect(result.misses).toEqual([]);
    expect(result.falseAlarms).toEqual([]);
    expect(result.counts.language).toEqual({ tp: 2, fp: 0, expected: 2, recalled: 2 });
    expect(result.counts.role).toEqual({ tp: 2, fp: 0, expected: 2, recalled: 2 });
    expect(result.counts['lived-experience']).toEqual({ tp: 1, fp: 0, expected: 1, recalled: 1 });
  });

  it('does not let a finding of another family hit an expected span', () => {
    const result = matchDocument(TEXT, label(), [at('Collect urine samples', 'language', 'lang-x')]);
    expect(result.counts.language.fp).toBe(1);
    expect(result.misses.map((m) => m.entry.quote)).toContain('Collect urine samples');
  });

  it('reports unmatched expectations as misses, with their family', () => {
    const result = matchDocument(TEXT, label(), [at('addicts', 'language', 'lang-addict')]);
    expect(result.misses.map((m) => [m.entry.family, m.entry.quote || m.entry.kind])).toEqual([
      ['language', 'clean'],
      ['role', 'clean and sober for two years'],
      ['role', 'Collect urine samples'],
      ['lived-experience', 'absent'],
    ]);
    expect(result.counts.language).toEqual({ tp: 1, fp: 0, expected: 2, recalled: 1 });
  });

  it('flags must-not-flag spans as false alarms even at info level, for the families they name', () => {
    const findings = [
      at('Clean driving record', 'language', 'lang-clean', 'info'),
      at('suffers from delays', 'language', 'lang-suffers-from'),
      at('Clean driving record', 'role', 'role-license', 'warning'),
    ];
    const result = matchDocument(TEXT, label(), findings);
    expect(result.falseAlarms.map((f) => [f.finding.family, f.reason])).toEqual([
      ['language', 'must-not-flag'],
      ['language', 'must-not-flag'],
      ['role', 'unlabeled'],
    ]);
    expect(result.falseAlarms[0]?.text).toBe('Clean driving record');
  });

  it('ignores unlabeled info findings and tolerated kinds', () => {
    const findings = [at('families', 'language', 'lang-contested', 'info'), missing('role', 'role-no-pay-range')];
    const result = matchDocument(TEXT, label(), findings);
    expect(result.falseAlarms).toEqual([]);
    expect(result.counts.role.fp).toBe(0);
  });

  it('counts an unlabeled missing-thing finding as a false alarm', () => {
    const result = matchDocument(TEXT, label(), [missing('lived-experience', 'le-not-specific')]);
    expect(result.falseAlarms).toHaveLength(1);
    expect(result.falseAlarms[0]?.text).toBe('');
  });

  it('expands an expected quote without an occurrence to every occurrence', () => {
    const text = 'addicts here, addicts there';
    const l = label({ expected: [{ quote: 'addicts', family: 'language', note: 'identity label' }], mustNotFlag: [] });
    const result = matchDocument(text, l, [{ start: 0, end: 7, family: 'language', ruleId: 'x', severity: 'error' }]);
    expect(result.counts.language).toEqual({ tp: 1, fp: 0, expected: 2, recalled: 1 });
  });

  it('keeps a quote missing from the text as a miss and reports it as unlocated', () => {
    const l = label({ expected: [{ quote: 'not in the text', family: 'language', note: 'reader lost it' }] });
    const result = matchDocument(TEXT, l, []);
    expect(result.unlocated).toEqual(['not in the text']);
    expect(result.counts.language).toEqual({ tp: 0, fp: 0, expected: 1, recalled: 0 });
  });

  it('scores only the families it is asked for (alex is scored on language only)', () => {
    const result = matchDocument(TEXT, label(), [at('addicts', 'language', 'alex/addicts')], ['language']);
    expect(result.counts.role.expected).toBe(0);
    expect(result.counts['lived-experience'].expected).toBe(0);
    expect(result.counts.language.expected).toBe(2);
  });
});
