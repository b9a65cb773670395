// Whether a word starts with a capital letter. Run on every token by the checks for names and
// titles: a letter of the English alphabet is read from its code, and only a word that starts
// with another character goes to the Unicode test.
const CAPITAL_FIRST = /^\p{Lu}/u;

export function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL_FIRST.test(word);
}
