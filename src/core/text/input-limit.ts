// How much of a text analyze() reads. Time is linear in the input (about 0.3 s per MB of
// ordinary text on one core, 2 s per MB at worst on dense made-up text), so the limit bounds
// time and memory for a pasted book or a scraped page gone wrong, not a realistic posting:
// the longest source documents are about 170,000 characters.

/** Texts longer than this (UTF-16 code units, ≈ 5 MB of plain text) are analyzed up to it. */
export const MAX_ANALYZE_CHARS = 5 * 1024 * 1024;

/** Look this far back from the limit for a paragraph or line break to cut at. */
const CUT_WINDOW = 64 * 1024;

/**
 * Where to cut a text so that at most `max` code units are analyzed: at a paragraph break near
 * the limit, else a line break, else a space, and never inside a surrogate pair.
 * Returns text.length when the whole text fits.
 */
export function analyzedLength(text: string, max = MAX_ANALYZE_CHARS): number {
  if (text.length <= max) return text.length;
  if (!(max >= 1)) return 0; // 0, negative or NaN: nothing is analyzed
  max = Math.floor(max);
  const floor = Math.max(0, max - CUT_WINDOW);
  for (const mark of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(mark, max - mark.length);
    if (at >= floor && at > 0) return at;
  }
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** The note a report carries when only part of the text was analyzed. */
export function cutNotice(analyzed: number, total: number, max: number): string {
  return (
    `This text is too long to analyze in full: only the first ${grouped(analyzed)} of ${grouped(total)} characters ` +
    `were analyzed (the limit is ${grouped(max)}). Findings and scores cover that part only.`
  );
}
