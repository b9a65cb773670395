// Family 3 on a peer posting: how the posting asks for lived experience. Each sentence that
// mentions it is one mention, with a strength (required, preferred, mentioned) and the types of
// experience it names; the checks in src/core/checks/ turn the reading into findings.
import { inQuotes, type AnalysisDocument } from '../analysis-document.js';
import { BULLET, onAListItem, type Sentence } from '../text/document-structure.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { PhraseMatcher } from '../patterns/phrase-matcher.js';
import type { LivedExperienceReport, LivedExperienceStatus, RoleCategory } from '../types.js';
import { askedOnlyOnACondition } from './applicant-condition.js';
import { oncePerDocument } from './once-per-document.js';
import { openBracketBefore } from './open-bracket.js';
import { matchesBesideAsides, withoutAsides } from './words-set-aside.js';
import { aboutTheEmployee } from './employee-sections.js';
import { listsOtherPostings } from './agency-sections.js';
import { spaceOrHyphen, type Token } from '../text/tokenize.js';
import {
  applicantHas,
  describesPeople,
  holderDefinition,
  linkedToApplicant,
  namedAsColleagues,
  servedSubject,
} from './lived-experience-subject.js';

const RANK: Record<LivedExperienceStatus, number> = { absent: 0, mentioned: 1, preferred: 2, required: 3 };

export interface Mention {
  first: number;
  end: number;
  sentence: number;
  strength: Exclude<LivedExperienceStatus, 'absent'>;
  types: Set<RoleCategory>;
  /** What a story-sharing phrase shares ("must be willing to share your lived experience"). */
  shares: boolean;
}

export type HeadingKind = 'required' | 'preferred' | null;

function kindOfRange(doc: AnalysisDocument, lex: CompiledLexicons, start: number, end: number): HeadingKind {
  const [a, b] = doc.tokenRange(start, end);
  const le = lex.livedExperience;
  if (le.preferredHeadings.test(doc.tokens, a, b)) return 'preferred';
  if (le.requiredHeadings.test(doc.tokens, a, b)) return 'required';
  // "Who:" or "Is this you?" heads the qualifications only as the whole heading ("Who we serve" does not).
  if (le.wholeRequiredHeadings.matchAll(doc.tokens, a, b).some((m) => m.first === a && m.end === b)) return 'required';
  return null;
}

/**
 * Whether each heading makes what is under it required or preferred. A heading the lexicon does
 * not name ("You are:", "The person we want") still heads the requirements when the lines under
 * it ask for two or more kinds of what an applicant brings (education, certification, age,
 * driver's license ...: the job seeker's qualification items in lexicons/job-seeker.json).
 */
function headingKinds(doc: AnalysisDocument, lex: CompiledLexicons): HeadingKind[] {
  const { headings, sentences, title } = doc.structure;
  const kinds = headings.map((h) => kindOfRange(doc, lex, h.start, h.end));
  const asked = kinds.map(() => newAsked());
  // The title heads the whole text when it has no other heading, and a line of its block (the
  // employer and pay under it) heads the opening: neither is a section of requirements.
  const blockEnd = title ? titleBlockEnd(doc.text, title.end) : -1;
  sentences.forEach((s, i) => {
    if (s.heading < 0 || kinds[s.heading] !== null) return;
    const at = headings[s.heading]!.start;
    if (title && at >= title.start && at < blockEnd) return;
    countAsked(doc, lex, i, asked[s.heading]!);
  });
  return kinds.map((k, i) => k ?? (asksQualifications(asked[i]!) ? 'required' : null));
}

/** Where the title's block of lines ends: the first blank line after it. */
function titleBlockEnd(text: string, titleEnd: number): number {
  const blank = /\n[ \t]*\n/.exec(text.slice(titleEnd));
  return blank ? titleEnd + blank.index : text.length;
}

interface Asked {
  kinds: Set<number>;
  lines: number;
  asking: number;
}
const newAsked = (): Asked => ({ kinds: new Set(), lines: 0, asking: 0 });

/** Counts one line of a block: the kinds of what an applicant brings that it asks for. */
function countAsked(doc: AnalysisDocument, lex: CompiledLexicons, sentence: number, into: Asked): void {
  const found = qualificationsBySentence(doc, lex)[sentence]!;
  for (const kind of found) into.kinds.add(kind);
  into.lines++;
  if (found.length) into.asking++;
}

/** The qualifications each sentence names (their entries), read in one pass over the text. */
const qualificationsBySentence = oncePerDocument((doc: AnalysisDocument, lex: CompiledLexicons): number[][] => {
  const { sentences, sentenceOf } = doc.structure;
  const by: number[][] = sentences.map(() => []);
  for (const m of lex.qualifications.matcher.matchAll(doc.tokens)) {
    const s = sentenceOf[m.first]!;
    // A match may run on across a line break into the next sentence; the sentence alone decides.
    if (m.end <= sentences[s]!.endTok) by[s]!.push(m.payload);
  }
  return by;
});

/**
 * Two kinds asked, on at least a third of the block's lines: a duties list that mentions a
 * certification once is not a requirements list.
 */
const asksQualifications = (a: Asked) => a.kinds.size >= 2 && a.asking * 3 >= a.lines;

/**
 * Per sentence, whether the paragraph it sits in stands for the qualifications when no heading
 * says so: "You're in recovery yourself. You have a GED and a peer credential." after the duties
 * asks. The opening paragraph after the title's does not: it introduces the job or the team ("Our
 * peer staff use their own lived experience. The role requires a diploma and ..."). One pass over
 * the sentences, so a long text with many mentions stays linear.
 */
function paragraphKinds(doc: AnalysisDocument, lex: CompiledLexicons): HeadingKind[] {
  const { sentences, title } = doc.structure;
  const kinds: HeadingKind[] = sentences.map(() => null);
  if (!title) return kinds;
  let paragraph = 0;
  let opening = -1;
  let first = 0;
  // Paragraphs up to the first one after the title's block of lines (title, employer, pay: a
  // line of it may read as a heading) are the heading block and the opening.
  const blockEnd = titleBlockEnd(doc.text, title.end);
  const close = (end: number, asked: Asked) => {
    if (opening >= 0 && paragraph > opening && asksQualifications(asked)) kinds.fill('required', first, end);
  };
  let asked = newAsked();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const prev = sentences[i - 1];
    if (prev && (prev.heading !== s.heading || /\n[ \t]*\n/.test(doc.text.slice(prev.end, s.start)))) {
      close(i, asked);
      paragraph++;
      first = i;
      asked = newAsked();
    }
    if (opening < 0 && s.start >= blockEnd) opening = paragraph;
    countAsked(doc, lex, i, asked);
  }
  close(sentences.length, asked);
  return kinds;
}

const LABEL_REACH = 200;
/** How many words into a requirements line its subject can start. */
const REQUIREMENT_LINE_REACH = 4;

/** How close before a mention a cue of someone else's experience must end to govern it. */
const OTHERS_REACH = 4;
/** The longest such cue, in words ("experience working with"): where the search for one starts. */
const OTHERS_CUE_WORDS = 3;

/**
 * The mention is someone else's experience: "relate to individuals with lived experience", "work
 * with people who have lived experience". The cue governs the mention only from close before it
 * and within one clause: "Knowledge of recovery, and lived experience" still asks for the
 * applicant's own.
 */
function othersExperience(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  sentence: Sentence,
  mentionFirst: number,
  mentionEnd: number,
): boolean {
  const sentenceFirst = sentence.first;
  const from = Math.max(sentenceFirst, mentionFirst - OTHERS_REACH - OTHERS_CUE_WORDS);
  return lex.livedExperience.notOwn.matchAll(doc.tokens, from, mentionFirst).some((c) => {
    if (mentionFirst - c.end > OTHERS_REACH || yourOwn(doc, c.end, mentionEnd)) return false;
    // The subject of a sentence that wishes for it names applicants: "Students with personal
    // recovery experience are strongly preferred" for a student job.
    if (c.first === sentenceFirst && wishedInSentence(doc, lex, sentence)) return false;
    for (let i = c.end; i <= mentionFirst; i++) {
      const t = doc.tokens[i]!;
      if (!spaceOrHyphen(t.gap)) return false;
      if (i < mentionFirst && (t.norm === 'and' || t.norm === 'or')) return false;
    }
    return true;
  });
}

/** Verbs of having between "who" and a mention ("who has 12 years in recovery"). */
const WHO_HAS = new Set(['has', 'have', 'had']);

/**
 * The mention is said of someone already in a post, named before a comma and "who": "Our coaches
 * work under the House Director, who has nine years in recovery". A relative clause set off
 * by a comma describes that one person; the job's applicant is asked for without one ("a coach
 * who has two years in recovery").
 */
function someoneInPostsOwn(doc: AnalysisDocument, lex: CompiledLexicons, first: number): boolean {
  const { tokens, text } = doc;
  // The verb of having opens the mention or stands right before it.
  const has = WHO_HAS.has(tokens[first]!.norm) ? first : first - 1;
  if (has < 0 || !WHO_HAS.has(tokens[has]!.norm)) return false;
  const who = has - 1;
  if (who < 1 || tokens[who]!.norm !== 'who' || !text.slice(tokens[who - 1]!.end, tokens[who]!.start).includes(',')) return false;
  return lex.roles.jobTitleHeads.matchAll(tokens, who - 1, who).length > 0;
}

/** The sentence requires or prefers what it names ("... are strongly preferred", "... required"). */
function wishedInSentence(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence): boolean {
  const le = lex.livedExperience;
  return le.required.test(doc.tokens, s.first, s.endTok) || le.preferred.test(doc.tokens, s.first, s.endTok);
}

/**
 * "your own" between a cue and the end of the mention says it is the applicant's: "experience with
 * your own struggles with drinking", "help our members by drawing on your own lived experience".
 */
function yourOwn(doc: AnalysisDocument, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.tokens[i]?.norm === 'your' && doc.tokens[i + 1]?.norm === 'own') return true;
  return false;
}

/** A cue that ends inside a hyphened word names something else: "must be sober-living house manager certified". */
const midCompound = (doc: AnalysisDocument, end: number) => doc.tokens[end]?.gap === 'hyphen';

/** "recovery" that describes the work after it ("2 years recovery coaching experience",
 * lived-experience.json recoveryWorkWords): time in a field of work, not in one's own recovery. */
function recoveryNamesWork(doc: AnalysisDocument, lex: CompiledLexicons, end: number): boolean {
  const { tokens } = doc;
  return tokens[end - 1]?.norm === 'recovery' && tokens[end]?.gap === 'space' && lex.livedExperience.recoveryWork.has(tokens[end]!.norm);
}

/** Capitalized: "Lived", "Experience". */
const capitalized = (doc: AnalysisDocument, i: number) => /^[A-Z]/.test(doc.tokens[i]?.raw ?? '');

/**
 * The mention, in capitals, is part of a name that goes on with a word for a body or an event:
 * "the Lived Experience Advisory Council", "our Lived Experience Storytelling Workshop".
 */
function partOfAName(doc: AnalysisDocument, lex: CompiledLexicons, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (!capitalized(doc, i)) return false;
  if (!capitalized(doc, end) || doc.tokens[end]!.gap !== 'space') return false;
  return lex.livedExperience.namedBody.matchAll(doc.tokens, end, end + 1).some((m) => m.first === end);
}

