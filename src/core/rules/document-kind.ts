// Is this text a job offer, or a document about peer work (an explainer, a program or
// certification page, news, advice)? Counted from the marks in lexicons/document-kind.json: a
// posting has the marks of a job offer (pay, how to apply, hours, a duties or qualifications
// section ...); a document about peer work answers questions, reports, advises or certifies.
import { isSumOfMoney } from '../text/money.js';
import { startsWithCapital } from '../text/capital-letter.js';
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { DocumentMark } from '../lexicon/schema.js';
import type { PhraseMatcher } from '../patterns/phrase-matcher.js';
import { isPageChrome } from '../text/document-structure.js';
import type { Line } from '../text/line-index.js';
import { headsABlock } from '../text/pasted-heading.js';
import { jobTitleHead } from './job-title.js';
import { jobNamesIn } from './who-the-job-serves.js';

export interface MarkFound {
  kind: string;
  label: string;
  first: number;
  end: number;
  /** Found in documents about peer work too (how to apply, requirements). */
  alsoInDocuments: boolean;
  weight: number;
}

export interface DocumentMarks {
  posting: MarkFound[];
  about: MarkFound[];
  /** A title cue that names a document ("Tip Sheet", "What Is a Recovery Coach?"). */
  titleCue: { first: number; end: number } | null;
}

/** Lines that work as labels: headings, the title, "Label:" line starts, short question lines and the cells of a table's header row. */
function labelRanges(doc: AnalysisDocument): [number, number][] {
  const ranges: [number, number][] = doc.structure.headings.map((h) => doc.tokenRange(h.start, h.end));
  const { title } = doc.structure;
  if (title) ranges.push(doc.tokenRange(title.start, title.end));
  for (const { start, end, text: line } of doc.lines.lines) {
    const trimmed = line.trim();
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().split(/\s+/).length <= 6) ranges.push(doc.tokenRange(start, start + colon));
    else if (trimmed.endsWith('?') && trimmed.split(/\s+/).length <= 14) ranges.push(doc.tokenRange(start, end));
  }
  for (let i = 0; i < doc.lines.lines.length; i++) {
    const line = doc.lines.lines[i]!;
    if (headsABlock(doc.lines.lines, i)) ranges.push(doc.tokenRange(line.start, line.end));
    else if (TABLE_RULE.test(doc.lines.lines[i + 1]?.text ?? '')) for (const cell of tableCells(line)) ranges.push(doc.tokenRange(...cell));
  }
  return ranges;
}

/** The rule under a table's header row ("|---|---|", "| :-- | --- |"). */
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*\|\s*:?-{3,}/;

/** The cells of a table's header row ("| Qualification | Required | Preferred |"): each heads its column, as a heading heads its section. */
function tableCells(line: Line): [number, number][] {
  const cells: [number, number][] = [];
  for (const m of line.text.matchAll(/[^|]+/g)) {
    const text = m[0].trim();
    if (!text) continue;
    const start = line.start + m.index + m[0].indexOf(text);
    cells.push([start, start + text.length]);
  }
  return cells;
}

/** In how many sentences a mark with a repeated weight must be found to count as that weight. */
const REPEATED = 3;

function findMarks(
  doc: AnalysisDocument,
  matcher: PhraseMatcher<number>,
  entries: readonly DocumentMark[],
  labels: readonly [number, number][],
  skip: (kind: string, first: number) => boolean = () => false,
  from = 0,
): MarkFound[] {
  const found = new Map<string, MarkFound>();
  // The sentences each kind with a repeated weight is found in.
  const sentences = new Map<string, Set<number>>();
  // A site's menu bar ("Find jobs   Company reviews   Salary guide") or a breadcrumb trail
  // ("Home > Credentials > How to Apply") marks nothing of the page; a job board's "Apply now"
  // button is still how to apply.
  const onAMenu = (t: number) => {
    const line = doc.lines.lines[doc.lines.lineAt(doc.tokens[t]!.start)]!.text;
    return isPageChrome(line);
  };
  const keep = (m: { payload: number; first: number; end: number }) => {
    const e = entries[m.payload]!;
    const mark = found.get(e.kind);
    // A long page repeats its marks: once a kind is found, only a repeated weight still counts.
    if (mark && (e.repeatedWeight === undefined || mark.weight === e.repeatedWeight)) return;
    if (e.kind !== 'apply' && onAMenu(m.first)) return;
    if (e.repeatedWeight !== undefined && !skip(e.kind, m.first)) {
      const seen = sentences.get(e.kind) ?? new Set();
      seen.add(doc.structure.sentenceOf[m.first]!);
      sentences.set(e.kind, seen);
      if (mark && seen.size >= REPEATED) mark.weight = e.repeatedWeight;
    }
    if (!found.has(e.kind) && !skip(e.kind, m.first))
      found.set(e.kind, {
        kind: e.kind,
        label: e.label,
        first: m.first,
        end: m.end,
        alsoInDocuments: e.alsoInDocuments ?? false,
        weight: e.weight ?? 1,
      });
  };
  for (const m of matcher.matchAll(doc.tokens, from, doc.tokens.length)) {
    const where = entries[m.payload]!.where;
    if (where === 'text' || (where === 'amount' && isSumOfMoney(doc.text, doc.tokens[m.first]!))) keep(m);
  }
  const asks = (t: number) => doc.lines.lines[doc.lines.lineAt(doc.tokens[t]!.start)]!.text.trim().endsWith('?');
  for (const [a, b] of labels)
    for (const m of a >= from ? matcher.matchAll(doc.tokens, a, b) : []) {
      const e = entries[m.payload]!;
      if (e.where === 'heading' && !(e.notInQuestions && asks(m.first)) && !(e.endsTheLabel && m.end !== b)) keep(m);
    }
  return [...found.values()];
}

/**
 * An offer to hire whose own sentence sends the reader elsewhere and names no job ("Current
 * openings are on our Jobs page") offers no job on this page: it is no mark of one
 * (document-kind.json offersElsewhere). "We are hiring a Peer Specialist; apply on our jobs page"
 * names the job it offers.
 */
function pointsElsewhere(doc: AnalysisDocument, lex: CompiledLexicons, first: number): boolean {
  const s = doc.structure.sentences[doc.structure.sentenceOf[first]!]!;
  const { tokens } = doc;
  return (
    lex.documentKind.offersElsewhere.test(tokens, s.first, s.endTok) &&
    !lex.roles.peerTitles.matcher.test(tokens, s.first, s.endTok) &&
    !lex.roles.nonPeerTitles.matcher.test(tokens, s.first, s.endTok)
  );
}

