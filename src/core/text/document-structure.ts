// Sentences, headings and the title of a plain text, from its tokens. Postings are lists more
// than prose: a bullet or a heading line ends a sentence even without a period.
import { BULLET_LETTER } from './bullet-letters.js';
import { lineIndexOf, type LineIndex } from './line-index.js';
import type { Token } from './tokenize.js';
import type { PhraseMatcher } from '../patterns/phrase-matcher.js';

export interface Sentence {
  start: number;
  end: number;
  /** token range, end exclusive */
  first: number;
  endTok: number;
  /** index into headings of the heading this sentence sits under, or -1 */
  heading: number;
}

export interface Heading {
  start: number;
  end: number;
  text: string;
}

export interface DocumentStructure {
  sentences: Sentence[];
  headings: Heading[];
  /** sentence index of each token */
  sentenceOf: Int32Array;
  title: { start: number; end: number } | null;
}

/**
 * A run of words with no sentence end is cut after this many tokens. Real sentences stay far
 * below it (the longest in the seeds and corpus is under 200); it bounds the per-sentence work
 * (guards, parts of speech) on text with no punctuation, so time stays linear in the input.
 */
export const MAX_SENTENCE_TOKENS = 400;

/**
 * A list item's opening: a bullet glyph (or two hyphens), a number ("1.", "2)") or a small letter ("a)", "b."),
 * or a letter that a symbol font's bullet becomes when text is taken out of a PDF or a Word file
 * ("o", "q", "Ø", "Ÿ", "§", a private-use glyph) before a capital (see text/bullet-letters.ts).
 */
export const BULLET = new RegExp(
  `^[ \\t]*(?:--|[-*•·▪●◦‣–§■□►➢➤>»→✓✔❖\\uF000-\\uF0FF]|${BULLET_LETTER}|\\d{1,2}[.)]|[a-z][.)])[ \\t]+`,
  'u',
);

/** The span (a sentence) stands on a line that opens a list item. */
export function onAListItem(doc: { text: string; lineStart(offset: number): number }, span: { start: number; end: number }): boolean {
  return BULLET.test(doc.text.slice(doc.lineStart(span.start), span.end));
}
/** A sentence's end inside a labeled title's value: a full stop, then a capital, not after a title's abbreviation ("Sr. Peer Specialist"). */
const SENTENCE_END_IN_VALUE = /(?<!\b(?:Sr|Jr|St|No|Dr|Mr|Ms|Mrs|Asst|Assoc))[.!?]\s+(?=\p{Lu})/u;
const TITLE_LINE =
  /^[ \t]*(?:job title|position title|class title|classification title|posting title|job posting|posting|vacancy|job opening|position|title|role)[ \t]*:[ \t]*(.+)$/im;
/**
 * An applicant tracking page's line that introduces the job after the employer's own sections
 * ("The opportunity: Peer Support Specialist", "About the role: Family Peer Specialist"). Its value
 * names the job only when it reads as a job's name (namesAJob)
 * ("About the role: part-time, 20 hours" names none).
 */
