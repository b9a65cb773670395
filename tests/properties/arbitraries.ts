// Generators for the property tests: hostile strings (any code point, lone surrogates, control
// characters, unbalanced quotes) and posting-like texts built from the lexicons' own examples,
// so the rules actually fire on what is generated.
import fc from 'fast-check';
import { bundledLexicons } from '../../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { customTermSchema, type CustomTerm } from '../../src/core/lexicon/schema.js';
import type { AnalyzeOptions, RoleCategory, StructuredPosting } from '../../src/core/types.js';

export const lexicons = loadLexicons(bundledLexicons);

const positives = (entries: readonly { examples: { positive: string[] } }[]) => entries.flatMap((e) => e.examples.positive);
const traps = (entries: readonly { examples: { traps: string[] } }[]) => entries.flatMap((e) => e.examples.traps);

/** Sentences each of which fires a language rule. */
export const languagePositives = positives(lexicons.language);
const dutySentences = positives([...lexicons.duties.duties, ...lexicons.duties.barriers, ...lexicons.livedExperience.prohibitedInquiries]);
const competencySentences = positives(lexicons.duties.competencies);
const trapSentences = traps([...lexicons.language, ...lexicons.duties.duties, ...lexicons.duties.barriers]);
const titles = positives([...lexicons.roles.peerTitles, ...lexicons.roles.nonPeerTitles]);
const requirementSentences = lexicons.livedExperience.requirementSentences.map((r) => r.sentence);
const categories: RoleCategory[] = ['adult-mental-health', 'substance-use-recovery', 'family', 'parent-caregiver', 'youth', 'general-peer'];

const HEADINGS = [
  'Summary',
  'Essential Duties and Responsibilities',
  'Minimum Qualifications',
  'Preferred Qualifications',
  'Requirements:',
  '## What you will do',
  'ABOUT US',
  'Compensation',
];
const FILLER = [
  'Reports to the Peer Services Manager.',
  'Pay range: $22-$26 per hour.',
  'Lived experience of mental health recovery is preferred.',
  'Willingness to share your recovery story is required.',
  'Facilitate peer support groups and link people to community resources.',
  'Other duties as assigned.',
  'We value diversity.',
];

const lineStarts = fc.constantFrom('', '- ', '* ', '• ', '1. ', '  ', '\t');
const lineEnds = fc.constantFrom('\n', '\n\n', '\r\n', ' ', '\n\n\n');

/** One line of a posting, from the lexicons' examples and plain filler. */
export const postingLine = fc
  .tuple(
    lineStarts,
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...languagePositives) },
      { weight: 2, arbitrary: fc.constantFrom(...dutySentences) },
      { weight: 1, arbitrary: fc.constantFrom(...competencySentences) },
      { weight: 1, arbitrary: fc.constantFrom(...trapSentences) },
      { weight: 1, arbitrary: fc.constantFrom(...requirementSentences) },
      { weight: 1, arbitrary: fc.constantFrom(...FILLER) },
      { weight: 1, arbitrary: fc.constantFrom(...HEADINGS) },
    ),
    lineEnds,
  )
  .map((parts) => parts.join(''));

/** A posting-like text: an optional title line, then lines with at least one language positive,
 * with where that positive stands. */
export const postingTextWithPositive = fc
  .tuple(
    fc.option(fc.constantFrom(...titles), { nil: undefined }),
    fc.array(postingLine, { minLength: 1, maxLength: 12 }),
    fc.constantFrom(...languagePositives),
    fc.nat(),
  )
  .map(([title, lines, positive, at]) => {
    const head = title ? `${title}\n\n` : '';
    const before = lines.slice(0, at % (lines.length + 1));
    const start = head.length + before.join('').length + 2;
    const text = head + [...before, `- ${positive}\n`, ...lines.slice(before.length)].join('');
    return { text, positive: { start, end: start + positive.length } };
  });

/** A posting-like text: an optional title line, then lines with at least one language positive. */
export const postingText = postingTextWithPositive.map((p) => p.text);

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const oddMarks = fc.constantFrom(
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '(',
  ')',
  '-',
  '–',
  '—',
  '•',
  '#',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u2028',
  '\ufeff',
  '\ufffd',
  '&',
  "'s",
  '’s',
);

/** Anything a page or a paste can hold, mixed with words the rules look for. */
export const hostileText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 20 }) },
      { weight: 1, arbitrary: loneSurrogate },
      { weight: 1, arbitrary: controlChar },
      { weight: 2, arbitrary: oddMarks },
      { weight: 3, arbitrary: postingLine },
      { weight: 1, arbitrary: fc.constantFrom(...titles) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** Organization terms as a user might type them, kept only when the schema accepts them. */
const customTerms: fc.Arbitrary<CustomTerm[]> = fc
  .array(
    fc.record({
      term: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.constantFrom('members', 'consumer', 'the client', 'ex-offender', '(x|y)?', '*', '#num'),
      ),
      suggestion: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('participants', 'person returning from incarceration')),
      severity: fc.constantFrom('error', 'warning', 'info'),
    }),
    { maxLength: 3 },
  )
  .map((terms) =>
    terms.flatMap((t) => {
      const parsed = customTermSchema.safeParse(t);
      return parsed.success ? [parsed.data] : [];
    }),
  );

const ruleIds = [
  ...lexicons.language.map((e) => e.id),
  ...lexicons.duties.rules.map((r) => r.id),
  ...lexicons.livedExperience.rules.map((r) => r.id),
];

export const analyzeOptions: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    category: fc.constantFrom<RoleCategory | null>(null, ...categories),
    disabledRules: fc.subarray(ruleIds, { maxLength: 5 }),
    customTerms,
    hideInfo: fc.boolean(),
    maxChars: fc.nat(400),
  },
  { requiredKeys: [] },
);

/** A structured posting (JSON-LD, a job board's fields) with odd and ordinary fields. */
export const structuredPosting: fc.Arbitrary<StructuredPosting> = fc.record(
  {
    title: fc.oneof(fc.constantFrom(...titles), hostileText),
    organization: fc.oneof(fc.constantFrom('Hope Recovery Center', 'Alcoholics Anonymous', '  '), hostileText),
    sections: fc.array(
      fc.record(
        { heading: fc.oneof(fc.constantFrom(...HEADINGS), hostileText), text: fc.oneof(postingText, hostileText) },
        { requiredKeys: ['text'] },
      ),
      { maxLength: 5 },
    ),
  },
  { requiredKeys: ['sections'] },
);