/** Words for the hours or experience a credential asks to be supervised ("25 hours must be supervised by a CRS"). */
const SUPERVISED_HOURS = new Set(['hours', 'hour', 'experience', 'practicum', 'internship', 'placement']);

/** Words before "hour" that make it a rate of pay ("$22 per hour, reporting to ..."), not hours of experience. */
const RATE_WORDS = new Set(['per', 'an', 'a']);

/** A reporting line said of hours of experience, as a credential's rules say it: no job's reporting line. */
function saidOfHours(doc: AnalysisDocument, first: number): boolean {
  const s = doc.structure.sentences[doc.structure.sentenceOf[first]!]!;
  for (let i = Math.max(s.first, first - 4); i < first; i++) {
    const t = doc.tokens[i]!;
    const rate = t.norm === 'hour' && i > 0 && RATE_WORDS.has(doc.tokens[i - 1]!.norm);
    if (SUPERVISED_HOURS.has(t.norm) && !rate) return true;
  }
  return false;
}

/** How many words after "report to" may come before the authority it names ("report to the court"). */
const AUTHORITY_REACH = 3;

/**
 * A reporting line to a court, probation or the police ("Coaches do not report to the court"): a
 * duty, or one a page says its staff never do, not whom a job reports to (duties.json, the duty
 * reading's object class marked authorities).
 */
function toAnAuthority(doc: AnalysisDocument, lex: CompiledLexicons, first: number): boolean {
  const { objects, authorities } = lex.dutyReading;
  const s = doc.structure.sentences[doc.structure.sentenceOf[first]!]!;
  let to = first;
  while (to < s.endTok && doc.tokens[to]!.norm !== 'to') to++;
  return objects.matchAll(doc.tokens, to + 1, Math.min(s.endTok, to + 1 + AUTHORITY_REACH)).some((o) => o.payload === authorities);
}

/** How many words before a sum of money a word for a cost or funding makes it no pay ("The program costs $60,000 a year"). */
const COST_WORDS_BEFORE = 6;

/** A sum of money that a word just before it in its sentence makes a cost, a fee or funding (document-kind.json moneyNotPay), not pay. */
function costOrFunding(doc: AnalysisDocument, lex: CompiledLexicons, first: number): boolean {
  // A word for pay ("salary") names pay whatever stands before it ("a grant-funded salary").
  if (!isSumOfMoney(doc.text, doc.tokens[first]!)) return false;
  const s = doc.structure.sentences[doc.structure.sentenceOf[first]!]!;
  return lex.documentKind.moneyNotPay.test(doc.tokens, Math.max(s.first, first - COST_WORDS_BEFORE), first);
}

/**
 * A reporting line said of the agency's staff ("Our peer staff are supervised by our Youth Peer
 * Program Lead"): a program page describing its team, no mark of a job offered
 * (lived-experience.json staffSubjectCues).
 */
export function saidOfTheStaff(doc: AnalysisDocument, lex: CompiledLexicons, first: number): boolean {
  const s = doc.structure.sentences[doc.structure.sentenceOf[first]!]!;
  return lex.livedExperience.staffSubject.matchAll(doc.tokens, s.first, Math.min(first, s.first + 6)).some((m) => m.first === s.first);
}

/** Between the parts of a page's title: a spaced bar ("Family Peer Support | Programs | Linden Grove"). */
const TITLE_PART = /\s+\|\s+/;

/**
 * A part of the title line after its first, set apart by bars, that is only a part of the site
 * ("Programs", "Services": document-kind.json pageNameCues.sections): the page is that part's,
 * not a job's, whatever its first part names. Its tokens, or undefined.
 */
function siteSectionPart(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  t: { start: number; end: number },
): { first: number; end: number } | undefined {
  const text = doc.text.slice(t.start, t.end);
  if (!text.includes('|')) return undefined;
  let at = 0;
  for (const [n, part] of text.split(TITLE_PART).entries()) {
    const start = text.indexOf(part, at);
    at = start + part.length;
    if (n === 0 || !lex.documentKind.siteSections.has(part.trim().toLowerCase())) continue;
    const [first, end] = doc.tokenRange(t.start + start, t.start + at);
    if (end > first) return { first, end };
  }
  return undefined;
}

/** Words that, right after a title cue, say what the document is for or about, not a name's next word. */
const SMALL_WORDS_AFTER_CUE = new Set(['for', 'to', 'on', 'about', 'in']);

/** How many capitalized words may follow a title cue before the organization word that ends a name. */
const ORGANIZATION_NAME_WORDS = 3;

/**
 * A title cue that opens a capitalized name ending in an organization word names the employer,
 * not a document: "Summit Family Services - Job Details" is a job's page, "Peer Support Summit" is not.
 */
function opensOrganizationName(doc: AnalysisDocument, lex: CompiledLexicons, m: { first: number; end: number }): boolean {
  const { tokens } = doc;
  if (!startsWithCapital(tokens[m.first]!.raw)) return false;
  // A small word after the cue goes on with what the document is for ("GUIDE FOR PROGRAM LEADS"
  // in a title set in capitals), not with a name.
  if (tokens[m.end] && SMALL_WORDS_AFTER_CUE.has(tokens[m.end]!.norm)) return false;
  for (let i = m.end; i < Math.min(tokens.length, m.end + ORGANIZATION_NAME_WORDS); i++) {
    const t = tokens[i]!;
    if (t.gap !== 'space' || !startsWithCapital(t.raw)) return false;
    if (lex.nameWords.organizationWords.has(t.norm)) return true;
  }
  return false;
}

/**
 * The cue opens a job's name in the title ("POLICY ANALYST 2", "Training Coordinator"): the head
 * of a job's name (roles.json jobTitleHeads) right after it, ending the title or before a level.
 */
function namesAJobWith(doc: AnalysisDocument, lex: CompiledLexicons, m: { end: number }, titleEnd: number): boolean {
  const head = lex.roles.jobTitleHeads.matchAll(doc.tokens, m.end, titleEnd).find((h) => h.first === m.end);
  if (!head) return false;
  const rest = doc.tokens.slice(head.end, titleEnd);
  return rest.length === 0 || (rest.length === 1 && /^(?:[ivx]+|\d+)$/i.test(rest[0]!.norm));
}