/** The longest cue of whose experience it is, right after a mention ("of people living with"). */
const OTHERS_AFTER_WORDS = 3;

/**
 * Whose experience, said right after the mention: "lived experience of our clients" is theirs, and
 * "experience with drug use treatment" is work in a field, not the applicant's own. Only a mention
 * that says "experience" can be work experience: "has been through the system" is lived through.
 */
function othersAfter(doc: AnalysisDocument, lex: CompiledLexicons, mentionFirst: number, mentionEnd: number, sentenceEnd: number): boolean {
  const to = Math.min(sentenceEnd, mentionEnd + OTHERS_AFTER_WORDS);
  const startsHere = (cues: PhraseMatcher<string>) => cues.matchAll(doc.tokens, mentionEnd, to).some((c) => c.first === mentionEnd);
  if (startsHere(lex.livedExperience.othersAfter)) return true;
  return namesExperience(doc, mentionFirst, mentionEnd) && startsHere(lex.livedExperience.workAfter);
}

/**
 * The span with the quotation mark that closes one it opened ('people who have "been there"'): a
 * phrase read across quotation marks ends at its last word, before the closing mark.
 */
function withItsClosingQuote(doc: AnalysisDocument, span: { start: number; end: number; text: string }) {
  const marks = span.text.match(/["“”]/g)?.length ?? 0;
  const next = doc.text[span.end] ?? '';
  return marks % 2 === 1 && (next === '"' || next === '”') ? { start: span.start, end: span.end + 1, text: span.text + next } : span;
}

/** Whether the mention says "experience" in so many words. */
function namesExperience(doc: AnalysisDocument, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (/^experienc/.test(doc.tokens[i]!.norm)) return true;
  return false;
}

/** The longest cue of work before a bare "experience", in words ("two years of"). */
const WORK_BEFORE_WORDS = 3;

/**
 * A mention that opens with a bare "experience" ("experience with addiction") right after words
 * for work ("two years of", "professional", "clinical") is experience of a field of work.
 */
function workBefore(doc: AnalysisDocument, lex: CompiledLexicons, sentenceFirst: number, mentionFirst: number): boolean {
  if (!/^experiences?$/.test(doc.tokens[mentionFirst]!.norm)) return false;
  const from = Math.max(sentenceFirst, mentionFirst - WORK_BEFORE_WORDS);
  return lex.livedExperience.workBefore.matchAll(doc.tokens, from, mentionFirst).some((c) => c.end === mentionFirst);
}

/**
 * "Experience" and a verb in -ing before a requirement-line phrase name work done for the people
 * the phrase names: "Experience facilitating groups for people in recovery".
 */
function workByGerund(doc: AnalysisDocument, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++)
    if (/^experiences?$/.test(doc.tokens[i]!.norm) && doc.tokens[i + 1]!.gap === 'space' && /^[a-z]{3,}ing$/.test(doc.tokens[i + 1]!.norm))
      return true;
  return false;
}

/** An inline label before the mention on its line ("Qualifications: lived experience…"). */
function inlineLabel(doc: AnalysisDocument, lex: CompiledLexicons, at: number): { kind: HeadingKind; end: number } | undefined {
  // Both lookups stay bounded: a scan back to the line start, or forward to any colon, per
  // mention is quadratic on a long one-line text. A five-word label fits in LABEL_REACH.
  const lineStart = doc.lineStart(at);
  const colon = doc.text.slice(lineStart, Math.min(at, lineStart + LABEL_REACH)).indexOf(':') + lineStart;
  if (colon < lineStart) return undefined;
  if (doc.text.slice(lineStart, colon).trim().split(/\s+/).length > 5) return undefined;
  return { kind: kindOfRange(doc, lex, lineStart, colon), end: colon };
}

/** How many rows above a table row its header row may sit. */
const TABLE_REACH = 30;

interface Cell {
  start: number;
  end: number;
}

/**
 * The character that separates a row's cells: "|" in a table written as text, a tab in one
 * pasted from a spreadsheet or a web page ("Education<TAB>High school diploma<TAB>Associate degree").
 */
function cellSeparator(line: string): string | undefined {
  if (line.includes('|')) return '|';
  return line.includes('\t') ? '\t' : undefined;
}

/** The cells of one table row ("| Education | High school diploma | Associate degree |"), trimmed. */
function cellsOf(text: string, lineStart: number, lineEnd: number, separator = '|'): Cell[] {
  const cells: Cell[] = [];
  let from = lineStart;
  for (let i = lineStart; i <= lineEnd; i++) {
    if (i < lineEnd && text[i] !== separator) continue;
    let a = from;
    let b = i;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    cells.push({ start: a, end: b });
    from = i + 1;
  }
  return cells;
}

/**
 * A mention in a table whose header row names Required and Preferred columns: the column decides.
 * In the row's label cell ("Lived experience | Personal recovery from ... | |"), the columns the
 * row fills decide: required when it fills a required one.
 */
function tableColumnKind(doc: AnalysisDocument, lex: CompiledLexicons, at: number): HeadingKind | undefined {
  const { text } = doc;
  const lineStart = doc.lineStart(at);
  const lineEnd = (text.indexOf('\n', at) + 1 || text.length + 1) - 1;
  const separator = cellSeparator(text.slice(lineStart, lineEnd));
  if (!separator) return undefined;
  // The header: the top row of the run of table lines above, skipping rules ("|---|---|").
  let header: Cell | undefined;
  let headerCells: Cell[] = [];
  for (let start = lineStart, n = 0; start > 0 && n < TABLE_REACH; n++) {
    const prevStart = doc.lineStart(start - 1);
    const line = text.slice(prevStart, start - 1);
    if (!line.includes(separator)) break;
    if (/[^|\s:-]/.test(line)) {
      header = { start: prevStart, end: start - 1 };
      headerCells = cellsOf(text, prevStart, start - 1, separator);
    }
    start = prevStart;
  }
  if (!header) return undefined;
  const kinds = headerCells.map((c) => (c.end > c.start ? kindOfRange(doc, lex, c.start, c.end) : null));
  if (!kinds.includes('preferred') && !kinds.includes('required')) return undefined;
  const row = cellsOf(text, lineStart, lineEnd, separator);
  const own = row.findIndex((c) => at >= c.start && at < c.end);
  if (own < 0) return undefined;
  // The first column that has a header labels the rows ("Qualification", "Lived experience").
  const labels = headerCells.findIndex((c) => c.end > c.start);
  if (own > labels) return kinds[own] ?? undefined;
  const filled = row.map((c, i) => (i > labels && c.end > c.start && /\w/.test(text.slice(c.start, c.end)) ? kinds[i] : null));
  if (filled.includes('required')) return 'required';
  return filled.includes('preferred') ? 'preferred' : undefined;
}

/** One capital letter closing a line: in brackets, or after a tab, a wide gap or a spaced dash. */
const LINE_END_MARK = /(?:\(([A-Z])\)|\[([A-Z])\]|(?:\t|\s{2,}|\s[-–]\s)([A-Z]))\s*$/;

/** How many lines must end in a column letter before the letters are read as columns. */
const LINE_END_MARKS_NEEDED = 2;

/**
 * A person specification whose Essential / Desirable columns are pasted as a letter at the end of
 * each line ("Lived experience of mental ill health (E)", "Peer support training     D"): per
 * line start, the column its letter names. Read once per document, and only where two or more
 * lines end in such a letter, so one "(E)" in a sentence is no column.
 */
const lineEndColumns = oncePerDocument((doc: AnalysisDocument, lex: CompiledLexicons): Map<number, HeadingKind> => {
  const { required, preferred } = lex.livedExperience.lineEndMarks;
  const columns = new Map<number, HeadingKind>();
  for (const line of doc.lines.lines) {
    const m = LINE_END_MARK.exec(line.text);
    const letter = m ? (m[1] ?? m[2] ?? m[3])!.toLowerCase() : '';
    if (required.has(letter)) columns.set(line.start, 'required');
    else if (preferred.has(letter)) columns.set(line.start, 'preferred');
  }
  return columns.size >= LINE_END_MARKS_NEEDED ? columns : new Map();
});

/**
 * A two-column table pasted one cell per line: a one-word "Required" heading line right above a
 * one-word "Preferred" one (or the other way round), then the cells row by row, with no bullet
 * ("High school diploma / Associate degree / Lived experience of recovery / Peer certification").
 * Per sentence under the second heading, the column its line falls in, when the lines pair up;
 * read once per document.
 */
const pastedColumns = oncePerDocument((doc: AnalysisDocument, lex: CompiledLexicons): Map<number, HeadingKind> => {
  const columns = new Map<number, HeadingKind>();
  const { headings, sentences } = doc.structure;
  const kinds = headings.map((h) => (/^\s*[A-Za-z]+:?\s*$/.test(h.text) ? kindOfRange(doc, lex, h.start, h.end) : null));
  // The sentences under each heading, grouped in one pass when a pair of column lines is found.
  let byHeading: number[][] | undefined;
  for (let h = 1; h < headings.length; h++) {
    const first = kinds[h - 1];
    const second = kinds[h];
    if (!first || !second || first === second || !/^\s*\n\s*$/.test(doc.text.slice(headings[h - 1]!.end, headings[h]!.start))) continue;
    if (!byHeading) {
      const groups: number[][] = headings.map(() => []);
      sentences.forEach((x, i) => {
        if (x.heading >= 0 && x.start >= headings[x.heading]!.end) groups[x.heading]!.push(i);
      });
      byHeading = groups;
    }
    const under = byHeading[h]!;
    // Each sentence's line, numbered in order.
    const lineOf = new Map<number, number>();
    for (const i of under) {
      const at = doc.lineStart(sentences[i]!.start);
      if (!lineOf.has(at)) lineOf.set(at, lineOf.size);
    }
    // Cells carry no bullet, and the lines pair up into rows; a blank line ends the table.
    const last = sentences[under[under.length - 1] ?? -1];
    const text = last ? doc.text.slice(headings[h]!.end, last.end) : '';
    if (lineOf.size < 2 || lineOf.size % 2 !== 0 || /\n[ \t]*\n/.test(text)) continue;
    if ([...lineOf.keys()].some((at) => BULLET.test(doc.text.slice(at, at + 8)))) continue;
    for (const i of under) columns.set(i, lineOf.get(doc.lineStart(sentences[i]!.start))! % 2 === 0 ? first : second);
  }
  return columns;
});

/** How many words into a sentence (after any label) an opening about the agency's staff may start. */
const STAFF_SUBJECT_REACH = 2;
/** The longest opening about the staff, in words ("every coach on our team" and its neighbours). */
const STAFF_CUE_WORDS = 6;

/**
 * The sentence is about the agency's own staff and names no applicant: "Many of our coaches are
 * in long-term recovery themselves" describes the team, even at the end of a requirements list;
 * "Like the rest of our staff, you have lived experience" asks it of the applicant.
 */
function aboutTheStaff(doc: AnalysisDocument, lex: CompiledLexicons, from: number, to: number): boolean {
  const le = lex.livedExperience;
  const opens = le.staffSubject
    .matchAll(doc.tokens, from, Math.min(to, from + STAFF_SUBJECT_REACH + STAFF_CUE_WORDS))
    .some((m) => m.first - from <= STAFF_SUBJECT_REACH);
  return opens && !le.applicant.test(doc.tokens, from, to);
}

/**
 * Where the mention's own clause opens after a comma and a word that joins clauses (",
 * although many of our drivers are ..."; staffClauseJoiners): past its joining word. `from` when
 * no such clause holds the mention.
 */
function staffClauseFrom(doc: AnalysisDocument, lex: CompiledLexicons, from: number, first: number): number {
  const { tokens } = doc;
  for (let i = first - 1; i > from; i--)
    if (
      tokens[i]!.gap === 'punct' &&
      lex.livedExperience.staffClauseJoiners.has(tokens[i]!.norm) &&
      doc.text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes(',')
    )
      return i + 1;
  return from;
}

/** The inline label ending at `end` names a summary ("Position summary:", "Overview:"). */
function summaryLabel(doc: AnalysisDocument, lex: CompiledLexicons, end: number): boolean {
  const lineStart = doc.lineStart(end);
  return lex.roles.summaryHeadings.test(doc.tokens, ...doc.tokenRange(lineStart, end));
}

/** The mention is what a story-sharing phrase shares ("willing to share your lived experience"). */
function sharing(doc: AnalysisDocument, lex: CompiledLexicons, first: number, end: number, from: number, to: number): boolean {
  return lex.livedExperience.share.matchAll(doc.tokens, from, to).some((m) => m.first <= first && end <= m.end);
}

/**
 * A lone "ideally" or "preferably" after a comma, with words after it, prefers a narrower kind of
 * what came before ("lived experience of a mental health condition, ideally psychosis"), not the
 * whole of it; at the end of the sentence ("lived experience, preferably") it prefers the whole.
 */
function narrowsAfterComma(doc: AnalysisDocument, first: number, end: number, to: number): boolean {
  const before = doc.tokens[first - 1];
  if (!before || doc.tokens[first]!.gap !== 'punct' || doc.text.slice(before.end, doc.tokens[first]!.start).trim() !== ',') return false;
  return end < to && doc.tokens[end]!.gap === 'space';
}

/**
 * The preferred cues of a mention's sentence. Of a story-sharing mention, "encouraged" welcomes
 * doing it in the job ("sharing your own story is encouraged"): it does not prefer having it.
 */
function preferredCues(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  first: number,
  from: number,
  to: number,
): { first: number; end: number }[] {
  const le = lex.livedExperience;
  // "... your own recovery and ideally your own experience of incarceration": the preference
  // opens a later item, so it does not reach back to a mention before it.
  const laterItems = le.laterItemPreferred
    .matchAll(doc.tokens, from, to)
    .filter((m) => m.first > first && (m.end - m.first > 1 || narrowsAfterComma(doc, m.first, m.end, to)));
  // "speak of it in a helpful way", "your preferred name": the word describes a noun, it prefers nothing.
  const describing = [...laterItems, ...le.describingPreferred.matchAll(doc.tokens, from, to)];
  const cues = le.preferred.matchAll(doc.tokens, from, to).filter((c) => !describing.some((m) => m.first < c.end && c.first < m.end));
  const sharing = le.share.matchAll(doc.tokens, from, to).some((m) => m.first <= first && first < m.end + 1);
  if (!sharing) return cues;
  const acts = le.encouragedAct.matchAll(doc.tokens, from, to);
  return cues.filter((c) => !acts.some((a) => c.first < a.end && a.first < c.end));
}

/** A class specification's label for the other ways into its requirements ("Substitution: ..."). */
const SUBSTITUTION_LABELS = new Set(['substitution', 'substitutions']);

/**
 * Where a line's alternatives end: "Personal experience of recovery; OR two years working in a
 * self-help organization" and "...; two years of peer work may substitute" go on past the
 * semicolon on the same line, and past a full stop or a line break when the next part opens with
 * "or" or another substitute cue (a bullet "- OR two years working in a recovery organization",
 * "Alternatively, a bachelor's degree") under the same heading.
 */
function alternativeEnd(doc: AnalysisDocument, lex: CompiledLexicons, sentence: number): number {
  const { sentences } = doc.structure;
  const s = sentences[sentence]!;
  const next = sentences[sentence + 1];
  if (!next || next.heading !== s.heading) return s.endTok;
  const opens = lex.livedExperience.substitute.matchAll(doc.tokens, next.first, next.endTok).some((m) => m.first === next.first);
  // ... or a civil-service "Substitution:" line right after the requirement it opens to other ways in.
  if (opens || doc.tokens[next.first]!.norm === 'or' || SUBSTITUTION_LABELS.has(doc.tokens[next.first]!.norm)) return next.endTok;
  const sameLine = doc.lineStart(next.start) === doc.lineStart(s.start);
  return sameLine && doc.text.slice(s.end, next.start).includes(';') ? next.endTok : s.endTok;
}

/**
 * Per heading, the first sentence under it that says other ways qualify ("Any combination of
 * education and experience ... is qualifying. A typical way to obtain them would be: lived
 * experience as ..."): each way listed after it is one of several, not required.
 */
const anyCombinationFrom = oncePerDocument((doc: AnalysisDocument, lex: CompiledLexicons): Map<number, number> => {
  const from = new Map<number, number>();
  for (const m of lex.livedExperience.sectionSubstitute.matchAll(doc.tokens)) {
    const sentence = doc.structure.sentenceOf[m.first]!;
    const heading = doc.structure.sentences[sentence]!.heading;
    if (!from.has(heading)) from.set(heading, sentence);
  }
  return from;
});

/**
 * An "any combination of education and experience" clause earlier under the mention's heading
 * opens every requirement after it to other ways in, except one on a line of its own label
 * ("Lived Experience: ..." after "Education and Experience: Any combination ..."): a labeled item
 * is a requirement of its own.
 */
function coveredByAnyCombination(doc: AnalysisDocument, lex: CompiledLexicons, sentence: number): boolean {
  const { sentences } = doc.structure;
  const s = sentences[sentence]!;
  const from = anyCombinationFrom(doc, lex).get(s.heading);
  if (from === undefined || from > sentence) return false;
  const line = doc.lineStart(doc.tokens[s.first]!.start);
  if (doc.lineStart(doc.tokens[sentences[from]!.first]!.start) === line) return true;
  // The label is read from the sentence's last word, past its colon, when the sentence ends on its line.
  const last = doc.tokens[s.endTok - 1]!.start;
  return doc.lineStart(last) !== line || inlineLabel(doc, lex, last) === undefined;
}

/**
 * Another way in said in the mention's sentence or the alternative after it. A substitute that
 * ends before the mention, with "and" or a line break between, belongs to an earlier item: "High
 * school diploma or equivalent, AND / candidates must meet the definition of a peer ...". One
 * followed by "for" and no mention says what else it replaces: "... is required; a certification
 * may be substituted for one year of the required work experience".
 */
function substitutable(doc: AnalysisDocument, lex: CompiledLexicons, first: number, sentence: number): boolean {
  const { tokens } = doc;
  const s = doc.structure.sentences[sentence]!;
  const end = alternativeEnd(doc, lex, sentence);
  const earlierItem = (cueEnd: number) => {
    for (let i = cueEnd; i <= first; i++)
      if (tokens[i]!.norm === 'and' || tokens[i]!.gap === 'line' || tokens[i]!.gap === 'break') return true;
    return false;
  };
  // In another clause than the mention ("...; a certification may be substituted for ..."), not
  // "lived experience may be substituted for the degree", where the mention is what replaces.
  const replacesOther = (c: { first: number; end: number }) => {
    if (c.first <= first || tokens[c.end]?.norm !== 'for') return false;
    if (lex.livedExperience.mention.matchAll(tokens, c.end + 1, end).some((m) => m.first - c.end - 1 <= REPLACED_REACH)) return false;
    // "... may substitute for the required experience": the experience the mention's line asks.
    if (namesTheExperienceAsked(tokens, c.end + 1)) return false;
    for (let i = first + 1; i <= c.first; i++) if (!spaceOrHyphen(tokens[i]!.gap)) return true;
    return false;
  };
  // "... and recovery; AND six months of experience or equivalent": a substitute after an "and"
  // that opens a later item (after a comma or semicolon, in capitals or on a new line, not
  // "and/or") is that item's other way in.
  const laterItem = (cueFirst: number) => {
    for (let i = first + 1; i < cueFirst; i++) {
      const t = tokens[i]!;
      if (t.norm !== 'and' || tokens[i + 1]?.norm === 'or') continue;
      if (t.gap !== 'space' || t.raw === 'AND') return true;
    }
    return false;
  };
  // "paid or volunteer experience": two kinds of work joined into one requirement.
  const kindsJoined = (c: { first: number }) =>
    tokens[c.first]!.norm === 'or' &&
    tokens[c.first]!.gap === 'space' &&
    lex.livedExperience.experienceKinds.has(tokens[c.first - 1]?.norm ?? '');
  return lex.livedExperience.substitute
    .matchAll(tokens, s.first, end)
    .some(
      (c) => (c.end > first || !earlierItem(c.end)) && !replacesOther(c) && !kindsJoined(c) && !(c.first > first && laterItem(c.first)),
    );
}

/** Words that point back to the experience a requirement asks ("the required experience"), naming no kind of its own. */
const POINTS_BACK = new Set(['required', 'above', 'stated', 'listed', 'minimum']);

/** "the required experience" (or "the above experience") from `at`, ending its clause: it names no other kind of experience. */
function namesTheExperienceAsked(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== 'the' || !POINTS_BACK.has(tokens[at + 1]?.norm ?? '') || tokens[at + 2]?.norm !== 'experience') return false;
  const after = tokens[at + 3];
  return !after || !spaceOrHyphen(after.gap);
}

