// Bullets that come out of a PDF or a Word file as letters: a symbol font's glyphs are stored as
// ordinary characters ("o" for a hollow circle, "q" for a box, "Ø" for an arrowhead, "Ÿ", "l" and
// "n" for dots and squares, "v" for a diamond, "ü" for a tick), and text taken out of the file
// keeps the characters. At a line's start, alone, before a capital, such a letter opens a list
// item: no English line opens with a lone "o" or "q" before a capitalized word.

/** The letters such bullets come out as. */
const LETTERS = 'oqvnlØŸü';
/** What follows the letter: spaces or tabs, then a capital. */
const BEFORE_CAPITAL = '[ \\t]+\\p{Lu}';

/** The letter and what must follow it, as a regular expression's source (used with the u flag). */
export const BULLET_LETTER = `[${LETTERS}](?=${BEFORE_CAPITAL})`;

const ALONE_BEFORE_CAPITAL = new RegExp(`^${BEFORE_CAPITAL}`, 'u');
const IS_LETTER = new Set(LETTERS);

/** Whether the word text[start, end) is such a bullet: one of those letters, alone at its line's start, before a capitalized word. */
export function isBulletLetter(text: string, start: number, end: number): boolean {
  if (end - start !== 1 || !IS_LETTER.has(text[start]!)) return false;
  return atLineStart(text, start) && ALONE_BEFORE_CAPITAL.test(text.slice(end, end + 8));
}

/** Only spaces or tabs between the line's start and `i`. */
function atLineStart(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n' || text[k] === '\r';
}
