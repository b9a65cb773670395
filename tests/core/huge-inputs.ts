// Inputs that were quadratic once (minutes, or a thrown RangeError), each now linear.
// tests/core/linear-time.test.ts asserts what analyze() and rewrite() make of them;
// bench/huge-inputs.ts times them at two sizes. Built on demand (each is megabytes); `scale`
// multiplies the repeat count (the tests use 1).
export const HUGE_INPUTS = {
  /** The next non-blank line was looked for from every line. */
  shortLines: (scale = 1) => `Peer Support Specialist\n${'Help people.\n'.repeat(100_000 * scale)}`,
  /** Line starts were found by scanning back to the start of the text. */
  oneLine: (scale = 1) => 'We help people. '.repeat(50_000 * scale),
  /** 15,000 words with no sentence end. */
  endlessSentence: (scale = 1) => 'members suffer from '.repeat(5_000 * scale),
  /** An inline label was found by scanning back to its line's start. */
  mentionsOnOneLine: (scale = 1) =>
    `Recovery Coach\n\nRequirements: ${'Lived experience of addiction recovery is required. '.repeat(40_000 * scale)}`,
  /** Closing quotes were searched for from every opening one. */
  unclosedQuotes: (scale = 1) => '“addicts '.repeat(50_000 * scale),
  /** Each match was compared with every kept one. */
  overlappingFindings: (scale = 1) => 'addicts '.repeat(100_000 * scale),
  /** More custom-term findings than a function call takes arguments. */
  customTermFindings: (scale = 1) => 'members '.repeat(150_000 * scale),
  /** Each replacement of a rewrite copied the whole text. */
  replacements: (scale = 1) => 'addicts '.repeat(50_000 * scale),
  /** Trailing space was trimmed by a regex that backtracks on inner whitespace. */
  innerSpaces: (scale = 1) => `x${' '.repeat(300_000 * scale)}y \n`,
} as const;

export const MEMBERS_TERM = [{ term: 'members', suggestion: 'participants', severity: 'warning' as const, note: '' }];