/** Kinds of posting marks that name the posting itself, its number or its job type (a title cue inside one names no document). */
const NAMES_THE_POSTING: ReadonlySet<string> = new Set(['position-number', 'schedule', 'job-description']);

/** The kind of about-mark that says the page offers no job (document-kind.json about-not-an-opening). */
const DENIES_AN_OPENING = 'denies-an-opening';

/** A form's fields left to fill in ("Pay range: ________", "Reports to: [title]", "Name: ____  Start date: ____"): a template's, no job's. */
const BLANK_VALUE = /^(?:[^:\n_[\]]*:[ \t]*(?:_{3,}|\[[^\]\n]*\])[ \t_\r]*)+$/;

/** A form's field is a short line. */
const FIELD_MAX_CHARS = 200;

function blankField(doc: AnalysisDocument, first: number): boolean {
  const line = doc.lines.lines[doc.lines.lineAt(doc.tokens[first]!.start)]!;
  return line.text.length <= FIELD_MAX_CHARS && BLANK_VALUE.test(line.text);
}

export function documentMarks(doc: AnalysisDocument, lex: CompiledLexicons): DocumentMarks {
  const data = lex.lexicons.documentKind;
  const labels = labelRanges(doc);
  // The title the structure chose (a "Job Title:" line wins), and the page's first lines: a page
  // headed "How to Write a Peer Specialist Job Description" holds a sample with a "Job Title:" line.
  const titles = [doc.structure.title, ...firstLines(doc, lex)].filter((t) => t !== null);
  // A cue inside a posting's own number ("Exam No. 25-114" of a civil-service announcement), its
  // job type ("Contract to Hire") or its own name as a job's description ("POSITION BRIEF" of a
  // staffing agency) names no document. Read only when a title holds a cue: most pages have none.
  let numbersAndTypes: { first: number; end: number }[] | undefined;
  const inNumberOrType = (m: { first: number; end: number }) => {
    numbersAndTypes ??= lex.documentKind.postingMarks
      .matchAll(doc.tokens)
      .filter((n) => NAMES_THE_POSTING.has(data.postingMarks[n.payload]!.kind));
    return numbersAndTypes.some((n) => n.first <= m.first && m.end <= n.end);
  };
  const cued = titles
    .map((t) => {
      const [a, b] = doc.tokenRange(t.start, t.end);
      return {
        title: t,
        cue:
          lex.documentKind.titleCues
            .matchAll(doc.tokens, a, b)
            .find((m) => !opensOrganizationName(doc, lex, m) && !inNumberOrType(m) && !namesAJobWith(doc, lex, m, b)) ??
          // A page's name after the organization's ("Harbor House - About Us"), not a line of its
          // own, nor an invitation ("Join Our Team").
          lex.documentKind.pageNameCues
            .matchAll(doc.tokens, a, b)
            .find((m) => m.first > a && !lex.documentKind.pageNameNotAfter.has(doc.tokens[m.first - 1]!.norm)) ??
          siteSectionPart(doc, lex, t),
      };
    })
    .find((c): c is { title: typeof c.title; cue: NonNullable<typeof c.cue> } => c.cue !== undefined);
  const cue = cued?.cue;
  // "This is not an open position": the words that deny an opening mark no offer of one.
  // Read in the mark's own sentence, and only where it says "not".
  const denied = (first: number) => {
    const sentence = doc.structure.sentences[doc.structure.sentenceOf[first]!]!;
    if (!doc.tokens.slice(sentence.first, sentence.endTok).some((t) => t.norm === 'not')) return false;
    return lex.documentKind.aboutMarks
      .matchAll(doc.tokens, sentence.first, sentence.endTok)
      .some((m) => data.aboutMarks[m.payload]!.kind === DENIES_AN_OPENING && m.first <= first && first < m.end);
  };
  const posting = findMarks(
    doc,
    lex.documentKind.postingMarks,
    data.postingMarks,
    labels,
    (kind, first) =>
      blankField(doc, first) ||
      denied(first) ||
      (kind === 'hiring'
        ? pointsElsewhere(doc, lex, first)
        : kind === 'reporting'
          ? saidOfTheStaff(doc, lex, first) || saidOfHours(doc, first) || toAnAuthority(doc, lex, first)
          : kind === 'pay'
            ? costOrFunding(doc, lex, first)
            : false),
  );
  if (!posting.some((m) => m.kind === 'pay')) {
    const sum = payOnShortLine(doc, lex);
    if (sum !== null) posting.push({ kind: 'pay', label: 'pay', first: sum, end: numberEnd(doc, sum), alsoInDocuments: false, weight: 1 });
  }
  let about = findMarks(doc, lex.documentKind.aboutMarks, data.aboutMarks, labels);
  // A closing offer that sends the reader elsewhere offers no job here: the page is about the work.
  const elsewhere = offerPointedElsewhere(doc, lex, posting);
  if (elsewhere) {
    posting.splice(0);
    about.push(elsewhere);
  }
  const jobsTitle =
    cued &&
    ((offersItsOwnJob(doc, posting, about, lex) && namesAJob(doc, lex, cued.title) && !headline(doc, cued.title, cued.cue)) ||
      (builtLikeAJob(doc, posting, about) && namesAPeerRole(doc, lex, cued.title) && !headline(doc, cued.title, cued.cue)) ||
      headedLikeAJob(doc, cued.title, posting) ||
      headedByAJobLine(doc, lex, cued.title) ||
      offerUnderTitle(doc, lex, cued.title, posting, about) ||
      postingUnderAnOfferHeading(doc, lex, labels));
  // A title that heads a job's page names no document: its words ("How to Become ...") mark none.
  if (jobsTitle) {
    const [a, b] = doc.tokenRange(cued.title.start, cued.title.end);
    about = about.filter((m) => m.first < a || m.first >= b);
  }
  return { posting, about, titleCue: cue && !jobsTitle ? { first: cue.first, end: cue.end } : null };
}

/**
 * The title reads as a news headline: its cue stands after words of its own and before the role
 * it names ("Library Adds Peer Navigator to Help Patrons", "County Hires Two Recovery Coaches"),
 * where a page that offers its own job is headed "Become a Parent Partner at ..." (the cue opens
 * the title, or is said to the reader: "Join Us: Become a ...") or "Peer Mentor Volunteer
 * Opportunities" (the cue follows the role).
 */