/**
 * An "or" standing apart after the mention, before words that name no lived experience ("OR" on
 * a line of its own before "Two years of work in a peer-run organization", "... — or — one year
 * volunteering"): what follows is another way in. The bare "or" may sit inside the mention's
 * sentence, end it, or open the next one.
 */
function bareOrAlternative(doc: AnalysisDocument, lex: CompiledLexicons, mentionEnd: number, sentence: number): boolean {
  const { sentences, sentenceOf } = doc.structure;
  const { tokens } = doc;
  const s = sentences[sentence]!;
  const apart = (i: number) => !spaceOrHyphen(tokens[i]!.gap);
  // "..., crisis, or" / "psychiatric hospitalization": an "or" that ends a line after a comma,
  // the line below going on in lower case, is the sentence wrapped there, not an "or" apart.
  const wrapsOn = (i: number) => tokens[i]!.gap === 'punct' && tokens[i + 1]!.gap === 'line' && /^\p{Ll}/u.test(tokens[i + 1]!.raw);
  const lone = (i: number) => i + 1 < tokens.length && tokens[i]!.norm === 'or' && apart(i) && apart(i + 1) && !wrapsOn(i);
  let or = -1;
  for (let i = mentionEnd; i <= s.endTok && or < 0; i++) if (lone(i)) or = i;
  if (or < 0) return false;
  const after = sentences[sentenceOf[or + 1]!]!;
  // The bare line may be read as a heading of its own.
  const orHeading = doc.structure.headings[after.heading]?.start === tokens[or]!.start;
  if (after.heading !== s.heading && !orHeading) return false;
  return !lex.livedExperience.mention.test(tokens, or + 1, after.endTok);
}

