// The last step of every reader: tidy plain text. Apart from the HTML reader so that readers
// of text, PDF and Word files do not load the HTML parser.

/** Trailing spaces off, invisible characters out, at most one blank line in a row. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