function headline(doc: AnalysisDocument, title: { start: number; end: number }, cue: { first: number; end: number }): boolean {
  const [a, b] = doc.tokenRange(title.start, title.end);
  // A verb said of a subject ("Adds", "Hires", "Named"), not one said to the reader ("Become a").
  return cue.first > a && cue.end < b && /(?:s|ed)$/.test(doc.tokens[cue.first]!.norm);
}

/** Marks a closing offer that points elsewhere may have: the offer itself, its hours and a way to apply. */
const POINTER_MARKS: ReadonlySet<string> = new Set(['hiring', 'apply', 'schedule']);

/** Marks a program page's closing "Join our team" section may have: the offer, a way to apply, the hours. */
const CLOSING_SECTION_MARKS: ReadonlySet<string> = new Set(['hiring', 'apply', 'schedule']);

/** Marks a closing offer whose full posting is elsewhere may have: a word on what the job asks or does, but no pay, closing date or position number. */
const SUMMARIZED_OFFER_MARKS: ReadonlySet<string> = new Set(['hiring', 'apply', 'schedule', 'qualifications', 'duties']);

/**
 * A page whose only marks of a job offer (an offer to hire, how to apply) sit in its last part, with
 * words after them that send the reader elsewhere ("We're hiring! See our careers page."): a blog
 * post or a program page that closes with a pointer to its jobs (document-kind.json
 * offersElsewhere). Pay, hours, duties or requirements anywhere make it an offer; so does an offer
 * that opens the page. The pointer, as a mark of a document about the work, or null.
 */
function offerPointedElsewhere(doc: AnalysisDocument, lex: CompiledLexicons, posting: readonly MarkFound[]): MarkFound | null {
  const note = offerParagraphOfAProgramPage(doc, lex, posting);
  if (note) return note;
  // The marks each way below allows are fewer than the summarized offer's: checked first, before any scan.
  if (!posting.length || !posting.every((m) => SUMMARIZED_OFFER_MARKS.has(m.kind))) return null;
  const closing = Math.floor(doc.tokens.length * lex.lexicons.documentKind.decision.closingPartFrom);
  const offer = Math.min(...posting.map((m) => m.first));
  const lastHeading = lastHeadingTokens(doc);
  const inClosingPart = offer >= closing;
  const inLastSection = lastHeading !== null && offer >= lastHeading[0];
  if ((!inClosingPart && !inLastSection) || titleIsOneJob(doc, lex)) return null;
  // "See the Careers page for the full posting": what the offer says of the job is a summary, in
  // the page's last part or under its last heading.
  const full = lex.documentKind.fullPostingElsewhere.matchAll(doc.tokens, offer, doc.tokens.length)[0];
  if (full)
    return {
      kind: 'points-elsewhere',
      label: 'an offer to hire whose full posting is elsewhere',
      first: full.first,
      end: full.end,
      alsoInDocuments: false,
      weight: 1,
    };
  if (!inClosingPart || !posting.every((m) => CLOSING_SECTION_MARKS.has(m.kind))) return null;
  const section = closingOfferSection(doc, lex, posting, offer, lastHeading);
  if (section) return section;
  if (!posting.every((m) => POINTER_MARKS.has(m.kind))) return null;
  const pointer = lex.documentKind.offersElsewhere.matchAll(doc.tokens, offer, doc.tokens.length)[0];
  if (!pointer) return null;
  return {
    kind: 'points-elsewhere',
    label: 'an offer to hire that points elsewhere',
    first: pointer.first,
    end: pointer.end,
    alsoInDocuments: false,
    weight: 1,
  };
}

/** Marks a program page's one paragraph of hiring may hold: the offer, a way to apply, the hours and the pay. */
const PROGRAM_NOTE_MARKS: ReadonlySet<string> = new Set(['hiring', 'apply', 'schedule', 'pay']);
/** The most of a page's words its paragraph of hiring may hold and still be a note on it. */
const PROGRAM_NOTE_SHARE = 0.3;

/**
 * A page titled by a program or a place ("Recovery Coaching at Riverbend Recovery Community
 * Center") whose every mark of a job offer stands in one paragraph that is not its first ("We are
 * hiring! ... two part-time recovery coaches ... Starting pay is $19 an hour."), among sections on
 * the program: the page is about the program, with a note that it hires, wherever the note
 * stands. A duties or qualifications section, a closing date or an equal-opportunity statement
 * make it a posting. The offer, as a mark of a document about the work, or null.
 */
function offerParagraphOfAProgramPage(doc: AnalysisDocument, lex: CompiledLexicons, posting: readonly MarkFound[]): MarkFound | null {
  if (!posting.length || !posting.every((m) => PROGRAM_NOTE_MARKS.has(m.kind))) return null;
  const hiring = posting.find((m) => m.kind === 'hiring');
  if (!hiring || !titledByAProgram(doc, lex) || titleIsOneJob(doc, lex)) return null;
  const { lines } = doc.lines;
  const [top, bottom] = paragraphLines(doc, doc.lines.lineAt(doc.tokens[hiring.first]!.start));
  const [a, b] = doc.tokenRange(lines[top]!.start, lines[bottom]!.start + lines[bottom]!.text.length);
  const title = doc.structure.title;
  const titleEnd = title ? doc.tokenRange(title.start, title.end)[1] : 0;
  // Not the page's opening paragraph: the page says more before it than the paragraph holds,
  // and the paragraph is a small part of the page.
  if (a - titleEnd < b - a || (b - a) / doc.tokens.length > PROGRAM_NOTE_SHARE) return null;
  if (!posting.every((m) => m.first >= a && m.first < b)) return null;
  return {
    kind: 'closing-offer',
    label: 'a paragraph of a program page that offers a job',
    first: hiring.first,
    end: hiring.end,
    alsoInDocuments: false,
    weight: 1,
  };
}

/** The token range of the page's last heading, or null. */
function lastHeadingTokens(doc: AnalysisDocument): [number, number] | null {
  const last = doc.structure.headings.at(-1);
  return last ? doc.tokenRange(last.start, last.end) : null;
}