/**
 * The mention sits in a later alternative that an "or" opens, after an earlier way in that names
 * no lived experience: "Bachelor's degree in social work; OR high school diploma and lived
 * experience of mental illness". The "or" opens the mention's sentence (after a semicolon or on a
 * line of its own) with the earlier way in the sentence before under the same heading, or stands
 * in capitals after a comma inside it ("A bachelor's degree, OR a diploma and lived experience").
 */
function laterAlternative(doc: AnalysisDocument, lex: CompiledLexicons, mentionFirst: number, sentence: number): boolean {
  const { sentences } = doc.structure;
  const { tokens } = doc;
  const s = sentences[sentence]!;
  const earlierNamesNone = (from: number, to: number) => to > from && !lex.livedExperience.mention.test(tokens, from, to);
  if (tokens[s.first]!.norm === 'or' && s.first < mentionFirst) {
    const prev = sentences[sentence - 1];
    return !!prev && prev.heading === s.heading && earlierNamesNone(prev.first, prev.endTok);
  }
  for (let i = s.first + 1; i < mentionFirst; i++) {
    const t = tokens[i]!;
    if (t.raw === 'OR' && t.gap === 'punct' && doc.text.slice(tokens[i - 1]!.end, t.start).trim() === ',')
      return earlierNamesNone(s.first, i);
  }
  return false;
}

/**
 * The mention names a label whose whole value is one of `values`: "Lived experience required: No",
 * "Lived experience: None" (deniedValues), "Lived experience: Yes" (affirmedValues). The value
 * runs from the first colon after the mention to the line's end.
 */
function labelValueIs(doc: AnalysisDocument, values: PhraseMatcher<string>, end: number, s: Sentence): boolean {
  const { tokens, text } = doc;
  let colon = -1;
  for (let i = end; i < s.endTok && colon < 0; i++) {
    const t = tokens[i]!;
    if (t.gap === 'line' || t.gap === 'break') return false;
    if (text.slice(tokens[i - 1]!.end, t.start).includes(':')) colon = i;
  }
  if (colon < 0) return false;
  let lineEnd = colon + 1;
  while (lineEnd < s.endTok && tokens[lineEnd]!.gap !== 'line' && tokens[lineEnd]!.gap !== 'break') lineEnd++;
  return values.matchAll(tokens, colon, lineEnd).some((m) => m.first === colon && m.end === lineEnd);
}

/** Words that may follow a "welcome" said of the mention and leave it without an object. */
const AFTER_BARE_WELCOME = new Set(['but', 'and', 'though', 'although', 'too', 'as', 'here']);

/**
 * "welcome" said of the mention with no verb before it and no object after it: "Lived experience
 * of recovery welcome", "Lived experience welcome but not required". An invitation prefers, as
 * "is welcome" does; "Welcome visitors and share your lived experience" is a duty (its object
 * follows), and "we welcome" is read by preferredCues with its object.
 */
function bareWelcome(doc: AnalysisDocument, end: number, s: Sentence): { first: number; end: number }[] {
  const { tokens } = doc;
  for (let i = end; i < s.endTok; i++) {
    if (!/^welcomed?$/.test(tokens[i]!.norm)) continue;
    const next = tokens[i + 1];
    const bare = i + 1 >= s.endTok || next!.gap !== 'space' || AFTER_BARE_WELCOME.has(next!.norm);
    if (bare && !lexicalSubject(tokens[i - 1]!.norm)) return [{ first: i, end: i + 1 }];
  }
  return [];
}
const lexicalSubject = (w: string) => w === 'we' || w === 'you' || w === 'they' || w === 'i' || w === 'to';

/** After an invitation, words that make it one to an event ("Join us for our open house"), not to the job. */
const EVENT_AFTER = new Set(['for', 'at', 'on']);

/** The sentence ends with a question mark (read up to two characters past its end). */
function asksAQuestion(doc: AnalysisDocument, s: Sentence): boolean {
  return /\?\s*$/.test(doc.text.slice(s.start, s.end + 2));
}

/**
 * How a job board marks a screening question, in brackets right after it on its line: "Do you
 * have lived experience ...? (Preferred)" wishes for it, "... ? (Required)" asks it.
 */
function questionMarkedAs(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence): Mention['strength'] | undefined {
  const { tokens, text } = doc;
  const word = tokens[s.endTok];
  if (!word || doc.lineStart(word.start) !== doc.lineStart(s.start)) return undefined;
  if (!/^\s*\?\s*\(\s*$/.test(text.slice(tokens[s.endTok - 1]!.end, word.start))) return undefined;
  if (!/^\s*\)/.test(text.slice(word.end, word.end + 3))) return undefined;
  const le = lex.livedExperience;
  if (le.preferred.test(tokens, s.endTok, s.endTok + 1)) return 'preferred';
  return le.required.test(tokens, s.endTok, s.endTok + 1) ? 'required' : undefined;
}

/** Words that open a sentence as a condition ("If you choose to share ..."). */
const CONDITION_OPENERS = new Set(['if', 'whether', 'when', 'whenever']);

/**
 * The mention stands in a condition that opens its sentence, before the comma that closes it ("If
 * you have raised a child with emotional needs, you must be ready to use that with families"): what
 * the sentence then requires follows from the experience; it does not ask for it.
 */
function inOpeningCondition(doc: AnalysisDocument, s: Sentence, first: number): boolean {
  const { tokens, text } = doc;
  if (!CONDITION_OPENERS.has(tokens[s.first]!.norm) || first <= s.first) return false;
  for (let k = s.first + 1; k <= first; k++) if (text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) return false;
  for (let k = first + 1; k < s.endTok; k++) if (text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) return true;
  return false;
}

/** How many words after a screening question its answer choices are read ("Yes / No / Prefer not to answer"). */
const ANSWER_WORDS = 12;

/** The question's own line offers an answer that declines it (lived-experience.json optionalAnswerCues):
 * the line it ends on, and the answers' own run on onto the next when the page wrapped them. */
function optionalToAnswer(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence): boolean {
  const { tokens } = doc;
  const line = doc.lineStart(tokens[s.endTok - 1]!.start);
  let end = s.endTok;
  const onTheLine = (k: number) => doc.lineStart(tokens[k]!.start) === line || (k > s.endTok && tokens[k]!.gap === 'space');
  while (end < tokens.length && end - s.endTok < ANSWER_WORDS && onTheLine(end)) end++;
  return end > s.endTok && lex.livedExperience.optionalAnswers.test(tokens, s.endTok, end);
}

/** Words between "looking for" and the person it names ("a", "a strong"). */
const LOOKING_FOR_WORDS = 2;

/**
 * "looking for" or "seeking" and a word for a person (context.json personNouns) says who will
 * hold the job, as "looking for someone" does: "We're looking for a dad who has been through the
 * child welfare system", "seeking a mom in recovery".
 */
function lookingForAPerson(doc: AnalysisDocument, lex: CompiledLexicons, from: number, to: number): { first: number; end: number }[] {
  const { tokens } = doc;
  const found: { first: number; end: number }[] = [];
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.norm;
    const at = w === 'looking' && tokens[i + 1]?.norm === 'for' ? i + 2 : w === 'seeking' ? i + 1 : -1;
    if (at < 0) continue;
    for (let k = at; k < Math.min(to, at + LOOKING_FOR_WORDS + 1); k++) {
      if (tokens[k]!.gap !== 'space') break;
      if (lex.personNouns.has(tokens[k]!.norm)) {
        found.push({ first: i, end: k + 1 });
        break;
      }
    }
  }
  return found;
}

/**
 * How strongly one mention asks for lived experience. A preferred cue in its sentence wins over
 * a "Requirements:" label ("Requirements: lived experience is a plus" is preferred); another
 * experience that may replace it makes it not required; a question ("Do you want to use your
 * lived experience ...?") asks for nothing unless it sits under a screening heading; otherwise
 * the cue nearest the mention ("required; degree preferred"), then the label or heading.
 */
function strengthOf(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  first: number,
  end: number,
  sentence: number,
  sectionHeading: HeadingKind,
): Mention['strength'] {
  const found = inlineLabel(doc, lex, doc.tokens[first]!.start);
  const label =
    found?.kind ??
    tableColumnKind(doc, lex, doc.tokens[first]!.start) ??
    lineEndColumns(doc, lex).get(doc.lineStart(doc.tokens[first]!.start));
  // A summary label on the line ("POSITION SUMMARY: our peer staff use their own stories")
  // describes the job, whatever block of a template it sits in.
  const heading = label ?? (found && summaryLabel(doc, lex, found.end) ? null : sectionHeading);
  const s = doc.structure.sentences[sentence]!;
  // Cues are read after the label: "Requirements:" is the label's word, not the sentence's.
  const from = found?.kind ? Math.max(s.first, doc.tokenRange(found.end, found.end + 1)[0]) : s.first;
  if (saidOfAnother(doc, lex, from, first)) return 'mentioned';
  const near = (cues: { first: number }[]) => cues.reduce((d, x) => Math.min(d, Math.abs(x.first - first)), Infinity);
  // "Not required, but strongly preferred": said not to be required, it is at most preferred. A
  // required cue inside the denial is the denial's ("do not need to have"); one nearer the
  // mention than the denial asks for it ("Lived experience required, degree not required").
  const ownCue = (c: { first: number }) => !inAnAside(doc, c.first, end, s) && !afterAnotherExperience(doc, c.first, end);
  const denials = lex.livedExperience.notRequired.matchAll(doc.tokens, s.first, s.endTok).filter(ownCue);
  const preferences = [...preferredCues(doc, lex, first, from, s.endTok), ...bareWelcome(doc, end, s)].filter(ownCue);
  // A required cue inside a preference is the preference's: "Ideal candidates will have ..."
  // wishes for what "candidates will have" would ask.
  const overlaps = (c: { first: number; end: number }, d: { first: number; end: number }) => c.first < d.end && d.first < c.end;
  const req = near(
    [...lex.livedExperience.required.matchAll(doc.tokens, from, s.endTok), ...lookingForAPerson(doc, lex, from, s.endTok)].filter(
      (c) => !denials.some((d) => overlaps(c, d)) && !preferences.some((p) => overlaps(c, p)),
    ),
  );
  const pref = near(preferences);
  const notRequired = (denials.length > 0 && near(denials) <= req) || labelValueIs(doc, lex.livedExperience.deniedValues, end, s);
  if (pref < Infinity && (pref <= req || notRequired)) return 'preferred';
  // "Lived experience: Yes" answers its label as a requirement.
  if (labelValueIs(doc, lex.livedExperience.affirmedValues, end, s)) return 'required';
  if (req === Infinity && pref === Infinity && !notRequired) {
    const later = followUpStrength(doc, lex, sentence) ?? sameAsBefore(doc, lex, sentence);
    if (later) return later;
  }
  if (
    req === Infinity &&
    (aboutTheStaff(doc, lex, from, s.endTok) || aboutTheStaff(doc, lex, staffClauseFrom(doc, lex, from, first), s.endTok))
  )
    return 'mentioned';
  if (heading === 'preferred' && label) return 'preferred';
  if (notRequired || substitutable(doc, lex, first, sentence)) return 'mentioned';
  if (
    bareOrAlternative(doc, lex, end, sentence) ||
    laterAlternative(doc, lex, first, sentence) ||
    coveredByAnyCombination(doc, lex, sentence)
  )
    return 'mentioned';
  if (asksAQuestion(doc, s)) {
    const marked = questionMarkedAs(doc, lex, s);
    if (marked) return marked;
    // "Do you identify as a person in recovery? Yes / No / Prefer not to answer": a question the
    // applicant may decline asks for nothing, even under a screening heading.
    if (optionalToAnswer(doc, lex, s)) return 'mentioned';
    if (heading === 'required') return 'required';
    // "Are you a person in recovery? We'd love to hear from you." or "... ? Apply today." or
    // "... ? Join us!": the sentence after invites the people it asks about.
    const next = doc.structure.sentences[sentence + 1];
    const invites =
      next &&
      next.heading === s.heading &&
      (lex.livedExperience.preferred.test(doc.tokens, next.first, next.endTok) ||
        lex.livedExperience.questionInvitation
          .matchAll(doc.tokens, next.first, next.endTok)
          .some((m) => m.first === next.first && !EVENT_AFTER.has(doc.tokens[m.end]?.norm ?? '')) ||
        lex.livedExperience.readerInvitation.test(doc.tokens, next.first, next.endTok));
    return invites ? 'preferred' : 'mentioned';
  }
  if (req < Infinity) return inOpeningCondition(doc, s, first) ? 'mentioned' : 'required';
  // "If you decide to tell us about your own recovery, nobody will ask you for more": a condition
  // under the qualifications states what follows from it, not what is asked.
  if (heading && CONDITION_OPENERS.has(doc.tokens[s.first]!.norm) && s.first < first) return 'mentioned';
  if (heading) return heading;
  // A length of recovery, a definition of who holds the job, or the applicant said to have it or
  // to be it ("The right candidate is someone in ...") state what the applicant has, with no cue
  // or heading needed.
  const stated =
    lengthOfTimeBefore(doc, lex, first, end, from) ||
    holderDefinition(doc, lex, from, first, end) ||
    applicantHas(doc, lex, s, first, end) ||
    linkedToApplicant(doc, lex, s, first);
  return stated ? 'required' : 'mentioned';
}

