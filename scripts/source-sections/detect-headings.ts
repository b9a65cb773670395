// Finds the section headings of a source document's text copy, so a citation of lines in that
// copy can be shown to readers as the section a reader finds in the published document.
// Each copy was extracted from a different layout, so each names the heading style it carries.

export type HeadingStyle = 'capitals' | 'markdown' | 'title-lines' | 'topic-lines';

export interface Heading {
  /** 1-based line where the section starts in the text copy. */
  line: number;
  /** The heading as a reader sees it, in title case when the copy had it in capitals. */
  heading: string;
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'vs',
]);
/** Words kept in capitals when a capitalised heading is put in title case. */
const KNOWN_ACRONYMS = new Set([
  'WISE',
  'SAMHSA',
  'PMHS',
  'MHSA',
  'INAPS',
  'CBO',
  'CBOS',
  'HR',
  'FAQ',
  'FAQS',
  'PSS',
  'ADA',
  'DSM',
  'CPS',
  'CEU',
  'CEUS',
  'EEOC',
  'WRAP',
  'NAMI',
  'SUD',
  'I',
]);

function titleCaseWord(word: string, first: boolean): string {
  const bare = word.replace(/[^A-Za-z’']/g, '').replace(/[’']S$/, '');
  if (KNOWN_ACRONYMS.has(bare.toUpperCase()) && bare === bare.toUpperCase()) return word;
  const lower = word.toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  return lower.replace(/(^|\/)([^a-z]*)([a-z])/g, (_, start: string, pre: string, c: string) => start + pre + c.toUpperCase());
}

/** "PRACTICE: SHARE HOPE" -> "Practice: Share Hope"; known acronyms stay in capitals. */
export function titleCase(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => titleCaseWord(w, i === 0))
    .join(' ');
}