/**
 * A program's page that closes with its own short section headed by an offer to hire ("Join our
 * team", "We're hiring"), the page's last heading, holding no more than the offer, the hours and a
 * way to apply: the page is about the program and its work, with a note that it hires. So does a
 * last paragraph that opens with the offer ("Join our team: we are hiring a part-time Recovery
 * Coach.") on a page titled by a program ("Recovery Coach Program"). A qualifications or duties section, pay, a closing date or an equal-opportunity
 * statement make the section a posting (they are marks this section may not have). The section's
 * heading, or the offer, as a mark of a document about the work, or null.
 */
function closingOfferSection(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  posting: readonly MarkFound[],
  offer: number,
  lastHeading: [number, number] | null,
): MarkFound | null {
  const hiring = posting.find((m) => m.kind === 'hiring' && m.first === offer);
  if (!hiring) return null;
  const mark = (first: number, end: number): MarkFound => ({
    kind: 'closing-offer',
    label: 'a short closing section that offers a job',
    first,
    end,
    alsoInDocuments: false,
    weight: 1,
  });
  if (lastHeading && offer >= lastHeading[0] && offer < lastHeading[1]) return mark(...lastHeading);
  return titledByAProgram(doc, lex) && opensLastParagraph(doc, offer) ? mark(hiring.first, hiring.end) : null;
}

/**
 * The title ends in a program word ("Parent Partner Program", "Youth Peer Drop-In Center"), or its
 * first part before a bar does ("Recovery Coach Program | Harbor Health System": the site's name
 * follows the page's): it names a program or a place, not a job.
 */
function titledByAProgram(doc: AnalysisDocument, lex: CompiledLexicons): boolean {
  const { title } = doc.structure;
  if (!title) return false;
  const [a, b] = doc.tokenRange(title.start, title.end);
  let end = b;
  for (let k = a + 1; k < b; k++)
    if (doc.text.slice(doc.tokens[k - 1]!.end, doc.tokens[k]!.start).includes('|')) {
      end = k;
      break;
    }
  return end > a + 1 && endsInAProgramWord(lex, doc.tokens[end - 1]!.norm);
}