/** Verbs by which a clause ", who ..." says its person has the experience ("who has", "who brings"). */
const HAVING = new Set(['has', 'have', 'had', 'brings', 'bring', 'brought', 'carries', 'holds']);
/** Words before ", who" that name the applicant ("a person, who has ..."), not someone else. */
const APPLICANT_NOUNS = new Set(['person', 'individual', 'someone', 'somebody', 'candidate', 'applicant', 'you']);
/** Punctuation that ends a clause before the mention. */
const CLAUSE_END = /[;:.!?]/;
/** Words that make the name after them someone already there ("our Family Services Lead", "your supervisor"). */
const STAFF_OWNERS = new Set(['our', 'your', 'their', 'its']);
/** Words a name before ", who" may run to after such a word. */
const ANTECEDENT_WORDS = 5;

/**
 * The mention is said of someone other than the applicant in its clause: after ", who has" that
 * follows someone named ("your supervisor is our Family Services Lead, who has twelve years of
 * family lived experience"), or after a subject of others with its verb ("group members must bring
 * lived experience of their own": lived-experience.json othersSubjectCues), with no word for the applicant between.
 */
function saidOfAnother(doc: AnalysisDocument, lex: CompiledLexicons, from: number, first: number): boolean {
  const { tokens, text } = doc;
  const le = lex.livedExperience;
  let clause = from;
  for (let k = first - 1; k > from; k--) {
    const between = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (tokens[k]!.norm === 'who' && between.includes(',')) {
      const before = tokens[k - 1]!.norm;
      if (APPLICANT_NOUNS.has(before) || le.applicant.test(tokens, k - 1, k)) return false;
      // Someone already there: "our Family Services Lead, who ...", not "We are hiring a Peer Specialist, who ...".
      let owned = false;
      for (let j = k - 1; j >= Math.max(from, k - 1 - ANTECEDENT_WORDS) && !owned; j--) owned = STAFF_OWNERS.has(tokens[j]!.norm);
      return owned && tokens.slice(k + 1, first).some((t) => HAVING.has(t.norm)) && !le.applicant.test(tokens, k + 1, first);
    }
    if (CLAUSE_END.test(between)) {
      clause = k;
      break;
    }
  }
  return le.othersSubject.matchAll(tokens, clause, first).some((m) => !le.applicant.test(tokens, m.end, first));
}

/**
 * The cue comes after a comma and "with" that name another experience after the mention ("Lived
 * experience of recovery, with experience of homelessness strongly preferred"): it says how that
 * one is asked, not the mention.
 */