const JOB_INTRO_LINE = /^[ \t]*(?:the opportunity|about the (?:role|job|position|opportunity)|the role|your role)[ \t]*:[ \t]*(.+)$/gim;
const NAME_LIKE = /^(?:[A-Z][\w'’()&/-]*[ \t]+){1,5}[A-Z][\w'’()&/-]*$/;
/** A level after a job's name ("Recovery Coach II", "Peer Specialist 2"). */
const LEVEL = /^(?:I{1,3}|IV|V|\d)$/;

/**
 * The value of a job's introducing line, at `start`, names a job: capitalized words ending in the
 * head of a job's name (roles.json jobTitleHeads: "Peer Support Specialist", "Recovery Coach II"),
 * not a slogan or the hours ("Make A Difference Every Day", "Full Time Permanent").
 */
function namesAJob(value: string, start: number, tokens: readonly Token[], jobHeads: PhraseMatcher<string> | undefined): boolean {
  if (!jobHeads || !NAME_LIKE.test(value)) return false;
  const words = value.split(/\s+/);
  const headWord = words.length > 2 && LEVEL.test(words.at(-1)!) ? words.length - 2 : words.length - 1;
  // The head word's offset: the value's words are separated by spaces and tabs only.
  let at = start;
  for (let w = 0; w < headWord; w++) at = value.indexOf(words[w + 1]!, at - start + words[w]!.length) + start;
  const k = tokens.findIndex((t) => t.start >= at);
  return k >= 0 && tokens[k]!.start === at && jobHeads.matchAll(tokens, k, k + 1).some((m) => m.first === k);
}

/** What a site's menu bar separates its items with: a bar, a middle dot, a bullet, a spaced slash or a wide gap. */
const MENU_SEPARATOR = /\s*[|·•]\s*|\s+\/\s+|\s{3,}|\t+/;

/** Whether a line holds anything MENU_SEPARATOR splits at. */
const ANY_MENU_SEPARATOR = /[|·•\t]|\s\/\s|\s{3}/;
/** Items, and words in each, of a site's menu bar ("Home | Find Jobs | Salaries | Sign in"). */
const MENU_MIN_ITEMS = 5;
const MENU_ITEM_MAX_WORDS = 3;
/** Fewer items make a menu bar when each names a part of a website ("Jobs | Companies | Sign in"). */
const SHORT_MENU_MIN_ITEMS = 3;
/**
 * The parts of a website its menu bar names: words of page layout, not of the domain, so they sit
 * here with the separators, not in lexicons/. A job board's header line ("Recovery Coach |
 * Full-time | Nights | Boston") names none of them.
 */
const SITE_SECTIONS = new Set(
  (
    'home|about|about us|who we are|what we do|our story|our team|team|blog|news|newsroom|events|careers|jobs|' +
    'find jobs|job search|companies|company reviews|salaries|interviews|contact|contact us|donate|give|get involved|get help|' +
    'services|programs|resources|locations|sign in|log in|login|sign up|register|search|menu|help|faq|faqs|press|' +
    'media|employers|post a job|post job|my account|account|shop|salary guide|career advice|saved jobs|saved|profile|messages|reviews|' +
    'find salaries|find a job|find companies|upload your resume|upload resume|post your resume|for employers|job alerts|notifications|' +
    'search jobs|browse jobs|find work|benefits|open roles|open positions|current openings|job openings|our culture|why work here|' +
    'why join us|internships'
  ).split('|'),
);

/** A job board's buttons on a line of their own ("Apply now", "Save job", "Share"): the board's, not the posting's. */
const BOARD_BUTTONS = new Set(
  (
    'apply now|apply|easy apply|quick apply|1-click apply|apply on company site|save job|save this job|save|saved|share|' +
    'share job|share this job|report job|report this job|follow|message|add to job cart|print|email to a friend|email this job|' +
    'print this job|print job|save to favorites|add to favorites'
  ).split('|'),
);
/** A hiring banner alone on its line, above a page's heading: it says a job is offered, it names none. */
const HIRING_BANNER =
  /^(?:now hiring|hiring now|we(?:'|’)?re hiring|we are hiring|now accepting applications|accepting applications|urgently hiring)[!.]*$/i;
/** A job board's search box pasted as a line ("What: peer   Where: Mesa, AZ"): the reader's query, not the page. */
const SEARCH_BOX_ITEM = /^(?:what|where|keywords?|location)\s*:/i;

/** A site header's controls, each alone on its line when the page is copied as text ("Menu" over
 * "Search" over "Sign in"): the header's buttons, not the page's title. Words that name a part of
 * the site ("Careers", "Services") may head the page itself, so only controls are here. */
const HEADER_CONTROLS = new Set(
  (
    'menu|main menu|open menu|close menu|close|search|search this site|sign in|log in|login|sign up|sign in / register|' +
    'register|my account|account|navigation|main navigation|toggle navigation|back to top|back to search results|back to jobs|' +
    'back to results|create account|cart|language|translate|select language|text size'
  ).split('|'),
);

/** A button set in square brackets on a copied page ("[Search roles]", "[ APPLY NOW ]"). */
const BRACKETED_BUTTON = /^\[[^\]]{1,30}\]$/;
/** A link back to a list on a line of its own ("← All open roles", "Back to search results"). */
const BACK_LINK = /^(?:[←‹«<]\s*\S.{0,40}|back to .{1,40})$/i;

/** A site's notice of its cookies ("This site uses cookies", "We use cookies so that ... [Accept]"): the site's, not the page's. */
const COOKIE_BANNER =
  /^(?:this (?:web)?site uses cookies|we use cookies\b|cookie (?:settings|preferences|policy|notice)$|(?:accept|allow|reject) (?:all )?cookies)/i;

/** A row of share buttons ("Share this job: Email  Facebook  LinkedIn"): the site's widget, not the page's words. */
const SHARE_ROW =
  /^share(?: (?:this|the))?(?: (?:job|page|post|posting|article|story|opening))?\s*[:|]?(?:[\s|,·•]*(?:email|e-mail|facebook|linkedin|twitter|x|whatsapp|print|copy link|link|reddit|bluesky|threads))+[\s|,·•]*$/i;

/** A page's link past its menu for screen readers and keyboards ("Skip to main content"): no part of the page's text. */
const SKIP_LINK = /^skip (?:to|over) (?:the )?(?:main )?(?:content|navigation|main|search|results)$|^skip navigation$/i;

/** Words shortened with a full stop that a sentence goes on after ("Lived exp. in MH recovery is a plus"). */
const ABBREVIATIONS = new Set(
  'exp approx incl dept min max vs etc esp req reqs pref yrs hrs mos wk wks appt appts mgmt asst govt'.split(' '),
);

/** The full stop after `last` ends initials ("the U.S. Army", "in D.C. courts"), not the sentence: single capitals each followed by a full stop. */
function initialism(text: string, before: Token, last: Token, between: string): boolean {
  return between.trimEnd() === '.' && /^[A-Z]$/.test(last.raw) && /^[A-Z]$/.test(before.raw) && text.slice(before.end, last.start) === '.';
}

/** The full stop after `prev` shortens it, and the sentence goes on in lower case after it. */
function abbreviated(prev: Token, between: string, next: Token): boolean {
  return between.trimEnd() === '.' && ABBREVIATIONS.has(prev.norm) && /^[a-z]/.test(next.raw);
}

/**
 * A site's menu bar: several short items side by side, none a sentence or a label with its value
 * ("Job Category: Adult Services    Location: Marion"). It names the site's sections, not the page,
 * so it is not the page's title; a breadcrumb ("Home > Salaries > Peer Support Specialist") says
 * where the page is and stays. A skip link ("Skip to main content") is the menu's too.
 */
export function isMenuLine(line: string): boolean {
  const t = line.trim();
  if (SHARE_ROW.test(t) || COOKIE_BANNER.test(t) || BACK_LINK.test(t)) return true;
  // Most lines hold no separator at all: they split into one item, so say so without splitting.
  if (!ANY_MENU_SEPARATOR.test(line)) {
    if (line.length < 40 && (SKIP_LINK.test(t) || BOARD_BUTTONS.has(t.toLowerCase()) || HEADER_CONTROLS.has(t.toLowerCase()))) return true;
    // Sections set apart by two spaces ("Jobs  Companies  Salaries  For Employers"), or a board's
    // buttons ("Apply Now     Save Job     Print"): the site's, not the page's.
    const spaced = t.split(/\s{2,}/);
    if (spaced.length >= 2 && spaced.every((item) => BOARD_BUTTONS.has(item.toLowerCase()))) return true;
    return spaced.length >= SHORT_MENU_MIN_ITEMS && spaced.every((item) => SITE_SECTIONS.has(item.toLowerCase()));
  }
  // Items set apart by two spaces beside a wider gap ("Companies  Salaries  Jobs         Sign In") are items too.
  const items = t
    .split(MENU_SEPARATOR)
    .flatMap((item) => item.split(/\s{2,}/))
    .filter(Boolean);
  if (items.length >= 2 && items.every((item) => SEARCH_BOX_ITEM.test(item))) return true;
  const chrome = (item: string) =>
    SITE_SECTIONS.has(item.toLowerCase()) ||
    BOARD_BUTTONS.has(item.toLowerCase()) ||
    HEADER_CONTROLS.has(item.toLowerCase()) ||
    BRACKETED_BUTTON.test(item);
  // Most items the site's own ("Open Roles · Life at Harbor House · Benefits · FAQ  [Search roles]"),
  // none a sum or a date: a careers site's menu, whatever its other items say.
  // ("Home / Careers / Peer Support Specialist", three steps that name the page, is a path to it.)
  if (
    items.length > SHORT_MENU_MIN_ITEMS &&
    items.filter(chrome).length * 2 >= items.length &&
    items.every((item) => !/[$€£\d]/.test(item))
  )
    return true;
  const sections = (from: number) => items.slice(from).every(chrome);
  // Two header controls side by side ("Sign in | Create account") are the header too.
  if (items.length >= 2 && items.every((item) => HEADER_CONTROLS.has(item.toLowerCase()))) return true;
  if (items.length >= SHORT_MENU_MIN_ITEMS && sections(0)) return true;
  // The site's own name may open its menu ("ZipRecruiter   Jobs   Salaries   Sign in"): one word.
  if (items.length > SHORT_MENU_MIN_ITEMS && !/\s/.test(items[0]!) && sections(1)) return true;
  return (
    items.length >= MENU_MIN_ITEMS && items.every((item) => item.split(/\s+/).length <= MENU_ITEM_MAX_WORDS && !/[:.!?$€£\d]/.test(item))
  );
}

/** A line of the site around the page, not of the page: its menu bar or a breadcrumb trail. */
export function isPageChrome(line: string): boolean {
  return isMenuLine(line) || isBreadcrumb(line);
}

/** A step of a breadcrumb trail: a spaced ">", "»" or "›". */
const BREADCRUMB_STEP = /\s[>»›]\s/g;
/** Steps that make a breadcrumb trail (two: three places). */
const BREADCRUMB_MIN_STEPS = 2;

/** A breadcrumb trail: where the page is on its site ("Home > Credentials > How to Apply"), not its heading. */
export function isBreadcrumb(line: string): boolean {
  return (line.match(BREADCRUMB_STEP) ?? []).length >= BREADCRUMB_MIN_STEPS;
}

/** A line the analysis reads as a heading, given the next non-blank line and whether a blank line came before. */
/** A line that breaks off after a word that needs more ("People suffering from"): wrapped text, not a heading. */
const BROKEN_OFF = /\b(from|of|the|a|an|and|or)$/i;
/** A line that is only a joining word ("OR" between two ways to qualify): it joins what is around it. */
const JOINING_WORD = /^(or|and|and\/or)$/i;
/** A line that is only a joining word ("OR" between two ways to qualify): a break of its own, not wrapping. */
export const isJoiningLine = (line: string): boolean => JOINING_WORD.test(line.trim());
/** A comma that ends a line: the sentence goes on on the next one (a paragraph wrapped at a fixed
 * width: "... depression, anxiety," over "trauma or alcohol and drug use, in the clinic and at home."),
 * unless that line starts anew (a bullet, a heading, a line under a short one). */
const COMMA_AT_LINE_END = /^,[ \t]*\r?\n[ \t]*$/;
/** A line whose first word takes a comma: it goes on with a series from the line above ("Services, Community Wellness Programs, ..."). */
const CONTINUES_A_SERIES = /^[A-Z][\w'’-]*,\s/;
/** Words from which such a line is read as wrapped text ("Springfield, IL" under a title is a line of its own). */
const SERIES_MIN_WORDS = 5;
/**
 * Whether a line (trimmed) goes on with the one above it (`prev`, trimmed), as a paragraph wrapped
 * at a fixed width does: the line above breaks off on a word that needs more ("... for the"), or the
 * line opens on a comma of a series ("Services, Community Wellness Programs, the ..."), or the line
 * above is prose that stops on a capitalized word, a name wrapped onto this line ("... about 20
 * hours at Eastbrook Family" over "Counseling Center; about 12 hours ..."). Such a line opens no
 * item, heading or entry of its own.
 */
export function wrappedFromAbove(prev: string, line: string): boolean {
  if (!prev || BULLET.test(line)) return false;
  if (BROKEN_OFF.test(prev)) return true;
  if (line.split(/\s+/).length >= SERIES_MIN_WORDS && CONTINUES_A_SERIES.test(line)) return true;
  // The name's rest runs on into more of the sentence, or ends it ("Housing Programs."); a short
  // line of its own under a list's last item ("... with other Peer Support Workers" over
  // "Eligibility criteria") heads what follows.
  const runsOn = line.length >= WRAPPED_LINE_MIN || /[.,;]["”’)]?$/.test(line);
  return runsOn && prev.length >= WRAPPED_NAME_MIN && ENDS_ON_A_NAME.test(prev) && isProse(prev);
}

/** A line written in sentence case: a third or more of its words in lower case (a title-case
 * heading, "Join Us: Peer Specialists for the Harbor Street Drop-In Center", has a word or two). */
function isProse(line: string): boolean {
  const words = line.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower >= 2 && lower * 3 >= words.length;
}

/** Words of a paragraph under a line (see endsABlock). */
const PARAGRAPH_MIN_WORDS = 8;

/**
 * A line that closes a block, so that a short line under it may head the next one in a page copied
 * without its blank lines: a list's last item, or a line of employer, place and pay set apart by
 * bars ("Harbor Wellness | Eastgate, OH | $22 an hour") or a sentence, when a paragraph follows.
 */
function endsABlock(prev: string, next: string | undefined): boolean {
  if (BULLET.test(prev)) return true;
  // The line above first (a test of its end), the words under it only then: it runs for every line.
  if (!TABLE_ROW.test(prev) && !/[.!?]["”’)]?$/.test(prev.trim())) return false;
  return next !== undefined && next.trim().split(/\s+/).length >= PARAGRAPH_MIN_WORDS;
}

/** A line drawn with marks alone, three or more: a rule between parts of the page. */
const RULE_LINE = /^[ \t]*(?:[-=_*~•·─━═][ \t]*){3,}$/;

/** A line that opens with a short label ("Preferred: ...", "Time in recovery: ..."): a new item, even after a long line. */
const LABEL_OPENING = /^[ \t]*[A-Z][\w'’&/()-]*(?:[ \t]+[\w'’&/()-]+){0,3}:[ \t]+\S/;
/** A row of a table pasted as text ("Medication | Prompt and record ..."): its cells are separated by a bar or a tab. */
const TABLE_ROW = /\S[ \t]*(?:\||\t)[ \t]*\S/;

/** The shortest line of prose read as one a paragraph was wrapped at when it stops on a capitalized word (a name run on). */
const WRAPPED_NAME_MIN = 45;
/** The longest title read over two lines, a title wrapped at a fixed width. */
const WRAPPED_TITLE_MAX = 150;
/** A line that stops on a capitalized word after a space: maybe a name that runs on. */
const ENDS_ON_A_NAME = /\s\p{Lu}[\p{L}'’-]*$/u;
/** The shortest line read as one a paragraph was wrapped at, when the next goes on in lower case. */
const WRAPPED_LINE_MIN = 30;

export function isHeadingLine(line: string, next: string | undefined, prevBlank: boolean, prevEnds = false): boolean {
  const t = line
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/^\*\*|\*\*$/g, '');
  if (!t || t.length > 70 || BULLET.test(line) || BROKEN_OFF.test(t) || JOINING_WORD.test(t)) return false;
  if (/^#{1,6}\s/.test(line.trim())) return true;
  // A line in lower case right under another goes on with it ("Candidates who do not meet each of
  // these qualifications will not be" over "considered:"): a wrapped sentence's end, no heading.
  if (!prevBlank && /^\p{Ll}/u.test(t)) return false;
  if (/:$/.test(t)) return t.split(/\s+/).length <= 8;
  if (next === undefined) return false;
  const words = t.split(/\s+/);
  // A short question that opens a block ("What will you do?" above a list) heads a section.
  if (t.endsWith('?')) return words.length <= 8 && /^[A-Z]/.test(t) && (prevBlank || BULLET.test(next));
  if (/[.!,;]$/.test(t)) return false;
  if (words.length > 12) return false;
  // A run of names that opens on a comma ("Services, Community Wellness Programs, the Crisis
  // and Stabilization Services") goes on with a series from the line above: wrapped text, not a heading.
  if (words.length >= SERIES_MIN_WORDS && CONTINUES_A_SERIES.test(t)) return false;
  // Mostly capitalized words ("Minimum Qualifications"; a longer title-case line such as "Join
  // Our Team: Peer Specialists for the Emergency Room" only when nearly every word is), or a short
  // sentence-case line that opens a block: after a blank line or right under a list's last item
  // (a page copied without its blank lines), or right above a bulleted list ("Minimum qualifications").
  const caps = words.filter((w) => /^[A-Z0-9&(]/.test(w)).length;
  if (words.length > 7) return caps / words.length >= 0.8;
  if (caps / words.length >= 0.6) return true;
  // A line whose words go on in lower case on the next one is a hard-wrapped sentence's first line
  // ("Northern Lights is an integrated youth" over "services hub for young people ..."), not a heading.
  return words.length <= 6 && /^[A-Z]/.test(t) && (prevBlank || prevEnds || BULLET.test(next)) && !/^\s*[a-z]/.test(next);
}

export function structureOf(
  text: string,
  tokens: readonly Token[],
  title: DocumentStructure['title'],
  index: LineIndex = lineIndexOf(text),
  jobHeads?: PhraseMatcher<string>,
): DocumentStructure {
  const { lines } = index;
  const headings: Heading[] = [];
  // Line starts that begin a new sentence: bullets, headings, lines after a blank line or a heading.
  const hardStarts = new Set<number>();
  const headingAt = new Map<number, number>();
  // The next non-blank line after each line, found in one backward pass (not a scan per line).
  const nextText: (string | undefined)[] = new Array(lines.length);
  for (let i = lines.length - 1, after: string | undefined; i >= 0; i--) {
    nextText[i] = after;
    if (lines[i]!.text.trim()) after = lines[i]!.text;
  }
  // Items written one to a line without bullets or periods ("Welcome new families ..." over
  // "Support parents at school meetings ..."): three such lines in a row, each opening in
  // capitals after a line that does not break off, are a list, not one wrapped sentence.
  // Lines that go on with the one above (see wrappedFromAbove); a name wrapped over three lines
  // ("... about 20 hours at Eastbrook" / "Family Counseling Center; about 12 hours at Riverside" /
  // "Psychiatric Rehabilitation Program; ...") goes on from a line that went on itself.
  const goesOn: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    const prev = lines[i - 1]?.text.trim() ?? '';
    goesOn.push(
      wrappedFromAbove(prev, t) ||
        (goesOn[i - 1] === true && !BULLET.test(t) && prev.length >= WRAPPED_NAME_MIN && ENDS_ON_A_NAME.test(prev)),
    );
  }
  const opensItem = (i: number) => {
    const t = lines[i]?.text.trim() ?? '';
    const prev = lines[i - 1]?.text.trim() ?? '';
    return /^[A-Z]/.test(t) && prev !== '' && !/[.!?:;,]["”’)]?$/.test(prev) && !BULLET.test(t) && goesOn[i] !== true;
  };
  let prevBlank = true;
  let prevHeading = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A rule drawn across the page ("-----", "* * *") sets blocks apart as a blank line does.
    if (!line.text.trim() || RULE_LINE.test(line.text)) {
      prevBlank = true;
      continue;
    }
    const next = nextText[i];
    // Nor is a line of wrapping width that the line right under it goes on from a heading.
    const goneOnFrom = line.text.trim().length >= WRAPPED_NAME_MIN && goesOn[i + 1] === true;
    const heading =
      goesOn[i] !== true && !goneOnFrom && isHeadingLine(line.text, next, prevBlank, endsABlock(lines[i - 1]?.text ?? '', next));
    const prevLine = lines[i - 1]?.text.trim() ?? '';
    // A short line is a heading or an item, unless it breaks off after a word that needs more
    // ("People suffering from" / "schizophrenia ...": one sentence wrapped).
    // A line that opens in lower case under a line of wrapping width goes on with it: a paragraph
    // wrapped short ("Northern Lights is an integrated youth" / "services hub for young people").
    const wrapped = prevLine.length >= WRAPPED_LINE_MIN && /^\s*[a-z0-9]/.test(line.text) && !BULLET.test(line.text);
    const prevShort = prevLine.length > 0 && prevLine.length < 45 && !BROKEN_OFF.test(prevLine) && !wrapped;
    // A row of a table is an item of its own, as a labelled line is: a wish named in one row is not another's.
    const labelled = LABEL_OPENING.test(line.text) || TABLE_ROW.test(line.text);
    const inList = opensItem(i) && (opensItem(i + 1) || opensItem(i - 1));
    if (
      prevBlank ||
      prevHeading ||
      heading ||
      labelled ||
      BULLET.test(line.text) ||
      /[.!?:;]["”’)]?$/.test(prevLine) ||
      prevShort ||
      inList
    )
      hardStarts.add(line.start);
    if (heading) {
      headingAt.set(line.start, headings.length);
      headings.push({
        start: line.start,
        end: line.end,
        text: line.text
          .trim()
          .replace(/^#+\s*/, '')
          .replace(/:$/, ''),
      });
    }
    prevBlank = false;
    prevHeading = heading;
  }
  if (!title) {
    const head = text.slice(0, 2000);
    const m =
      TITLE_LINE.exec(head) ??
      [...head.matchAll(JOB_INTRO_LINE)].find((x) => namesAJob(x[1]!.trim(), x.index + x[0].indexOf(x[1]!), tokens, jobHeads));
    if (m) {
      const start = m.index + m[0].indexOf(m[1]!);
      // A form's next field on the same line after a wide gap ("Position: Program Accountant     Department: Finance") is no part of the name,
      // nor the sentences after the first ("Position: Live-in manager of our sober home. It houses ...").
      const field = m[1]!.split(/\s{3,}|\t/)[0]!;
      const sentenceEnd = SENTENCE_END_IN_VALUE.exec(field);
      title = { start, end: start + (sentenceEnd ? field.slice(0, sentenceEnd.index) : field).trim().length };
    } else {
      // A breadcrumb trail ("Home > Programs > Family Peer Support") stands above the page's heading.
      // So does a hiring banner on a line of its own ("NOW ACCEPTING APPLICATIONS") above it.
      const at = lines.findIndex((l) => l.text.trim() && !isPageChrome(l.text) && !HIRING_BANNER.test(l.text.trim()));
      const first = lines[at];
      // A title wrapped onto the line under it ("Thinking of applying to be a Recovery Coach? Some" over
      // "answers for applicants") runs to that line's end.
      const under = lines[at + 1];
      const wrappedTitle =
        first !== undefined &&
        under !== undefined &&
        (goesOn[at + 1] === true ||
          (first.text.trim().length >= WRAPPED_LINE_MIN && /^\s*\p{Ll}/u.test(under.text) && !/[.!?:;]$/.test(first.text.trim())));
      const last = wrappedTitle ? under! : first;
      // A short first line that ends in "!" is still a title ("Parent Partner job opening!");
      // one that ends in "." or "?", or a long exclamation, is a sentence.
      const t = first ? text.slice(first.start, last!.end).trim() : '';
      const sentence = /[.?]$/.test(t) || (t.endsWith('!') && t.split(/\s+/).length > 8);
      if (first && t.length <= (wrappedTitle ? WRAPPED_TITLE_MAX : 100) && !sentence) {
        const lead = first.text.length - first.text.trimStart().length;
        title = { start: first.start + lead, end: last!.start + last!.text.trimEnd().length };
      }
    }
  }

  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  let currentHeading = -1;
  let sStart = -1;
  // Tokens come in order, so the line a token is on is found by walking forward once.
  let lineIndex = 0;
  const lineStartOf = (offset: number) => {
    while (lineIndex + 1 < lines.length && lines[lineIndex + 1]!.start <= offset) lineIndex++;
    return lines[lineIndex]!.start;
  };
  const close = (endTok: number) => {
    if (sStart < 0 || endTok <= sStart) return;
    for (let k = sStart; k < endTok; k++) sentenceOf[k] = sentences.length;
    sentences.push({
      start: tokens[sStart]!.start,
      end: tokens[endTok - 1]!.end,
      first: sStart,
      endTok,
      heading: currentHeading,
    });
    sStart = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    let boundary = tok.gap === 'start' || tok.gap === 'break';
    if (!boundary && tok.gap === 'line' && hardStarts.has(lineStartOf(tok.start))) boundary = true;
    if (!boundary && sStart >= 0 && i - sStart >= MAX_SENTENCE_TOKENS) boundary = true;
    if (!boundary && tok.gap === 'punct') {
      const between = text.slice(tokens[i - 1]!.end, tok.start);
      if (
        /[.!?;]["”’)]*\s/.test(between) ||
        (/\n/.test(between) && !(COMMA_AT_LINE_END.test(between) && !hardStarts.has(lineStartOf(tok.start)))) ||
        /•\s*$/.test(between)
      )
        boundary = !abbreviated(tokens[i - 1]!, between, tok) && !(i >= 2 && initialism(text, tokens[i - 2]!, tokens[i - 1]!, between));
    }
    if (boundary) {
      close(i);
      const ls = lineStartOf(tok.start);
      const h = headingAt.get(ls);
      // Text on a heading line belongs to that heading's own sentence; what follows sits under it.
      if (h !== undefined) currentHeading = h;
      sStart = i;
    }
  }
  close(tokens.length);
  return { sentences, headings, sentenceOf, title };
}