/** A separator that sets a job's name apart from a place or a program named after it. */
const SET_APART = /\s[-–—|]\s|[,:(|@]|\sat\s/;

/**
 * A name ending at token `nameEnd` stands inside a place's or a program's name that ends at token
 * `last` ("Youth Peer Drop-In Center", "Peer Recovery Support Expansion Project"), not set apart
 * from it ("Peer Specialist - Crisis Center", "Parent Partner at Willow Family Services").
 */
export function insideAProgramName(doc: AnalysisDocument, lex: CompiledLexicons, nameEnd: number, last: number): boolean {
  return (
    nameEnd <= last &&
    endsInAProgramWord(lex, doc.tokens[last]!.norm) &&
    !SET_APART.test(doc.text.slice(doc.tokens[nameEnd - 1]!.end, doc.tokens[last]!.start))
  );
}

/** A program's or a place's last word ("Program", "Services", "Center"; context.json programWords, document-kind.json programTitleEnds). */
export function endsInAProgramWord(lex: CompiledLexicons, norm: string): boolean {
  return lex.nameWords.programWords.has(norm) || lex.documentKind.programTitleEnds.has(norm);
}

/** The first and last line of the paragraph (lines with words, between blank lines) that holds line `at`. */
function paragraphLines(doc: AnalysisDocument, at: number): [number, number] {
  const { lines } = doc.lines;
  let top = at;
  while (top > 0 && lines[top - 1]!.text.trim() !== '') top--;
  let bottom = at;
  while (bottom + 1 < lines.length && lines[bottom + 1]!.text.trim() !== '') bottom++;
  return [top, bottom];
}

/** The token opens its line, and that line opens the page's last paragraph (no blank line before more text after it). */
function opensLastParagraph(doc: AnalysisDocument, token: number): boolean {
  const { lines } = doc.lines;
  const at = doc.lines.lineAt(doc.tokens[token]!.start);
  const line = lines[at]!;
  if (line.text.slice(0, doc.tokens[token]!.start - line.start).trim() !== '') return false;
  const [top, bottom] = paragraphLines(doc, at);
  return top === at && lines.slice(bottom + 1).every((l) => l.text.trim() === '');
}

/** Between a job's name and what follows it in a title: a dash, a bar, a comma, a colon or a bracket. */
const AFTER_JOB_NAME = /^\s*[-–—|,:(]/;

/**
 * The title is one job's name, as a posting is headed ("Peer Recovery Coach", "Recovery Coach -
 * Hope Center"), not a program's, a team's or a question's ("Parent Partner Program", "Our Recovery
 * Coaches", "What does a peer specialist do?"): a known role, not in the plural, that ends the title
 * or is followed by a separator or "at".
 */
function titleIsOneJob(doc: AnalysisDocument, lex: CompiledLexicons): boolean {
  const { title } = doc.structure;
  if (!title) return false;
  const [a, b] = doc.tokenRange(title.start, title.end);
  const { tokens, text } = doc;
  const endsAName = (m: { end: number; plural?: boolean }) =>
    !m.plural &&
    (m.end === b ||
      (m.end < b && (tokens[m.end]!.norm === 'at' || AFTER_JOB_NAME.test(text.slice(tokens[m.end - 1]!.end, tokens[m.end]!.start)))));
  return (
    lex.roles.peerTitles.matcher.matchAll(tokens, a, b).some((m) => !lex.roles.peerTitles.entries[m.payload]!.weak && endsAName(m)) ||
    lex.roles.nonPeerTitles.matcher.matchAll(tokens, a, b).some(endsAName)
  );
}

/** Words in an offer's heading under a news title ("NOW HIRING: PEER SUPPORT SPECIALISTS (part-time, up to 25 hours a week)"). */
const OFFER_HEADING_MAX_WORDS = 16;

/**
 * The line right under a newsletter's or a news page's title is a short offer to hire that names
 * a peer role ("WE'RE HIRING: PEER NAVIGATORS", "Help Wanted: Warmline Peer Listeners"), and the
 * page shows enough marks only job offers have: the whole page is that posting, not a section of
 * a document (a job opening further down a newsletter stays part of it).
 */
function offerUnderTitle(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  title: { start: number; end: number },
  posting: readonly MarkFound[],
  about: readonly MarkFound[],
): boolean {
  const header = lineUnderTitle(doc, title);
  if (header === undefined || about.length) return false;
  const [a, b] = doc.tokenRange(header.start, header.end);
  // A heading of its own, not the story's first sentence ("The county is hiring two coaches ...").
  if (b - a > OFFER_HEADING_MAX_WORDS || /[.!?]\s*$/.test(header.text)) return false;
  const hires = posting.some((m) => m.kind === 'hiring' && m.first >= a && m.first < b);
  const names = jobNamesIn(doc, lex, a, b).length > 0;
  const offers = posting.filter((m) => m.kind !== 'hiring' && !m.alsoInDocuments).length;
  return hires && names && offers >= lex.lexicons.documentKind.decision.offerOverTitleCueMarks;
}

/** Kinds of marks a whole posting under an offer's heading shows (see postingUnderAnOfferHeading). */
const SECTION_POSTING_KINDS = 4;
/** ... of which marks only job offers have. */
const SECTION_OFFER_ONLY_KINDS = 2;
/** Marks that describe the job itself, one of which the section must show. */
const JOB_DESCRIBING_KINDS: ReadonlySet<string> = new Set(['duties', 'qualifications']);

/**
 * A heading line further down a newsletter or an update that offers a named job ("We're Hiring: Peer
 * Wellness Coach", "3. NOW HIRING: FAMILY PEER NAVIGATOR"), over a whole posting: what the job
 * does or asks, and its terms (pay, hours, whom it reports to, how to apply). The page then carries
 * that posting, and is read as it. A short opening further down ("Job opening: Peer Recovery
 * Coach. Part-time, $19.50 an hour") stays a part of the newsletter.
 */
function postingUnderAnOfferHeading(doc: AnalysisDocument, lex: CompiledLexicons, labels: readonly [number, number][]): boolean {
  const data = lex.lexicons.documentKind;
  const { postingMarks } = lex.documentKind;
  // A line of its own: a heading with a colon inside is often read as a label line.
  for (const line of doc.lines.lines) {
    const [a, b] = doc.tokenRange(line.start, line.end);
    if (b === a || b - a > OFFER_HEADING_MAX_WORDS || /[.!?]\s*$/.test(line.text)) continue;
    if (!postingMarks.matchAll(doc.tokens, a, b).some((m) => data.postingMarks[m.payload]!.kind === 'hiring')) continue;
    if (jobNamesIn(doc, lex, a, b).length === 0) continue;
    const under = findMarks(doc, postingMarks, data.postingMarks, labels, () => false, b).filter((m) => m.kind !== 'hiring');
    if (
      under.length >= SECTION_POSTING_KINDS &&
      under.filter((m) => !m.alsoInDocuments).length >= SECTION_OFFER_ONLY_KINDS &&
      under.some((m) => JOB_DESCRIBING_KINDS.has(m.kind))
    )
      return true;
  }
  return false;
}

/** The first line with any text after the title's line: a job's header line when there is one. */
function lineUnderTitle(doc: AnalysisDocument, title: { end: number }): Line | undefined {
  const { lines } = doc.lines;
  let next = doc.lines.lineAt(title.end) + 1;
  while (next < lines.length && lines[next]!.text.trim() === '') next++;
  return lines[next];
}

/** Words in a job's header line: its name, a dash or bar, then its employer or place. */
const JOB_LINE_MAX_WORDS = 12;

/** Between a job's name and its employer on a header line: a spaced dash or a bar, or "at". */
const JOB_LINE_SEPARATOR = /^\s+[-–—|]\s+$|^\s*\|\s*$/;

/**
 * The line right under the title is a job's header: a role's name, then a spaced dash, a bar or
 * "at", then its employer or place ("Parent Partner - Cornerstone Children's Services"), as a
 * provider heads the role it recruits for under a page heading ("How to Become a Parent
 * Partner"). A program's or a course's name is no role's ("Recovery Coach Academy - ..."), and a
 * certifying body beside the role marks its page as a document (document-kind.json aboutMarks).
 */
function headedByAJobLine(doc: AnalysisDocument, lex: CompiledLexicons, title: { start: number; end: number }): boolean {
  const line = lineUnderTitle(doc, title);
  if (line === undefined) return false;
  const [a, b] = doc.tokenRange(line.start, line.end);
  if (b - a > JOB_LINE_MAX_WORDS || b - a < 3) return false;
  const { tokens, text } = doc;
  for (let sep = a + 1; sep < b - 1; sep++) {
    const between = text.slice(tokens[sep - 1]!.end, tokens[sep]!.start);
    const at = tokens[sep]!.norm === 'at' && tokens[sep]!.gap === 'space';
    if (!JOB_LINE_SEPARATOR.test(between) && !at) continue;
    const employer = at ? sep + 1 : sep;
    // The role's name opens the line, after capitalized words at most ("Full-Time Peer Specialist - ..."):
    // "Prepared by the Alliance of Peer Support Providers - ..." names the document's author.
    const names = (m: { first: number; end: number }) =>
      m.first >= a && m.end === sep && tokens.slice(a, m.first).every((t) => !/^\p{Ll}/u.test(t.raw));
    const role =
      lex.roles.peerTitles.matcher.matchAll(tokens, a, sep).some((m) => names(m) && !lex.roles.peerTitles.entries[m.payload]!.weak) ||
      lex.roles.nonPeerTitles.matcher.matchAll(tokens, a, sep).some(names) ||
      jobTitleHead(doc, lex, [a, sep])?.[1] === sep;
    // What follows names the employer or the place, not a document ("- Training and Certification").
    const named = employer < b && /^\p{Lu}/u.test(tokens[employer]!.raw) && !/\d/.test(text.slice(tokens[employer]!.start, line.end));
    return role && named && !lex.documentKind.titleCues.test(tokens, employer, b);
  }
  return false;
}

/**
 * The page is built as a job's posting: a sum of pay, a section of duties and a section of
 * qualifications, and no mark of a document about the work. A guide or a course names none of
 * its own duties beside a salary ("BRIGHTPATH HEALTH | Peer Support Guide (Remote)" over "THE ROLE", "WHO
 * YOU ARE" and "PAY: $50,000 - $57,000 a year").
 */
function builtLikeAJob(doc: AnalysisDocument, posting: readonly MarkFound[], about: readonly MarkFound[]): boolean {
  if (about.length) return false;
  const paid = posting.some((m) => m.kind === 'pay' && /^\d/.test(doc.tokens[m.first]!.norm));
  return paid && posting.some((m) => m.kind === 'duties') && posting.some((m) => m.kind === 'qualifications');
}

/** The title holds a peer role's name, however weak alone ("Peer Support Guide"). */
function namesAPeerRole(doc: AnalysisDocument, lex: CompiledLexicons, title: { start: number; end: number }): boolean {
  return lex.roles.peerTitles.matcher.test(doc.tokens, ...doc.tokenRange(title.start, title.end)) || namesAJob(doc, lex, title);
}

/**
 * A job's header under the title: a sum of pay on the short line right under it, or on the next
 * after a short employer's line, as a job board or an employer heads a posting ("Peer Wellness
 * Guide" over "Sunrise Health | Full-time | $19.50/hr"; "Family Recovery Guide" over its
 * organization's name, then "Part-time - $21.00/hour"); or a block of label lines right under
 * it that says to whom the job reports ("Department: ...", "Reports to: Clinical Supervisor"). The
 * title names that job, even when its last word also names documents ("Guide"). Hours alone do
 * not: "Full-time and part-time jobs explained" can sit under a guide's title.
 */
function headedLikeAJob(doc: AnalysisDocument, title: { start: number; end: number }, posting: readonly MarkFound[]): boolean {
  const header = lineUnderTitle(doc, title);
  if (header === undefined) return false;
  const { lines: all } = doc.lines;
  const at = doc.lines.lineAt(header.start);
  const inLine = (m: MarkFound, line: Line) => doc.tokens[m.first]!.start >= line.start && doc.tokens[m.first]!.start < line.end;
  // The employer's name on a line of its own, the place and pay right under it.
  const payLines = [header];
  const next = all[at + 1];
  if (next?.text.trim() && !/[.!?:]\s*$/.test(header.text.trim())) payLines.push(next);
  const paid = payLines.some((line) => {
    const [a, b] = doc.tokenRange(line.start, line.end);
    if (b - a > PAY_LINE_MAX_WORDS) return false;
    return posting.some((m) => m.kind === 'pay' && /^\d/.test(doc.tokens[m.first]!.norm) && inLine(m, line));
  });
  if (paid) return true;
  // A reporting line given as a label in the block of lines under the title.
  for (let i = at; i < Math.min(all.length, at + HEADER_BLOCK_LINES) && all[i]!.text.trim(); i++) {
    const line = all[i]!;
    const opens = line.start + line.text.indexOf(line.text.trim());
    if (
      posting.some(
        (m) => m.kind === 'reporting' && doc.tokens[m.first]!.start === opens && /^\s*:/.test(doc.text.slice(doc.tokens[m.end - 1]!.end)),
      )
    )
      return true;
  }
  return false;
}

/** Label lines a job's header block holds under its title ("Department:", "Location:", "Status:", "Reports to:"). */
const HEADER_BLOCK_LINES = 5;

/** Words a short line may hold around a bare sum that is pay ("Full-time | $44,000"). */
const PAY_LINE_MAX_WORDS = 10;

/**
 * A sum of money on a short line with no word that makes it something else (a fee, a grant): a
 * job board's header line states pay that way ("District Court Programs, $39,500"). The first
 * such sum's token, or null.
 */
function payOnShortLine(doc: AnalysisDocument, lex: CompiledLexicons): number | null {
  for (const line of doc.lines.lines) {
    if (!/[$£€]\s?\d/.test(line.text)) continue;
    const [a, b] = doc.tokenRange(line.start, line.end);
    if (b - a > PAY_LINE_MAX_WORDS || lex.documentKind.moneyNotPay.test(doc.tokens, a, b)) continue;
    for (let t = a; t < b; t++) if (/^\d/.test(doc.tokens[t]!.norm) && isSumOfMoney(doc.text, doc.tokens[t]!)) return t;
  }
  return null;
}

/** Past the groups of a number the tokenizer splits ("41,000", "19.50"): the token after it. */
function numberEnd(doc: AnalysisDocument, first: number): number {
  let end = first + 1;
  const { tokens, text } = doc;
  while (end < tokens.length && /^\d+$/.test(tokens[end]!.norm) && /^[.,]$/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start)))
    end++;
  return end;
}