function afterAnotherExperience(doc: AnalysisDocument, cue: number, mentionEnd: number): boolean {
  const { tokens, text } = doc;
  // A cue after a comma closes the whole: "someone who has been there, with experience of ..., is a plus".
  const at = cue > 0 && CLAUSE_VERBS.has(tokens[cue - 1]!.norm) ? cue - 1 : cue;
  if (at > 0 && text.slice(tokens[at - 1]!.end, tokens[at]!.start).includes(',')) return false;
  for (let k = mentionEnd; k < cue; k++) {
    if (tokens[k]!.norm !== 'with' || tokens[k]!.gap !== 'punct' || !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(','))
      continue;
    for (let j = k + 1; j < cue; j++) if (EXPERIENCE_WORDS.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/** The word for an experience another item names. */
const EXPERIENCE_WORDS = new Set(['experience', 'experiences']);

/**
 * Forms of "be": in a bracket they make its words a clause of their own ("time on methadone is
 * welcome"); right before a cue after a comma they close the whole phrase (", is a plus").
 */
const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were']);

/** Words that open a bracket by pointing back to what stands before it ("(this is a plus)"). */
const POINTING_BACK = new Set(['it', 'this', 'that', 'which']);

/**
 * The cue stands in brackets opened after the mention, in a clause with a subject of its own
 * ("Lived experience of recovery (time on methadone is welcome, not required)"): it says how that
 * other item is asked, not the mention. "(strongly preferred)" and "(this is a plus)" speak of the
 * mention.
 */
function inAnAside(doc: AnalysisDocument, cue: number, mentionEnd: number, s: Sentence): boolean {
  const opens = openBracketBefore(doc, cue, s.first);
  if (opens < mentionEnd || cue - opens < 2 || POINTING_BACK.has(doc.tokens[opens]!.norm)) return false;
  // A clause: a subject and its verb before the cue ("... is valued"), not "(not a must, but a plus)";
  // or another experience named before it without a verb ("(co-occurring recovery welcome)").
  for (let k = opens + 1; k <= cue; k++) if (CLAUSE_VERBS.has(doc.tokens[k]!.norm)) return true;
  for (let k = opens + 1; k < cue; k++) if (ASIDE_EXPERIENCE_WORDS.has(doc.tokens[k]!.norm)) return true;
  return false;
}

/** Words that name an experience of its own inside a bracket after the mention ("(co-occurring recovery welcome)"). */
const ASIDE_EXPERIENCE_WORDS = new Set(['recovery', 'experience', 'experiences', 'history']);

/** The answers a screening question offers, written after it: "(Yes/No)". */
const ANSWER_CHOICES = new Set(['yes', 'no']);

/** Words right after a preference that make it one of something else: "it is a plus to have a car". */
const PREFERENCE_GOES_ON = new Set(['to', 'if', 'for', 'when', 'that']);
/** Steps of hiring a preference may be for: "given priority for interview" prefers the item itself. */
const HIRING_STEPS = new Set(['interview', 'interviews', 'hire', 'hiring', 'selection', 'consideration']);

/** Whether the words after a preference make it one of something else (PREFERENCE_GOES_ON), not a step of hiring. */
function preferenceGoesOn(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.norm ?? '';
  if (next === 'for' && HIRING_STEPS.has(tokens[end + 1]?.norm ?? '')) return false;
  return PREFERENCE_GOES_ON.has(next);
}

/**
 * A clause after a semicolon or a dash on the mention's line, or after a screening question, that
 * opens by pointing back to the item (itemFollowUpOpenings: "...; it's a plus but not a must",
 * "...; if you are too, we'd love to hear from you", "Applicants who answer yes are given
 * priority") and names no other experience: its preference, or its denial, says how the
 * item is asked. "It is a plus to have a car" prefers the car, not the item.
 */
function followUpStrength(doc: AnalysisDocument, lex: CompiledLexicons, sentence: number): Mention['strength'] | undefined {
  const { sentences } = doc.structure;
  const s = sentences[sentence]!;
  const next = sentences[sentence + 1];
  if (!next || next.heading !== s.heading || doc.lineStart(next.start) !== doc.lineStart(s.start)) return undefined;
  // A screening question's answer choices ("? (Yes/No) Applicants who answer yes ...") end it as a semicolon would.
  const question = asksAQuestion(doc, s);
  if (!/[;\u2013\u2014]/.test(doc.text.slice(s.end - 1, next.start)) && !question) return undefined;
  const le = lex.livedExperience;
  const { tokens } = doc;
  let opens = next.first;
  if (question) while (opens < next.endTok && ANSWER_CHOICES.has(tokens[opens]!.norm)) opens++;
  if (!le.itemFollowUp.matchAll(tokens, opens, next.endTok).some((m) => m.first === opens)) return undefined;
  if (le.mention.test(tokens, next.first, next.endTok)) return undefined;
  const pref = le.preferred.matchAll(tokens, next.first, next.endTok).filter((c) => !preferenceGoesOn(tokens, c.end));
  if (pref.length) return 'preferred';
  return le.notRequired.test(tokens, next.first, next.endTok) ? 'mentioned' : undefined;
}

/**
 * A sentence that opens by saying the one before holds for its item too ("So is experience with
 * foster care", "The same goes for ..."; sameAsBeforeOpenings): the previous sentence's cue, under
 * the same heading, says how the item is asked.
 */
function sameAsBefore(doc: AnalysisDocument, lex: CompiledLexicons, sentence: number): Mention['strength'] | undefined {
  const { sentences } = doc.structure;
  const s = sentences[sentence]!;
  const before = sentences[sentence - 1];
  const le = lex.livedExperience;
  if (!before || before.heading !== s.heading || !le.sameAsBefore.matchAll(doc.tokens, s.first, s.endTok).some((m) => m.first === s.first))
    return undefined;
  const { tokens } = doc;
  if (le.notRequired.test(tokens, before.first, before.endTok)) return 'mentioned';
  if (le.preferred.matchAll(tokens, before.first, before.endTok).some((c) => !preferenceGoesOn(tokens, c.end))) return 'preferred';
  return le.required.test(tokens, before.first, before.endTok) ? 'required' : undefined;
}

/** Words that may stand between a length of time and the experience it measures ("of continuous"). */
const LENGTH_LINK_WORDS = 2;

/**
 * A length of time that opens the mention or stands right before it measures it: "2 years of
 * continuous recovery from addiction", "At least 1 year clean and sober". Nobody states a length
 * of someone's recovery in a posting's own line except to ask for it (the hiring-barrier check
 * reads the same words as a demand); whose it is and how strongly it is asked were read before this.
 */
function lengthOfTimeBefore(doc: AnalysisDocument, lex: CompiledLexicons, first: number, end: number, from: number): boolean {
  const start = Math.max(from, first - TIME_VALUE_WORDS - LENGTH_LINK_WORDS);
  return lex.livedExperience.recoveryTimeValues
    .matchAll(doc.tokens, start, end)
    .some((m) => (m.first >= first ? m.first === first : m.end >= first - LENGTH_LINK_WORDS));
}

/** The kinds of experience a mention names, read near it and not past a break word ("who", "to support"). */
function typesNear(doc: AnalysisDocument, lex: CompiledLexicons, m: { first: number; end: number }, sentence: number): Set<RoleCategory> {
  const { before, after } = lex.lexicons.livedExperience.typeWindow;
  const s = doc.structure.sentences[sentence]!;
  let from = Math.max(s.first, m.first - before);
  let to = Math.min(s.endTok, m.end + after);
  // "experience of supporting a family member", "experience in caring for": a gerund right after
  // the mention's "of" or "in" says what the experience was, it does not turn to the work.
  const { tokens } = doc;
  const ofOrIn = (i: number) => tokens[i]?.norm === 'of' || tokens[i]?.norm === 'in';
  const saysWhatItWas = (b: { first: number }) =>
    tokens[b.first]!.norm.endsWith('ing') && ((b.first === m.end && ofOrIn(m.end - 1)) || (b.first === m.end + 1 && ofOrIn(m.end)));
  const breaks = lex.livedExperience.typeBreaks.matchAll(doc.tokens, from, to).filter((b) => !saysWhatItWas(b));
  for (const b of breaks) {
    if (b.end <= m.first) from = Math.max(from, b.end);
    else if (b.first >= m.end) {
      to = Math.min(to, b.first);
      break;
    }
  }
  const types = new Set<RoleCategory>();
  // "a loved one (an adult) who has lived with a mental health condition": what the relative
  // lived through makes the applicant's experience a family member's, as in typesOf.
  const relation = relativeBefore(doc, lex, m.first, s.first);
  if (relation.size) return relation;
  // "a guardian of a teen or young adult": an age named after the relationship is
  // the relative's, not the applicant's.
  let relationEnd = Infinity;
  for (const t of lex.livedExperience.types.matcher.matchAll(doc.tokens, from, to)) {
    const category = lex.livedExperience.types.entries[t.payload]!.category;
    if (RELATION_KINDS.has(category)) relationEnd = Math.min(relationEnd, t.end);
    else if (category === 'youth' && t.first >= relationEnd) continue;
    types.add(category);
  }
  return types;
}

/** The kinds that name a relationship to someone who lived through a condition. */
const RELATION_KINDS: ReadonlySet<RoleCategory> = new Set(['family', 'parent-caregiver']);
/** The kinds that name a condition; a relationship named with one outranks it. */
const CONDITION_KINDS: ReadonlySet<RoleCategory> = new Set(['adult-mental-health', 'substance-use-recovery']);

/** The relationship kinds (family member, parent) the type cues name from `from` to `to`. */
function relationKindsIn(doc: AnalysisDocument, lex: CompiledLexicons, from: number, to: number): Set<RoleCategory> {
  const found = new Set<RoleCategory>();
  for (const t of lex.livedExperience.types.matcher.matchAll(doc.tokens, from, to)) {
    const c = lex.livedExperience.types.entries[t.payload]!.category;
    if (RELATION_KINDS.has(c)) found.add(c);
  }
  return found;
}

/** Words that open a clause said of the noun before them ("a loved one who has ..."). */
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'whom']);

/**
 * The family or parent kinds named right before a relative pronoun that opens the mention's
 * clause: the mention says what that relative lived through ("your son who has struggled with
 * ...", "a loved one (an adult) who has lived with ..."). Empty when none.
 */
function relativeBefore(doc: AnalysisDocument, lex: CompiledLexicons, first: number, sentenceFirst: number): Set<RoleCategory> {
  if (first - 1 <= sentenceFirst || !RELATIVE_PRONOUNS.has(doc.tokens[first - 1]!.norm)) return new Set();
  return relationKindsIn(doc, lex, Math.max(sentenceFirst, first - 1 - lex.lexicons.livedExperience.typeWindow.before), first - 1);
}

/**
 * A later phrase of the sentence tells what the relative named by the first one lived through:
 * "experience as the parent of a child who has received mental health services" asks for a
 * parent's experience, the child's services are not the applicant's (the relationship outranks
 * the condition, as in typesNear's reading of one phrase).
 */
function relativesCondition(doc: AnalysisDocument, lex: CompiledLexicons, seen: Mention, m: { first: number }): boolean {
  if (![...seen.types].some((t) => RELATION_KINDS.has(t))) return false;
  const { after } = lex.lexicons.livedExperience.typeWindow;
  if (m.first < seen.end || m.first - seen.end > after) return false;
  return relationKindsIn(doc, lex, seen.end, m.first).size > 0;
}

/** The sentence invites people to apply ("We strongly encourage people in recovery to apply"). */
function invitesToApply(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence): boolean {
  const le = lex.livedExperience;
  return le.preferred.test(doc.tokens, s.first, s.endTok) && le.applyInvitation.test(doc.tokens, s.first, s.endTok);
}

/** The longest label a time in recovery is asked under, in characters ("Required time in recovery"). */
const TIME_LABEL_REACH = 40;
/** How many words into its value the length of time must start ("a minimum of 2 years"). */
const TIME_VALUE_WORDS = 6;

/**
 * A sentence that opens with a time-in-recovery label, the whole label, and a length of time
 * right after its colon: "Sobriety: 2 years", "Time in recovery: 1 year minimum". The span runs
 * from the label to the end of the length.
 */
function recoveryTimeLabel(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence): { first: number; end: number } | undefined {
  const colon = doc.text.slice(s.start, Math.min(s.end, s.start + TIME_LABEL_REACH)).indexOf(':');
  if (colon < 0) return undefined;
  const [a, b] = doc.tokenRange(s.start, s.start + colon);
  if (a >= b || b >= s.endTok) return undefined;
  const le = lex.livedExperience;
  if (!le.recoveryTimeLabels.matchAll(doc.tokens, a, b).some((m) => m.first === a && m.end === b)) return undefined;
  const value = le.recoveryTimeValues.matchAll(doc.tokens, b, Math.min(s.endTok, b + TIME_VALUE_WORDS)).find((m) => m.first === b);
  return value ? { first: a, end: value.end } : undefined;
}

/** How many words may stand between "substitute for" and the mention it governs ("for the required lived experience"). */
const REPLACED_REACH = 2;

/** The mention is what another experience replaces: "may substitute for lived experience", "in lieu of lived experience". */
function replacedBy(doc: AnalysisDocument, lex: CompiledLexicons, m: Mention): boolean {
  const s = doc.structure.sentences[m.sentence]!;
  const from = Math.max(s.first, m.first - REPLACED_REACH - 3);
  return lex.livedExperience.substituteFor.matchAll(doc.tokens, from, m.first).some((c) => m.first - c.end <= REPLACED_REACH);
}

/** How many words may name the kind of experience between "the" and "experience" ("the parent or caregiver experience"). */
const KIND_WORDS = 3;

/**
 * From `at`, "the" and a kind of lived experience (typeCues: "the caregiver experience"), or "the
 * experience" pointing back ("described above"): the experience the posting asks, named again.
 */
function namesTheLivedExperience(doc: AnalysisDocument, lex: CompiledLexicons, at: number): boolean {
  const { tokens } = doc;
  if (tokens[at]?.norm !== 'the') return false;
  let k = at + 1;
  while (k < at + 1 + KIND_WORDS && tokens[k] && tokens[k]!.norm !== 'experience' && spaceOrHyphen(tokens[k]!.gap)) k++;
  if (tokens[k]?.norm !== 'experience' || !spaceOrHyphen(tokens[k]!.gap)) return false;
  if (k > at + 1 && lex.livedExperience.types.matcher.test(tokens, at + 1, k)) return true;
  const next = tokens[k + 1];
  return next !== undefined && spaceOrHyphen(next.gap) && POINTS_BACK_AFTER.has(next.norm);
}

/** Words after "the experience" that point back to the one asked ("described above"). */
const POINTS_BACK_AFTER = new Set(['described', 'above', 'listed', 'stated', 'outlined']);

/** How many words after "with" or "of" a kind of experience may end ("with alcohol or drug use"). */
const OWN_STORY_AFTER = 4;

/**
 * Where the mention of "your own ... journey" ends when it names a kind of experience: between
 * "own" and the last word ("your own mental health journey"), or right after it with "with" or
 * "of" ("your own struggles with addiction"); -1 when it names none ("your own wellness journey").
 */
function ownStoryKind(doc: AnalysisDocument, lex: CompiledLexicons, m: { first: number; end: number }, sentenceEnd: number): number {
  const { tokens } = doc;
  const types = lex.livedExperience.types.matcher;
  if (types.test(tokens, m.first + 2, m.end - 1)) return m.end;
  const next = tokens[m.end];
  if (m.end >= sentenceEnd || next?.gap !== 'space' || (next.norm !== 'with' && next.norm !== 'of')) return -1;
  const to = Math.min(sentenceEnd, m.end + 1 + OWN_STORY_AFTER);
  const kind = types.matchAll(tokens, m.end + 1, to).find((t) => {
    for (let i = m.end + 1; i <= t.first; i++) if (!spaceOrHyphen(tokens[i]!.gap)) return false;
    return true;
  });
  return kind ? kind.end : -1;
}

/** Words for a story itself ("your own story"), which a sentence about recovery makes a recovery story. */
const STORY_WORDS = new Set(['story', 'stories', 'journey', 'journeys']);

/** "your own story" in a sentence that goes on to speak of recovery ("... to show people that recovery is possible"). */
function storyOfRecovery(doc: AnalysisDocument, m: { first: number; end: number }, s: Sentence): boolean {
  const { tokens } = doc;
  if (m.end - m.first !== 3 || !STORY_WORDS.has(tokens[m.end - 1]!.norm)) return false;
  for (let k = m.end; k < s.endTok; k++) if (tokens[k]!.norm === 'recovery') return true;
  return false;
}

/** A reading of a mention at one word of a sentence: its span, or undefined. */
type ReadAtWord = (doc: AnalysisDocument, lex: CompiledLexicons, i: number, s: Sentence) => { first: number; end: number } | undefined;

const HAVE = new Set(['has', 'have', 'had', 'having']);
/** Verbs of living through something: after "have", the kind of experience follows ("have struggled with addiction"). */
const LIVED_THROUGH = new Set([
  'been',
  'lived',
  'gone',
  'come',
  'experienced',
  'survived',
  'faced',
  'battled',
  'struggled',
  'overcome',
  'recovered',
]);
/** Verbs that open a kind of experience of their own (typeCues: "done time", "served time"). */
const OPENS_A_KIND = new Set(['done', 'served']);
/** Short words that may stand between "been" and a kind of experience ("been in foster care"). */
const BEEN_LINKS = new Set(['in', 'through', 'a', 'an', 'the', 'to', 'with', 'by', 'on', 'at', 'of']);
/** How many such words. */
const BEEN_LINK_WORDS = 3;
/** An adverb between "have" and "been" ("have personally been"). */
const beenAdverb = (w: string) => /ly$/.test(w) || w === 'ever' || w === 'also' || w === 'once';

/**
 * The applicant said to have lived through a kind of experience: "someone who's been homeless",
 * "you have been in foster care", "candidates who have personally been through the justice
 * system", "Have you been incarcerated?", "How long have you been in recovery?", "you have
 * struggled with addiction", "If you've done time". The subject is a word for the applicant
 * (applicantCues), not the people served ("people who have been homeless"); only short linking
 * words stand between "been" and the kind, so "been working in mental health" names work, and a
 * word for a field right after the kind ("been in the mental health field") makes it work too.
 * The span runs from the verb to the end of the kind.
 */
const applicantLivedThrough: ReadAtWord = (doc, lex, i, s) => {
  const { tokens } = doc;
  const spaced = (k: number) => tokens[k]!.gap === 'space';
  if (i <= s.first || !spaced(i)) return undefined;
  let j = i - 1;
  if (beenAdverb(tokens[j]!.norm) && j > s.first && spaced(j)) j--;
  const w = tokens[j]!.norm;
  let subject = -1;
  if (/'ve$/.test(w)) subject = j;
  else if (w === 'who' && /'s$/.test(tokens[j]!.raw.replace('\u2019', "'")) && j > s.first && spaced(j)) subject = j - 1;
  else if (HAVE.has(w) && j > s.first && spaced(j))
    subject = tokens[j - 1]!.norm === 'who' && j - 1 > s.first && spaced(j - 1) ? j - 2 : j - 1;
  else if (j > s.first && HAVE.has(tokens[j - 1]!.norm) && spaced(j)) subject = j;
  if (subject < s.first) return undefined;
  if (!lex.livedExperience.applicant.matchAll(tokens, subject, subject + 1).some((m) => m.first === subject && m.end === subject + 1))
    return undefined;
  const to = Math.min(s.endTok, i + 1 + BEEN_LINK_WORDS + 4);
  // The kind may start with the verb itself ("done time").
  const kind = lex.livedExperience.types.matcher.matchAll(tokens, i, to).find((t) => {
    if (t.first === i) return true;
    if (t.first - i - 1 > BEEN_LINK_WORDS || !LIVED_THROUGH.has(tokens[i]!.norm)) return false;
    for (let k = i + 1; k < t.first; k++) if (!BEEN_LINKS.has(tokens[k]!.norm) || !spaced(k)) return false;
    return spaced(t.first);
  });
  if (!kind) {
    // "been in recovery" names recovery without its kind.
    const at = i + 2;
    const inRecovery = at < s.endTok && tokens[i + 1]!.norm === 'in' && tokens[at]!.norm === 'recovery' && spaced(i + 1) && spaced(at);
    return inRecovery ? { first: i, end: at + 1 } : undefined;
  }
  const field = lex.livedExperience.workAfter
    .matchAll(tokens, kind.end, Math.min(s.endTok, kind.end + 2))
    .some((c) => c.first === kind.end);
  return field ? undefined : { first: i, end: kind.end };
};

/**
 * "in recovery" right before a length of time is someone's own time in recovery: "gotta be in
 * recovery 2 yrs min", "in recovery at least one year". Not of someone else ("clients in
 * recovery 90 days": notOwnExperienceCues and a word for the people served before it).
 */
const inRecoveryForATime: ReadAtWord = (doc, lex, i, s) => {
  const { tokens } = doc;
  if (i <= s.first || i + 1 >= s.endTok || tokens[i - 1]!.norm !== 'in' || tokens[i]!.gap !== 'space' || tokens[i + 1]!.gap !== 'space')
    return undefined;
  const le = lex.livedExperience;
  const value = le.recoveryTimeValues.matchAll(tokens, i + 1, Math.min(s.endTok, i + 1 + TIME_VALUE_WORDS)).find((m) => m.first === i + 1);
  if (!value || le.notOwn.test(tokens, s.first, i) || le.servedBeforeRequirementLine.test(tokens, s.first, i)) return undefined;
  return { first: i - 1, end: value.end };
};

/** How a posting asks for lived experience, read once and shared by the lived-experience checks. */
export interface LivedExperienceReading {
  report: LivedExperienceReport;
  mentions: Mention[];
  best: LivedExperienceStatus;
  types: Set<RoleCategory>;
  specific: boolean;
  /** The mention that decided the status, and its span (null when lived experience is absent). */
  lead: Mention | undefined;
  leadSpan: { start: number; end: number; text: string } | null;
  /** Whether each heading makes what is under it required or preferred. */
  headingKinds: HeadingKind[];
}

/** The mentions that decided the status and ask for the experience itself, not for telling it
 * ("willing to share your recovery story" says how it is used, not what is asked). */
export function askingMentions(reading: LivedExperienceReading): Mention[] {
  return reading.mentions.filter((m) => m.strength === reading.best && !m.shares);
}

/** Whether a sentence asks something of the applicant: by its own words ("preferred",
 * "required"), else by the heading it sits under. */
export function askedBySentence(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  sentence: number,
  headingKinds: readonly HeadingKind[],
): HeadingKind {
  const s = doc.structure.sentences[sentence]!;
  if (lex.livedExperience.preferred.test(doc.tokens, s.first, s.endTok)) return 'preferred';
  if (lex.livedExperience.required.test(doc.tokens, s.first, s.endTok)) return 'required';
  return headingKinds[s.heading] ?? null;
}

/** One reading per document: the role detection and the checks both ask for it. */
export const readLivedExperience = oncePerDocument(readOnce);

function readOnce(doc: AnalysisDocument, lex: CompiledLexicons): LivedExperienceReading {
  const kinds = headingKinds(doc, lex);
  const { structure, tokens } = doc;

  const mentions: Mention[] = [];
  const bySentence = new Map<number, Mention>();
  // A job board's list of other postings under this one ("Similar jobs", and the postings' names
  // and lines under it) asks nothing of this job's applicant.
  const elsewhere = listsOtherPostings(doc, lex);
  const inThisPosting = (sentence: number) => !elsewhere(sentence);
  let paragraphs: HeadingKind[] | undefined;
  // Read only when a mention sits under no heading that decides.
  const paragraphKind = (sentence: number) => {
    paragraphs ??= paragraphKinds(doc, lex);
    return paragraphs[sentence]!;
  };
  const typesOf = (m: { first: number; end: number }, sentence: number, types = new Set<RoleCategory>()) => {
    const near = typesNear(doc, lex, m, sentence);
    // "a family member of someone with a mental health condition" is family experience: the
    // relationship outranks the condition it names, read around the same phrase (a later phrase
    // of the sentence, "share your recovery story with parents", names no relationship of the
    // experience asked).
    if ([...near].some((t) => RELATION_KINDS.has(t))) for (const c of CONDITION_KINDS) near.delete(c);
    for (const t of near) types.add(t);
    return types;
  };
  // Whether the section, the line's label or the table column asks what the sentence names.
  const askedWhereItStands = (sentence: number, first: number) => {
    const at = tokens[first]!.start;
    return (
      (kinds[structure.sentences[sentence]!.heading] ?? paragraphKind(sentence)) !== null ||
      (inlineLabel(doc, lex, at)?.kind ?? tableColumnKind(doc, lex, at) ?? null) !== null
    );
  };
  const employee = aboutTheEmployee(doc, lex);
  const addMention = (m: { first: number; end: number }, sentence: number) => {
    const heading = structure.sentences[sentence]!.heading;
    // An equal-opportunity or benefits sentence under the requirements ("... committed to a
    // workforce that includes people with lived experience") asks only by its own words.
    const section = employee(sentence) ? null : (pastedColumns(doc, lex).get(sentence) ?? kinds[heading] ?? paragraphKind(sentence));
    const mention: Mention = {
      first: m.first,
      end: m.end,
      sentence,
      types: typesOf(m, sentence),
      shares: sharing(doc, lex, m.first, m.end, structure.sentences[sentence]!.first, structure.sentences[sentence]!.endTok),
      strength: strengthOf(doc, lex, m.first, m.end, sentence, section),
    };
    // "if in recovery, one year of sobriety required" demands it of some applicants, not of all.
    if (mention.strength === 'required' && askedOnlyOnACondition(doc, lex, m.first, m.end, sentence)) mention.strength = 'mentioned';
    // What the employer offers ("a culture that values your recovery") prefers no
    // applicant unless its words turn to them ("people with lived experience are encouraged to apply").
    const s = structure.sentences[sentence]!;
    if (mention.strength === 'preferred' && employee(sentence) && !lex.livedExperience.applyInvitation.test(tokens, s.first, s.endTok))
      mention.strength = 'mentioned';
    bySentence.set(sentence, mention);
    mentions.push(mention);
  };
  // Read across words set aside: "You have raised, or are raising, a child with ...", "people
  // who currently or formerly use drugs".
  const asides = withoutAsides(doc.text, tokens, lex.asideWords);
  let othersUntil = -1;
  for (const m of matchesBesideAsides((t, from, to) => lex.livedExperience.mention.matchAll(t, from, to), asides, tokens)) {
    const sentence = structure.sentenceOf[m.first]!;
    if (!inThisPosting(sentence) || inQuotes(doc, m) || midCompound(doc, m.end)) continue;
    if (partOfAName(doc, lex, m.first, m.end)) continue;
    if (someoneInPostsOwn(doc, lex, m.first)) continue;
    // A phrase inside one read as someone else's is theirs too: "to people with lived experience
    // of incarceration" holds "experience of incarceration".
    if (m.first < othersUntil) continue;
    const s = structure.sentences[sentence]!;
    if (
      (describesPeople(doc, lex, s, m.first) && !askedWhereItStands(sentence, m.first)) ||
      servedSubject(doc, lex, s, m.first) ||
      othersExperience(doc, lex, s, m.first, m.end) ||
      othersAfter(doc, lex, m.first, m.end, s.endTok) ||
      workBefore(doc, lex, s.first, m.first)
    ) {
      othersUntil = Math.max(othersUntil, m.end);
      continue;
    }
    // A sentence is one mention; a later phrase in it may name the type ("someone who has been
    // where our guests are: someone who knows addiction from the inside").
    const seen = bySentence.get(sentence);
    // A phrase about telling one's story ("share your recovery story with parents") names to whom
    // it is told, not a kind of experience.
    if (seen) {
      const told = lex.livedExperience.share.matchAll(tokens, Math.max(s.first, m.first - 3), m.end).some((c) => c.end >= m.first);
      if (!told && relativesCondition(doc, lex, seen, m)) {
        // The relative's condition names no kind of the applicant's; other kinds still count.
        for (const t of typesOf(m, sentence)) if (!CONDITION_KINDS.has(t)) seen.types.add(t);
      } else if (!told) typesOf(m, sentence, seen.types);
    } else addMention(m, sentence);
  }

  // "someone who's been homeless", "you have struggled with addiction", "you've done time": the
  // applicant has lived through a kind of experience.
  tokens.forEach((t, i) => {
    const recoveryTime = t.norm === 'recovery';
    if (!LIVED_THROUGH.has(t.norm) && !OPENS_A_KIND.has(t.norm) && !recoveryTime) return;
    const sentence = structure.sentenceOf[i]!;
    if (bySentence.has(sentence) || !inThisPosting(sentence)) return;
    const s = structure.sentences[sentence]!;
    const m = recoveryTime ? inRecoveryForATime(doc, lex, i, s) : applicantLivedThrough(doc, lex, i, s);
    if (!m || inQuotes(doc, m)) return;
    addMention(m, sentence);
    // A time in recovery names its kind as a time-in-recovery label does ("Sobriety: 2 years").
    const added = bySentence.get(sentence)!;
    if (recoveryTime && added.types.size === 0) added.types.add(lex.lexicons.livedExperience.recoveryTimeType);
  });

  // "your own mental health journey", "your own past struggles with addiction": 'your own' and a
  // word for what one lives through name the applicant's own experience when a kind of
  // experience stands between them or right after "with" or "of".
  for (const found of lex.livedExperience.ownStory.matchAll(tokens)) {
    const sentence = structure.sentenceOf[found.first]!;
    if (bySentence.has(sentence) || !inThisPosting(sentence)) continue;
    const s = structure.sentences[sentence]!;
    // A story told so that people see recovery happen ("Use your own story to show people that
    // recovery is possible") is the applicant's own, its kind not named.
    const kindEnd = ownStoryKind(doc, lex, found, s.endTok);
    const m = { first: found.first, end: kindEnd >= 0 ? kindEnd : storyOfRecovery(doc, found, s) ? found.end : -1 };
    if (m.end < 0) continue;
    if (inQuotes(doc, m)) continue;
    addMention(m, sentence);
  }

  // Phrases that name the applicant's own experience only on a requirements line, and only as
  // what the line is about: near its start ("Person in recovery ...", "Must be a former
  // recipient of ..."), not deep in it ("Sensitivity to the needs of people in recovery").
  for (const m of matchesBesideAsides((t, from, to) => lex.livedExperience.requirementLine.matchAll(t, from, to), asides, tokens)) {
    const sentence = structure.sentenceOf[m.first]!;
    if (bySentence.has(sentence) || !inThisPosting(sentence)) continue;
    const s = structure.sentences[sentence]!;
    // Right after "looking for" and a person, the phrase says who is sought wherever it sits
    // ("We are seeking a mom in recovery from addiction").
    const sought =
      lookingForAPerson(doc, lex, s.first, m.first).some((c) => m.first - c.end <= 1) || linkedToApplicant(doc, lex, s, m.first);
    // "Our team is made up of nurses, social workers and people in recovery": colleagues, a
    // mention that asks nothing of the applicant wherever it stands.
    if (!midCompound(doc, m.end) && !inQuotes(doc, m) && namedAsColleagues(doc, lex, s, m.first)) {
      addMention(m, sentence);
      bySentence.get(sentence)!.strength = 'mentioned';
      continue;
    }
    if (
      (m.first - s.first > REQUIREMENT_LINE_REACH && !sought) ||
      midCompound(doc, m.end) ||
      workByGerund(doc, s.first, m.first) ||
      recoveryNamesWork(doc, lex, m.end)
    )
      continue;
    const at = tokens[m.first]!.start;
    const label = inlineLabel(doc, lex, at)?.kind ?? tableColumnKind(doc, lex, at) ?? null;
    // A list item that says itself how strongly it is asked ("- Justice involvement a plus") is a
    // requirements line wherever the list stands; not a word that only describes a thing after
    // it ("... parents who are resistant to engage in required services").
    const saysHowStrongly = (c: { end: number }) => !describesANoun(doc, c.end, s.endTok);
    const marked =
      onAListItem(doc, s) &&
      (lex.livedExperience.preferred.matchAll(tokens, m.end, s.endTok).some(saysHowStrongly) ||
        lex.livedExperience.required.matchAll(tokens, m.end, s.endTok).some(saysHowStrongly));
    if ((label ?? kinds[s.heading] ?? null) === null && !invitesToApply(doc, lex, s) && !sought && !marked) continue;
    if (inQuotes(doc, m) || lex.livedExperience.notOwn.test(tokens, s.first, m.end)) continue;
    // "Who: adults in recovery from opioid use" names the people served.
    if (lex.livedExperience.servedBeforeRequirementLine.test(tokens, s.first, m.first)) continue;
    addMention(m, sentence);
  }
  // A time in recovery asked as a label and its value ("Sobriety: 2 years"): read as the
  // requirement lines are, only where the qualifications are asked.
  structure.sentences.forEach((s, sentence) => {
    if (bySentence.has(sentence) || !inThisPosting(sentence)) return;
    const m = recoveryTimeLabel(doc, lex, s);
    if (!m) return;
    const asked = kinds[s.heading] ?? paragraphKind(sentence);
    if (asked === null && !lex.livedExperience.required.test(tokens, s.first, s.endTok)) return;
    addMention(m, sentence);
    const added = bySentence.get(sentence)!;
    if (added.types.size === 0) added.types.add(lex.lexicons.livedExperience.recoveryTimeType);
  });
  // A short question to the reader without its "Are you" ("In recovery?", "Living with a mental
  // health condition?"): the whole question is the mention.
  structure.sentences.forEach((s, sentence) => {
    if (bySentence.has(sentence) || !inThisPosting(sentence) || !asksAQuestion(doc, s)) return;
    const m = lex.livedExperience.ellipticalQuestions
      .matchAll(tokens, s.first, s.endTok)
      .find((q) => q.first === s.first && q.end === s.endTok);
    if (m) addMention(m, sentence);
  });
  mentions.sort((a, b) => a.first - b.first);
  // "Two years of peer support work may substitute for lived experience": where a sentence names
  // it as what another experience replaces, it is not required anywhere under that heading.
  const replaced = new Set(mentions.filter((m) => replacedBy(doc, lex, m)).map((m) => structure.sentences[m.sentence]!.heading));
  // A later line that names it by its kind or points back to it opens it to other ways in wherever
  // it was asked before: "Two years of work with families may substitute for the caregiver
  // experience described above."
  const replacedUpTo = mentions.some((m) => m.strength === 'required')
    ? Math.max(
        -1,
        ...lex.livedExperience.substituteFor
          .matchAll(tokens)
          .filter((c) => namesTheLivedExperience(doc, lex, c.end))
          .map((c) => c.first),
      )
    : -1;
  for (const m of mentions)
    if (m.strength === 'required' && (replaced.has(structure.sentences[m.sentence]!.heading) || m.end <= replacedUpTo))
      m.strength = 'mentioned';
  // "Must be willing to share your lived experience" asks to tell it in the work; where another
  // line says lived experience itself is preferred, that line says how strongly it is asked.
  if (mentions.some((m) => !m.shares && m.strength === 'preferred'))
    for (const m of mentions) if (m.shares && m.strength === 'required') m.strength = 'preferred';

  const best = mentions.reduce<LivedExperienceStatus>((acc, m) => (RANK[m.strength] > RANK[acc] ? m.strength : acc), 'absent');
  const types = new Set(mentions.flatMap((m) => [...m.types]));
  const specific = types.size > 0;
  // Of the mentions that decided the status, one in a requirements section leads: "Share your
  // story when it is helpful" in the duties is not where a posting says what it asks.
  const deciding = mentions.filter((m) => m.strength === best);
  const lead = deciding.find((m) => kinds[structure.sentences[m.sentence]!.heading] != null) ?? deciding[0] ?? mentions[0];
  // The sentence that decided the status comes first, then the other mentions in order.
  const shown = lead ? [lead, ...mentions.filter((m) => m !== lead)] : mentions;
  const evidence = shown.slice(0, 3).map((m) => doc.sentenceText(m.sentence).slice(0, 200));
  return {
    report: { status: best, specific, evidence },
    mentions,
    best,
    types,
    specific,
    lead,
    leadSpan: lead ? withItsClosingQuote(doc, doc.slice(lead.first, lead.end)) : null,
    headingKinds: kinds,
  };
}

/**
 * The sentence that decided the status says lived experience is all the job asks ("The only
 * requirement for this job is lived experience of recovery"; lived-experience.json
 * soleRequirementCues), not "Lived experience is not the only thing we look for".
 */
function saysItIsAllAsked(doc: AnalysisDocument, lex: CompiledLexicons, sentence: { first: number; endTok: number }): boolean {
  const { tokens } = doc;
  // A denial in the two words before ("is not the only requirement") says the opposite.
  const denied = (first: number) => lex.negationCues.test(tokens, Math.max(sentence.first, first - 2), first);
  return lex.livedExperience.soleRequirement.matchAll(tokens, sentence.first, sentence.endTok).some((m) => !denied(m.first));
}

/** Words that open a sentence pointing back to the one before ("That's really the only requirement!"; a word's norm drops its "'s"). */
const OPENS_POINTING_BACK = new Set(['that', 'this', 'it']);

/** The next sentence on the same line points back to this one and says it is all that is asked. */
function saidRightAfter(doc: AnalysisDocument, lex: CompiledLexicons, sentence: number): boolean {
  const { sentences } = doc.structure;
  const s = sentences[sentence]!;
  const next = sentences[sentence + 1];
  if (!next || next.heading !== s.heading || !OPENS_POINTING_BACK.has(doc.tokens[next.first]!.norm)) return false;
  if (doc.text.slice(s.start, next.start).includes('\n')) return false;
  return saysItIsAllAsked(doc, lex, next);
}

/** Lived experience is the only line under its qualifications heading (wise-training L747-750). */
export function isOnlyQualification(doc: AnalysisDocument, lex: CompiledLexicons, reading: LivedExperienceReading): boolean {
  const { lead, mentions, headingKinds: kinds } = reading;
  if (!lead) return false;
  const sentence = doc.structure.sentences[lead.sentence]!;
  // "The one thing we require: being in recovery yourself", wherever the lead mention stands (a screening
  // question may lead).
  if (
    mentions.some(
      (m) =>
        m.strength === 'required' &&
        (saysItIsAllAsked(doc, lex, doc.structure.sentences[m.sentence]!) || saidRightAfter(doc, lex, m.sentence)),
    )
  )
    return true;
  const heading = sentence.heading;
  const underRequiredHeading = heading >= 0 && kinds[heading] === 'required';
  // "Qualifications: lived experience of recovery. That's all." asks for nothing else in its
  // paragraph (no education, certification, age, license ...: the job seeker's items). A label
  // line inside a qualifications section ("Special requirement: ...") is one line of several.
  if (!underRequiredHeading && inlineLabel(doc, lex, doc.tokens[lead.first]!.start)?.kind === 'required') {
    const blank = doc.text.indexOf('\n\n', sentence.start);
    const [a, b] = doc.tokenRange(sentence.start, blank < 0 ? doc.text.length : blank);
    return !lex.qualifications.matcher.test(doc.tokens, a, b);
  }
  if (!underRequiredHeading) return false;
  const under = doc.structure.sentences
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.heading === heading && s.start > doc.structure.headings[heading]!.end);
  const withMention = new Set(mentions.map((m) => m.sentence));
  if (!under.length || !under.every(({ i }) => withMention.has(i))) return false;
  // A class specification joins its items in one sentence ("Graduation from high school, AND
  // self-identification as ..., AND current certification"): another item beside the mention is
  // another qualification.
  const inMention = (first: number, end: number) => mentions.some((m) => first < m.end && m.first < end);
  return !under.some(({ s }) => lex.qualifications.matcher.matchAll(doc.tokens, s.first, s.endTok).some((q) => !inMention(q.first, q.end)));
}

/** Words after a strength word that still let it say how strongly a line is asked ("required for the role", "preferred but not required"). */
const AFTER_A_STRENGTH = new Set([
  'for',
  'to',
  'by',
  'of',
  'in',
  'at',
  'on',
  'but',
  'and',
  'or',
  'if',
  'when',
  'though',
  'although',
  'as',
  'not',
]);

/** A strength word ending at token `end` runs on into a noun it describes ("required services", "preferred vendors"): no break, no linking word after it. */
function describesANoun(doc: AnalysisDocument, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd) return false;
  const next = doc.tokens[end]!;
  if (next.gap !== 'space') return false;
  return !AFTER_A_STRENGTH.has(next.norm);
}