function clean(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

function letters(text: string): number {
  return (text.match(/[A-Za-z]/g) ?? []).length;
}

/** A line in capitals with at least eight letters (shorter ones, "IS IT", are labels in a chart). */
function isCapitalsLine(text: string): boolean {
  if (letters(text) < 8 || /[a-z]/.test(text)) return false;
  return /^[A-Z0-9“"‘(]/.test(text);
}

function capitalsHeadings(lines: string[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = clean(lines[i] ?? '');
    if (!isCapitalsLine(text)) continue;
    // a heading broken over lines in the copy ("ETHICS, BOUNDARIES, AND" / "CONFIDENTIALITY")
    const prev = out[out.length - 1];
    if (prev && prev.line + prev.heading.split('\n').length - 1 === i) {
      prev.heading = `${prev.heading}\n${text}`;
      continue;
    }
    out.push({ line: i + 1, heading: text });
  }
  return out.map((h) => ({ ...h, heading: titleCase(h.heading.replace(/\n/g, ' ').replace(/:$/, '')) }));
}

function markdownHeadings(lines: string[]): Heading[] {
  const out: Heading[] = [];
  lines.forEach((line, i) => {
    const m = /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
    if (!m?.[1]) return;
    const text = clean(m[1].replace(/\*\*|__|\[|\]\([^)]*\)/g, '')).replace(/:$/, '');
    if (letters(text) < 3) return;
    out.push({ line: i + 1, heading: /[a-z]/.test(text) ? text : titleCase(text) });
  });
  return out;
}

/**
 * A short line in title case standing alone: no end punctuation, not a list item, most words
 * capitalised ("Top Ten Misconceptions About Peer Work").
 */
function isTitleLine(text: string): boolean {
  if (text.length < 8 || text.length > 80) return false;
  if (/[.,;:!?…”"’)]$/.test(text) || /^[•\-–*\d(“"]/.test(text)) return false;
  if (!/^[A-Z]/.test(text)) return false;
  const words = text.split(' ').filter((w) => /[A-Za-z]/.test(w));
  if (words.length < 2 || words.length > 12) return false;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^[A-Z“"‘(]/.test(w));
  return capitalised.length === content.length;
}

/** A heading starts after a blank line or a finished sentence, not in the middle of a paragraph. */
function startsBlock(previous: string): boolean {
  return previous === '' || /[.:!?”")]$/.test(previous);
}

function titleLineHeadings(lines: string[]): Heading[] {
  const out: (Heading & { span: number })[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = clean(lines[i] ?? '');
    const prev = out[out.length - 1];
    // a heading ending on a small word continues on the next short line ("… the CPS Code of" / "Ethics")
    if (
      prev &&
      prev.line + prev.span === i + 1 &&
      /\b(?:in|of|and|the|for|to|on|with|a|&)$/i.test(prev.heading) &&
      text.length > 0 &&
      text.length < 40
    ) {
      prev.heading = `${prev.heading} ${text}`;
      prev.span++;
      continue;
    }
    if (!isTitleLine(text) || /^[A-Z]\. /.test(text)) continue;
    // a heading broken over lines in the copy ("Statement on Employee Self Disclosure in" / "…")
    if (!startsBlock(clean(lines[i - 1] ?? ''))) continue;
    // a heading set in capitals reads in title case (ROLE - KEY QUESTIONS)
    out.push({ line: i + 1, heading: /[a-z]/.test(text) ? text : titleCase(text), span: 1 });
  }
  return out.map(({ line, heading }) => ({ line, heading }));
}

/** A trainer's cue that a handout is given out: it names the handout, not the topic. */
const HANDOUT_CUE = /^\[HANDOUTS?\]/;

/**
 * Trainer notes have no headings, only topic lines opening a block: a question put to the room
 * ("ASK: What is a peer?"), a numbered point ("Disruption #3: …") or a short title standing on
 * its own line ("Lack of Preparation") after a blank line, a finished sentence, a question or a
 * handout cue. Handout cues themselves are not topics: what follows them is about the topic.
 */
function topicLineHeadings(lines: string[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    let text = clean(lines[i] ?? '');
    const numbered = /^([A-Z][A-Za-z]+ #\d+: [^-–]{3,60}?) [-–] /.exec(text);
    if (numbered?.[1]) {
      out.push({ line: i + 1, heading: numbered[1] });
      continue;
    }
    if (HANDOUT_CUE.test(text)) continue;
    const previous = clean(lines[i - 1] ?? '');
    if (/^ASK:\s*/.test(text)) {
      // a question the notes wrap over lines is cut short: only whole ones, or short openings
      text = text.replace(/^ASK:\s*/, '');
      const words = text.split(' ').length;
      if (words > 16 || (words > 12 && !text.endsWith('?'))) continue;
    } else {
      text = text.replace(/:$/, '');
      if (clean(lines[i + 1] ?? '') === '') continue;
      // after a blank line any short line opens a block; right after text only a short title does
      const titleAfterText =
        (/[.?!]$/.test(previous) || HANDOUT_CUE.test(previous)) &&
        isTitleLine(text) &&
        text.split(' ').length <= 6 &&
        !/\b(?:in|of|and|the|for|to|on|with|a|&)$/i.test(text);
      if (previous !== '' && !titleAfterText) continue;
      if (text.split(' ').length > 12 || text.length > 80) continue;
    }
    if (!/^(?:\d+\. )?[A-Z“"]/.test(text) || /[.,;]$/.test(text) || /^[A-Z ]+$/.test(text) || /https?:/.test(text)) continue;
    if (text.split(' ').length < 2) continue;
    // the handout given out as a topic opens belongs to that topic
    out.push({ line: HANDOUT_CUE.test(previous) ? i : i + 1, heading: text });
  }
  return out;
}

/** Lines that look like headings but are not, per copy (a sample posting's own fields). */
export function detectHeadings(text: string, style: HeadingStyle, notHeadings: RegExp[] = []): Heading[] {
  return headingsOf(text.split(/\r?\n/), style).filter((h) => !notHeadings.some((re) => re.test(h.heading)));
}

function headingsOf(lines: string[], style: HeadingStyle): Heading[] {
  if (style === 'capitals') return capitalsHeadings(lines);
  if (style === 'markdown') return markdownHeadings(lines);
  if (style === 'topic-lines') return topicLineHeadings(lines);
  return titleLineHeadings(lines);
}