/** Marks that say how to take up an offer: an application or an interview. */
const WAYS_IN: ReadonlySet<string> = new Set(['apply', 'interview']);

/**
 * An offer to hire beside enough marks only job offers have, on a page with no mark of a document:
 * a provider's page that hires for the role it is headed with ("Become a Parent Partner at ...").
 * A volunteer role has no pay or hours to show: offered with a way to apply, the page recruits
 * for it ("Become a Volunteer Peer Mentor ... is looking for volunteers ... Apply at ...";
 * document-kind.json volunteerOffers).
 */
function offersItsOwnJob(
  doc: AnalysisDocument,
  posting: readonly MarkFound[],
  about: readonly MarkFound[],
  lex: CompiledLexicons,
): boolean {
  if (about.length || !posting.some((m) => m.kind === 'hiring')) return false;
  if (posting.some((m) => WAYS_IN.has(m.kind)) && lex.documentKind.volunteerOffers.test(doc.tokens)) return true;
  const onlyOffers = posting.filter((m) => m.kind !== 'hiring' && !m.alsoInDocuments).length;
  return onlyOffers >= lex.lexicons.documentKind.decision.offerOverTitleCueMarks;
}

/**
 * The title names a job: a peer role, another known role or a name that ends like a job's ("Become
 * a Parent Partner at ..."). A newsletter's or a report's title names none, so the one opening it
 * announces in a section ("Job Opening: Peer Recovery Coach ... $17/hour") stays part of it.
 */
function namesAJob(doc: AnalysisDocument, lex: CompiledLexicons, title: { start: number; end: number }): boolean {
  const range = doc.tokenRange(title.start, title.end);
  // A name inside a program's that ends the line ("Peer Recovery Support Expansion Project") names
  // the program, not a job.
  const inProgramName = (m: { end: number }) => insideAProgramName(doc, lex, m.end, range[1] - 1);
  // "peer" alone names no job ("Working as a Peer at Riverside: Frequently Asked Questions").
  return (
    lex.roles.peerTitles.matcher
      .matchAll(doc.tokens, ...range)
      .some((m) => !lex.roles.peerTitles.entries[m.payload]!.weak && !inProgramName(m)) ||
    lex.roles.nonPeerTitles.matcher.test(doc.tokens, ...range) ||
    jobTitleHead(doc, lex, range) !== null
  );
}

/** Words in a line that reads as a page's heading, not as its first sentence. */
const HEADING_LINE_MAX_WORDS = 16;

/** A line that reads as a heading, not as a sentence: short, not ended by a full stop. */
function headingLine(line: { start: number; text: string }): { start: number; end: number } | null {
  const text = line.text.trim();
  if (/[.!]$/.test(text) || text.split(/\s+/).length > HEADING_LINE_MAX_WORDS) return null;
  const start = line.start + line.text.indexOf(text);
  return { start, end: start + text.length };
}

/** The first three lines with words on them that are not a site's menu bar (the rest is not read). */
function firstLinesWithWords(doc: AnalysisDocument): Line[] {
  const found: Line[] = [];
  for (const l of doc.lines.lines) {
    // A breadcrumb trail ("Home > Credentials > ... > How to Apply") stands above the page's heading.
    if (!l.text.trim() || isPageChrome(l.text)) continue;
    found.push(l);
    if (found.length === 3) break;
  }
  return found;
}

/**
 * The first line with words on it that is not a site's menu bar, when it reads as a heading; and the second, when neither names
 * a job (an organization's name above "Year in Review 2025" or "RFP 26-031: ...", not above
 * "Training Coordinator"); and the third, when it opens with a title cue under two lines that
 * name no job (a university's and a school's names above "Certificate in Peer Support Work").
 */
function firstLines(doc: AnalysisDocument, lex: CompiledLexicons): { start: number; end: number }[] {
  const [first, second, third] = firstLinesWithWords(doc);
  const top = first ? headingLine(first) : null;
  if (!top) return [];
  const namesJob = (line: { start: number; end: number }) => namesAJob(doc, lex, line);
  // A line of pay and hours under the first ("$21.00/hour · 35 hours/week · paid training") is the job's, no title.
  const payLine = (line: Line) => /[$£€]\s?\d/.test(line.text);
  const next = second && !namesJob(top) && !payLine(second) ? headingLine(second) : null;
  // A second line that opens or ends with a title cue names a document even where it names a job
  // ("How to become a Certified Peer Recovery Specialist" under a certification board's name,
  // "Parent Partner Program Handbook" under a network's).
  const cueAtAnEdge = (line: { start: number; end: number }) => {
    const [a, b] = doc.tokenRange(line.start, line.end);
    const cues = lex.documentKind.titleCues.matchAll(doc.tokens, a, b);
    return { opens: cues.some((m) => m.first === a), ends: cues.some((m) => m.end === b) };
  };
  if (!next) return [top];
  const nextNamesJob = namesJob(next);
  if (nextNamesJob) {
    const { opens, ends } = cueAtAnEdge(next);
    if (!opens && !ends) return [top];
  }
  // Not a label line ("Exam No. 28-114   Applications due: May 30" on an exam notice that posts a
  // job), nor a section's heading under a line of the job's details ("Location: Main office | 37.5
  // hours/week | $21/hr" over "About the program").
  const detailsAbove = /^[^:]{1,30}:\s/.test(second!.text.trim());
  const last = third && !nextNamesJob && !third.text.includes(':') && !detailsAbove ? headingLine(third) : null;
  return last && cueAtAnEdge(last).opens ? [top, next, last] : [top, next];
}

/** Where the role was recognized, which sets how many marks of a job offer are needed. */
export type RoleSource = 'title' | 'body' | null;

/** Whether the text is a job offer, and when it is not, why, in words for people. */
export interface JobOfferReading {
  offer: boolean;
  why: string;
}

/** A job offer: enough marks of one for where the role was found, and more of them than of a document about peer work. */
export function readJobOffer(marks: DocumentMarks, lex: CompiledLexicons, role: RoleSource): JobOfferReading {
  if (marks.titleCue) return { offer: false, why: '' };
  const { decision } = lex.lexicons.documentKind;
  const n = marks.posting.length;
  const about = marks.about.reduce((sum, m) => sum + m.weight, 0);
  // Requirements and how to apply are on certification pages too: beside a mark of such a page,
  // they make a job offer only with a mark that only job offers have.
  const onlyShared = marks.posting.every((m) => m.alsoInDocuments);
  if (about > 0 && (n <= about || onlyShared))
    return { offer: false, why: 'not a job offer: it explains, reports, advises or certifies as much as it offers a job' };
  const needed = role === 'title' ? decision.titleRoleMinMarks : role === 'body' ? decision.bodyRoleMinMarks : decision.anyRoleMinMarks;
  const enough = Math.min(needed, decision.anyRoleMinMarks);
  if (n >= enough) return { offer: true, why: '' };
  // With no mark at all, the list of marks says it ("no marks of a job offer").
  if (n === 0) return { offer: false, why: '' };
  const where = role === 'title' ? 'in its title' : role === 'body' ? 'only in its sentences' : 'nowhere';
  const found = n === 1 ? 'one mark' : `${n} marks`;
  return {
    offer: false,
    why: `not a job offer: ${found} of a job offer, where a posting that names its role ${where} has at least ${enough}`,
  };
}

/** The sign and figures before a number that is a sum of money, with a range's first sum ("$19.00 - $"). */
const MONEY_BEFORE = /(?:[$£€]\d[\d.,]*\s*(?:[-–]|to)\s*)?[$£€][\d.,]*$/;

/** The evidence, in words for people. */
export function marksEvidence(doc: AnalysisDocument, marks: DocumentMarks): string[] {
  const quote = (m: { first: number; end: number }) => {
    const span = doc.slice(m.first, m.end);
    // A sum of money is quoted with its sign and the range it closes ("$19.00 - $22.00 per hour").
    const money = MONEY_BEFORE.exec(doc.text.slice(Math.max(0, span.start - 24), span.start));
    return `"${money ? money[0] : ''}${span.text}"`;
  };
  const list = (ms: MarkFound[]) =>
    ms
      .slice(0, 4)
      .map((m) => `${m.label} ${quote(m)}`)
      .join(', ');
  const out: string[] = [];
  if (marks.titleCue) out.push(`the title names a document, not a job: ${quote(marks.titleCue)}`);
  out.push(
    marks.posting.length
      ? `marks of a job offer: ${list(marks.posting)}`
      : 'no marks of a job offer (pay, how to apply, hours, duties, qualifications)',
  );
  if (marks.about.length) out.push(`marks of a document about the work: ${list(marks.about)}`);
  return out;
}
