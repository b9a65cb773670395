// A page that lists several jobs (a careers page, search results, a job alert) is not one
// posting: the duties and requirements under one job's entry would be read as another's. A job's
// entry is a short line of its own that starts with a role's name, followed by a line of
// description, maybe after a line or two of employer, place or pay ("Maryhaven · Columbus, OH",
// "$17.50 an hour"); a bullet or a short line that names a job in a list under an offer to
// hire ("Open Positions", "We're hiring:") or after its label ("Hiring: Peer Support Specialist, Outpatient
// Therapist"); or a table's row whose first cell names a job. Under an offer, two jobs with
// different names and a sentence of their own each are two postings, even when both are peer roles. A list has entries for a peer role and for a role that is not one
// (a known title, or a name in capitals that ends like a job's: "ELIGIBILITY WORKER II"), or
// entries one after another that each give employer, place or pay, as search results do, whatever
// roles they name.
import { namesAThingAfter } from './names-a-thing.js';
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { wrappedFromAbove } from '../text/document-structure.js';
import { startsWithCapital } from '../text/capital-letter.js';
import { jobTitleHead } from './job-title.js';
import { lineLabels } from './label-value-lines.js';
import { runPatternRules } from './pattern-rule-runner.js';

const ENTRY_MAX_WORDS = 12;
/** A word of rank or licence before a job's name, or a result's number ("2. Behavioral Health Technician"). */
const capitalOrNumber = (word: string): boolean => startsWithCapital(word) || /^\d/.test(word);
/** A line's opening article or possessive: a job's name in a list of openings does not take one. */
const DETERMINER_OPENING = /^(?:the|a|an|our|this|each|every|your)\s/i;
/** Words past which a line opened by one (see DETERMINER_OPENING) is a sentence, not a name ("The Recovery Coach Program Coordinator"). */
const SENTENCE_OPENING_MIN_WORDS = 6;
const DESCRIPTION_MIN_WORDS = 6;
/** Short lines (employer, place, pay) that may stand between an entry and its description. */
const DETAIL_LINES = 2;
const DETAIL_MAX_WORDS = 8;
/** Jobs named under an offer that make a list even when none or all of them are peer roles. */
const OFFERED_LIST_MIN_ENTRIES = 3;
/** Fewer make one when each has its own sentences and their names differ ("Peer Support Specialist", "Youth Peer Advocate"). */
const DESCRIBED_OFFERS_MIN_ENTRIES = 2;
/** Short lines (employer, place, pay, hours, when posted) a search result's card may hold under its job's name. */
const CARD_LINES = 4;
const BULLET = /^[-*•–·]|^\d+[.)]/;
/** A bullet and the space after it. */
const BULLET_AND_SPACE = new RegExp(`(?:${BULLET.source})\\s+`);
const NUMBERED = /^\d+[.)]/;
/** Between the parts of a card's line: a spaced dash, dot or bar. */
const CARD_PARTS = /\s[-–—·•|]\s/;
/** The cells of a row of a table: separated by bars or tabs, three or more. */
const CELL = /\s*[|\t]\s*/;
const MIN_CELLS = 3;
/** Between the parts of a one-line card: a spaced dash or a dot. */
const SEGMENT = /\s+[-–—·•]\s+/;
/** A one-line card's parts: the job's name and two or more of employer, place, pay, when posted. */
const MIN_SEGMENTS = 3;
/** One-line cards in a run that make a roundup of openings, after a note of the page's own. */
const ROUNDUP_MIN_CARDS = 3;
/** A line's words (a letter, then letters, apostrophes and hyphens: \p{L} then [\p{L}'’-] as often as they come)
 * and how many of them start with a lower-case letter a-z. */
interface WordCounts {
  words: number;
  lowerCase: number;
}

const NO_WORDS: WordCounts = { words: 0, lowerCase: 0 };

/** Whether each code point past ASCII met so far is a letter (\p{L}), read once by the Unicode class. */
const lettersPastAscii = new Map<number, boolean>();
const IS_LETTER = /^\p{L}$/u;
const RIGHT_QUOTE = 0x2019;

function letterPastAscii(point: number): boolean {
  let letter = lettersPastAscii.get(point);
  if (letter === undefined) {
    letter = IS_LETTER.test(String.fromCodePoint(point));
    lettersPastAscii.set(point, letter);
  }
  return letter;
}

/** WordCounts of a line, counted over its code points: a line with a curly
 * quote or a bullet is read the same way, not by the expression and a filter of its words. */
export function wordCounts(line: string | undefined): WordCounts {
  if (!line) return NO_WORDS;
  let words = 0;
  let lowerCase = 0;
  let inWord = false;
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    if (c < 128) {
      i += 1;
      const lower = c >= 97 && c <= 122;
      const letter = lower || (c >= 65 && c <= 90);
      if (inWord) inWord = letter || c === 39 /* ' */ || c === 45 /* - */;
      else if (letter) {
        inWord = true;
        words++;
        if (lower) lowerCase++;
      }
      continue;
    }
    // Past ASCII: a letter starts or goes on with a word (never an a-z one); a curly apostrophe only goes on with one.
    const point = line.codePointAt(i)!;
    i += point > 0xffff ? 2 : 1;
    const letter = letterPastAscii(point);
    if (inWord) inWord = letter || point === RIGHT_QUOTE;
    else if (letter) {
      inWord = true;
      words++;
    }
  }
  return { words, lowerCase };
}
/** A role's name may follow a word or two of rank or licence ("Licensed Clinical Social Worker"). */
const NAME_REACH = 3;
/** Lines ("View job", "Apply") that may stand between one search result's description and the next result. */
const BETWEEN_RESULTS = 1;

/** A line that stops on a word no sentence or heading ends with: the next line goes on with it. */
const CUT_MID_SENTENCE =
  /\b(?:the|a|an|our|their|your|its|his|her|this|these|those|two|three|four|five|of|to|by|for|with|in|at|on|from|into|as|and|or|but|is|are|was|were|be|will|can|must|who|that)\s*$/i;

/** The lines that name the jobs a page lists, or [] when it reads as one posting. */
export function listedJobs(doc: AnalysisDocument, lex: CompiledLexicons): string[] {
  const lines = doc.lines.lines.map((l) => l.text);
  const entryStarts = new Map<number, { text: string; end: number }>();
  // Entries with employer, place or pay lines: their line and their description's line.
  const results: { line: number; description: number; first: number }[] = [];
  // Each line's words counted once: the look-ahead below asks about the same lines again.
  const countsOf: (WordCounts | undefined)[] = [];
  const counts = (i: number) => (countsOf[i] ??= wordCounts(lines[i]));
  const words = (i: number) => counts(i).words;
  const wordsIn = (line: string | undefined) => wordCounts(line).words;
  const rangeOf = (i: number) => {
    const { start, text } = doc.lines.lines[i]!;
    return doc.tokenRange(start, start + text.length);
  };
  // A description is written in sentences: enough words, most of them in lower case (not a
  // heading, a job's name or "Seattle, WA · Full-time · Posted 5 days ago").
  const describes = (i: number) => {
    const c = counts(i);
    return c.words >= DESCRIPTION_MIN_WORDS && c.lowerCase * 2 > c.words;
  };
  // A line that starts with a job's name (a known title, or a name that ends like one) is another
  // entry, not its employer, place or pay: a board's "Similar jobs" lines follow each other with no
  // description of their own. Read on the line alone; "peer" by itself names no job here.
  // A role's name that goes on into a course's or a body's name ("CCAR Recovery Coach Academy",
  // "Peer Specialist Training") names that, not a job.
  const namesSomethingElse = (m: { end: number }) => namesAThingAfter(doc, lex, m.end);
  const namesJob = (i: number, [first, end] = rangeOf(i)) => {
    // Only words of rank or licence, in capitals, before the name: "Coordinate with care managers"
    // is a duty that names other staff, not a job's name.
    const rankBefore = (m: { first: number }) => doc.tokens.slice(first, m.first).every((t) => capitalOrNumber(t.raw));
    const starts = (m: { first: number; end: number }) => m.first <= first + NAME_REACH && rankBefore(m) && !namesSomethingElse(m);
    const headStarts = (head: [number, number] | null) => head !== null && rankBefore({ first: head[0] });
    return (
      lex.roles.peerTitles.matcher
        .matchAll(doc.tokens, first, end)
        .some((m) => starts(m) && !lex.roles.peerTitles.entries[m.payload]!.weak) ||
      lex.roles.nonPeerTitles.matcher.matchAll(doc.tokens, first, end).some(starts) ||
      headStarts(jobTitleHead(doc, lex, [first, end]))
    );
  };
  // A short line that offers jobs, or the label before its colon: hiring words in it ("Open
  // Positions", "We're hiring for:"), or a label that is one as a whole ("Hiring:", not "Hiring
  // Peer Staff: A Guide").
  const offersJobs = (i: number) => {
    const { start, text } = doc.lines.lines[i]!;
    const colon = text.indexOf(':');
    const head = colon > 0 ? text.slice(0, colon) : text;
    if (wordsIn(head) > ENTRY_MAX_WORDS) return false;
    const [first, end] = doc.tokenRange(start, start + head.length);
    // "Join our team of:" introduces the people the job works with, not openings.
    if (end > first && doc.tokens[end - 1]!.norm === 'of') return false;
    const hires = lex.documentKind.postingMarks
      .matchAll(doc.tokens, first, end)
      .some((m) => lex.lexicons.documentKind.postingMarks[m.payload]!.kind === 'hiring');
    return (
      hires ||
      (colon > 0 && lex.documentKind.jobListLabels.matchAll(doc.tokens, first, end).some((m) => m.first === first && m.end === end))
    );
  };
  // A line's second part when it names the openings after an employer's name in capitals
  // ("Riverside Family Services - Parent Partners ..."): its tokens and the openings' names (up to a
  // stop or a sum of money), or null.
  const employerFirst = (i: number, card: string, segments: readonly string[]): { name: [number, number]; text: string } | null => {
    if (segments.length < 2 || !/^\p{Lu}/u.test(segments[0]!) || wordsIn(segments[0]!) > DETAIL_MAX_WORDS) return null;
    const { start, text: line } = doc.lines.lines[i]!;
    const at = start + line.indexOf(card) + card.indexOf(segments[1]!, segments[0]!.length);
    const name = doc.tokenRange(at, at + segments[1]!.length);
    return namesJob(i, name) ? { name, text: segments[1]!.split(/\.\s|\s[$£€]/)[0]!.trim() } : null;
  };
  // A sum of money, or a pay or hours mark, in a card's text (its tokens [first, end)).
  const showsPayOrHours = (text: string, [first, end]: [number, number]) =>
    /[$£€]\s?\d/.test(text) ||
    lex.documentKind.postingMarks.matchAll(doc.tokens, first, end).some((m) => {
      const kind = lex.lexicons.documentKind.postingMarks[m.payload]!.kind;
      return kind === 'pay' || kind === 'schedule';
    });
  // A search result's card with no description: a job's name over a few short lines of
  // employer, place, pay or hours, at least one of them pay or hours, then a blank line.
  const cards: { line: number; end: number; first: number; text: string }[] = [];
  // Entries named under a line that offers jobs (the first token of their line).
  const offered = new Set<number>();
  // Those with a sentence of their own right under them.
  const describedOffers = new Set<number>();
  const cardEnd = (i: number): number | null => {
    if (!namesJob(i)) return null;
    let k = i + 1;
    let offerDetail = false;
    while (k <= i + CARD_LINES && words(k) > 0 && words(k) <= DETAIL_MAX_WORDS && !describes(k) && !namesJob(k)) {
      offerDetail ||= showsPayOrHours(lines[k]!, rangeOf(k));
      k++;
    }
    return k > i + 1 && offerDetail && !lines[k]?.trim() ? k : null;
  };
  // A line of a result's card: employer, place and pay or hours, set apart by dots, bars or spaced dashes.
  const employerPlaceAndPay = (k: number) => {
    const line = lines[k];
    if (!line || !CARD_PARTS.test(line)) return false;
    return showsPayOrHours(line, rangeOf(k));
  };
  // The last line that is not a bullet, and whether it offers jobs (read when a bullet asks).
  let lead = -1;
  // The last job named on a line of its own under an offer.
  let lastOffered = -1;
  const leadOffers = new Map<number, boolean>();
  const underOffer = () => {
    if (lead < 0) return false;
    if (!leadOffers.has(lead)) leadOffers.set(lead, offersJobs(lead));
    return leadOffers.get(lead)!;
  };
  // A job board's own list of other postings ("Similar jobs", "People also viewed"): from its
  // heading on, the lines name other postings, not jobs this page offers.
  let otherPostings = false;
  // Lines opened by a label for the supervisor ("Reports To: Nurse Manager, 4 West"): the job
  // named there is the one the post reports to, not one more offered (duties.json reportingLabels).
  const supervisorLines = new Set(
    lineLabels(doc, lex)
      .filter((l) => lex.reportingLabels.test(doc.tokens, l.first, l.end))
      .map((l) => l.first),
  );
  // A line that runs on into a sentence opened in lower case on the next line is a paragraph
  // wrapped at a fixed width (text taken out of a PDF), not a job's name over its description.
  const runsOnInto = (i: number) => /^\s*\p{Ll}/u.test(lines[i + 1] ?? '') && describes(i + 1);
  lines.forEach((line, i) => {
    const text = line.trim();
    if (!text || otherPostings) return;
    {
      // The list's heading, or its label opening a long line ("Similar Jobs: RN Case Manager | ...").
      const [first, end] = rangeOf(i);
      const label = lex.livedExperience.otherPostings.matchAll(doc.tokens, first, end).find((m) => m.first === first);
      // What stands between the label and the next word (a colon), not the rest of the text.
      const colonAfter = (l: { end: number }) =>
        /^\s*:/.test(doc.text.slice(doc.tokens[l.end - 1]!.end, doc.tokens[l.end]?.start ?? doc.text.length));
      if (label && (words(i) <= ENTRY_MAX_WORDS || colonAfter(label))) {
        otherPostings = true;
        return;
      }
    }
    const short = words(i) <= ENTRY_MAX_WORDS;
    // A row of a table of openings ("Peer Support Specialist | North Clinic | Full-time"): its first cell names the job.
    const cells = text.includes('|') || text.includes('\t') ? text.split(CELL) : [];
    if (cells.length >= MIN_CELLS) {
      const start = doc.lines.lines[i]!.start + line.indexOf(text);
      const name = doc.tokenRange(start, start + cells[0]!.length);
      if (namesJob(i, name)) entryStarts.set(name[0], { text: cells[0]!, end: name[1] });
      return;
    }
    // A card on one line: the job's name, then employer, place, pay or when posted, each after a
    // spaced dash or a dot ("Recovery Coach - New Day Center - Springfield, OH - $17.50 an hour"),
    // also as an item of a list of links ("- Recovery Coach, New Day Center - part time, $20/hr - [link]").
    const card = text.replace(BULLET_AND_SPACE, '');
    const segments = card.split(SEGMENT);
    if (segments.length >= MIN_SEGMENTS) {
      const start = doc.lines.lines[i]!.start + line.indexOf(text) + (text.length - card.length);
      const name = doc.tokenRange(start, start + segments[0]!.length);
      const rest = doc.tokenRange(start + segments[0]!.length, start + card.length);
      const offerDetail = showsPayOrHours(card, rest);
      if (offerDetail && namesJob(i, name)) {
        cards.push({ line: i, end: i + 1, first: name[0], text: segments[0]!.trim() });
        return;
      }
    }
    // An employer and then its openings after a spaced dash, under a line that offers jobs, as a
    // bullet or on a line of its own ("- Maple Recovery Center - Recovery Coaches, part-time. $20/hr").
    const afterEmployer = underOffer() ? employerFirst(i, card, segments) : null;
    const offerAfterEmployer = () => {
      entryStarts.set(afterEmployer!.name[0], { text: afterEmployer!.text, end: afterEmployer!.name[1] });
      offered.add(afterEmployer!.name[0]);
    };
    // Bullets that each name a job, under a line that offers jobs ("Open Positions").
    if (BULLET.test(text)) {
      if (short && underOffer() && namesJob(i)) {
        entryStarts.set(rangeOf(i)[0], { text: text.replace(BULLET, '').trim(), end: rangeOf(i)[1] });
        offered.add(rangeOf(i)[0]);
      } else if (afterEmployer) {
        offerAfterEmployer();
      } else if (short && NUMBERED.test(text) && namesJob(i) && employerPlaceAndPay(i + 1)) {
        // A numbered result of a search or a job alert: the job's name, then a line of employer,
        // place and pay ("Lakeside Clinic · Dayton, OH · $19/hr"), then a line from its description.
        const [first, end] = rangeOf(i);
        entryStarts.set(first, { text: text.replace(BULLET, '').trim(), end });
        results.push({ line: i, description: i + 2, first });
      }
      return;
    }
    if (afterEmployer) {
      offerAfterEmployer();
      return;
    }
    // Names on lines of their own under it ("Open Positions", then "Peer Recovery Specialist
    // (Full-time)", "Outpatient Therapist"): read as its bullets are; the offer stays their lead.
    if (/^\p{Lu}/u.test(text) && !/[.:?!]$/.test(text) && words(i) <= DETAIL_MAX_WORDS && underOffer() && namesJob(i)) {
      entryStarts.set(rangeOf(i)[0], { text, end: rangeOf(i)[1] });
      offered.add(rangeOf(i)[0]);
      lastOffered = i;
      return;
    }
    // A sentence about the job named right above it keeps the offer the lead of the next name.
    if (lastOffered >= 0 && describes(i) && lines.slice(lastOffered + 1, i).every((l) => !l.trim())) {
      describedOffers.add(rangeOf(lastOffered)[0]);
      return;
    }
    lastOffered = -1;
    lead = i;
    // An offer that lists its jobs after a label ("Hiring: Peer Support Specialist, Outpatient Therapist").
    const colon = text.indexOf(':');
    let listedAfterLabel = false;
    if (colon > 0 && underOffer()) {
      const start = doc.lines.lines[i]!.start + line.indexOf(text);
      // The jobs listed run to the first sentence's end: a paragraph that goes on after "Now
      // Hiring: Peer Mentor, part-time, ..." names the team around the job, not more openings.
      const listed = text.slice(colon + 1);
      const stop = /[.!?](?:\s|$)/.exec(listed);
      for (const item of (stop ? listed.slice(0, stop.index) : listed).matchAll(/[^,;]+/g)) {
        const name = item[0].trim();
        if (!name) continue;
        const from = start + colon + 1 + item.index + item[0].indexOf(name);
        const range = doc.tokenRange(from, from + name.length);
        if (namesJob(i, range)) {
          entryStarts.set(range[0], { text: name, end: range[1] });
          listedAfterLabel = true;
        }
      }
      // The line is those jobs' entries, not one more ("Volunteer Opportunity: Recovery Peer Mentor").
      if (listedAfterLabel) return;
    }
    // A line that opens in lower case goes on from the line above ("  our lived experience peer
    // workers" under a wrapped bullet): no job's name opens it. Nor does one under a line that
    // stops on a word no sentence ends with ("... is seeking two" / "Peer Navigators to join our
    // team"; "Supervised by the" / "Outreach Program Manager"): a paragraph wrapped by hand.
    // Nor does a label line ("Supervisor = our Director of Recovery Services").
    if (!short || /[.:?]$/.test(text) || /^\p{Ll}/u.test(text) || /\s=\s/.test(text) || CUT_MID_SENTENCE.test(lines[i - 1] ?? '')) return;
    if (supervisorLines.has(rangeOf(i)[0]) || runsOnInto(i) || wrappedFromAbove(lines[i - 1]?.trim() ?? '', text)) return;
    // A line that opens with "The" or "Our" and runs on past a job's name ("The Peer Specialist will
    // work 30 hours a week on the team") is a sentence's first line, wrapped: an entry is the name alone.
    if (DETERMINER_OPENING.test(text) && words(i) > SENTENCE_OPENING_MIN_WORDS) return;
    let k = i + 1;
    while (k <= i + DETAIL_LINES && words(k) > 0 && words(k) <= DETAIL_MAX_WORDS && !describes(k)) k++;
    if (!describes(k)) {
      const card = cardEnd(i);
      if (card !== null) cards.push({ line: i, end: card, first: rangeOf(i)[0], text });
      return;
    }
    for (let d = i + 1; d < k; d++) if (namesJob(d)) return;
    const [first, end] = rangeOf(i);
    entryStarts.set(first, { text, end });
    if (k > i + 1) results.push({ line: i, description: k, first });
  });
  // Before the cards, a search's own heading ("peer support jobs near Phoenix, AZ") is no
  // description: a posting's is a sentence, or longer than a name.
  const prose = (i: number) => describes(i) && (words(i) > ENTRY_MAX_WORDS || /[.!?]$/.test(lines[i]!.trim()));
  const shown = cardsShownFirst(cards, lines, prose);
  if (shown.length) return shown;
  // A roundup of openings after a note of its own ("We collect openings every Monday ..."): a run
  // of cards, one a line, on a page with no duties or qualifications of its own.
  const roundup = longestCardRun(cards);
  if (roundup.length >= ROUNDUP_MIN_CARDS && !hasJobSections(doc, lex)) return roundup;
  if (entryStarts.size < 2) return [];
  const entryAt = new Map<number, number>();
  // A name a few words in, after words of rank in capitals ("Licensed Clinical Social Worker"),
  // not after a verb and a lower-case word ("Coordinate with care managers").
  for (const [s, { end }] of entryStarts)
    for (let k = 0; k <= Math.min(NAME_REACH, end - s - 1); k++) {
      if (k > 0 && !capitalOrNumber(doc.tokens[s + k - 1]!.raw)) break;
      entryAt.set(s + k, s);
    }
  const linesNaming = (firsts: number[]) => new Set(firsts.map((f) => entryAt.get(f)).filter((s) => s !== undefined));
  // "peer" alone names no job here either ("Category I: Engages peers in ..." heads a list of skills).
  const peerLines = linesNaming(
    runPatternRules(doc, lex, lex.roles.peerTitles, { skipLiteral: false, keepOverlaps: true })
      .filter((m) => !lex.roles.peerTitles.entries[m.entry]!.weak)
      .map((m) => m.first),
  );
  const otherLines = linesNaming(lex.roles.nonPeerTitles.matcher.matchAll(doc.tokens).map((m) => m.first));
  for (const [s, { end }] of entryStarts) if (!peerLines.has(s) && capitalizedJobName(doc, lex, [s, end])) otherLines.add(s);
  for (const s of peerLines) otherLines.delete(s);
  const named = [...peerLines, ...otherLines].sort((a, b) => a - b);
  if (peerLines.size && otherLines.size) return named.map((s) => entryStarts.get(s)!.text);
  // Three jobs or more named under an offer, whatever they are ("Volunteer Opportunities" over
  // three volunteer roles, each with a sentence about it).
  const offeredNamed = named.filter((s) => offered.has(s));
  if (offeredNamed.length >= OFFERED_LIST_MIN_ENTRIES) return offeredNamed.map((s) => entryStarts.get(s)!.text);
  // Two jobs under an offer, each with its own sentences: two postings, unless they are one job
  // named twice ("Peer Support Specialist (Full-time)", "Peer Support Specialist (Part-time)").
  const described = offeredNamed.filter((s) => describedOffers.has(s));
  const jobNames = new Set(
    described.map((s) =>
      entryStarts
        .get(s)!
        .text.replace(/\s*\(.*?\)\s*/g, ' ')
        .trim()
        .toLowerCase(),
    ),
  );
  if (described.length >= DESCRIBED_OFFERS_MIN_ENTRIES && jobNames.size === described.length)
    return described.map((s) => entryStarts.get(s)!.text);
  // Search results one after another, each with its employer or place, name several jobs even
  // when all are peer roles; a posting's own title block and a "Similar jobs" entry far below it do not.
  // A rule drawn between cards ("────", "----") holds no words and is no line of content.
  const nonEmptyBetween = (a: number, b: number) => lines.slice(a + 1, b).filter((l) => /[\p{L}\d]/u.test(l)).length;
  const run = results.filter(
    (r, n) =>
      (n > 0 && nonEmptyBetween(results[n - 1]!.description, r.line) <= BETWEEN_RESULTS) ||
      (n + 1 < results.length && nonEmptyBetween(r.description, results[n + 1]!.line) <= BETWEEN_RESULTS),
  );
  const namedStarts = new Set(named);
  const namedRun = run.filter((r) => namedStarts.has(r.first));
  return namedRun.length >= 2 ? namedRun.map((r) => entryStarts.get(r.first)!.text) : [];
}

/**
 * Cards one after another, with only blank lines between them, before any line of description:
 * a search results page. A posting shows one card (its own header) and then describes the job;
 * the cards of similar jobs come after that description.
 */
function cardsShownFirst(
  cards: readonly { line: number; end: number; text: string }[],
  lines: readonly string[],
  describes: (i: number) => boolean,
): string[] {
  const run: string[] = [];
  for (const [n, card] of cards.entries()) {
    const prev = cards[n - 1];
    const follows = prev !== undefined && lines.slice(prev.end, card.line).every((l) => !l.trim());
    if (!follows) {
      if (run.length >= 2) break;
      run.splice(0);
      for (let j = 0; j < card.line; j++) if (describes(j)) return [];
    }
    run.push(card.text);
  }
  return run.length >= 2 ? run : [];
}

/** The longest run of one-line cards on lines right after each other. */
function longestCardRun(cards: readonly { line: number; end: number; text: string }[]): string[] {
  let best: string[] = [];
  let run: string[] = [];
  for (const [n, card] of cards.entries()) {
    if (n === 0 || cards[n - 1]!.end !== card.line) run = [];
    run.push(card.text);
    if (run.length > best.length) best = [...run];
  }
  return best;
}

/** A heading of a posting's own sections: its duties or its qualifications (document-kind.json postingMarks). */
function hasJobSections(doc: AnalysisDocument, lex: CompiledLexicons): boolean {
  const marks = lex.lexicons.documentKind.postingMarks;
  return doc.structure.headings.some((h) => {
    const [first, end] = doc.tokenRange(h.start, h.end);
    return lex.documentKind.postingMarks.matchAll(doc.tokens, first, end).some((m) => {
      const mark = marks[m.payload]!;
      return m.first === first && mark.where === 'heading' && (mark.kind === 'duties' || mark.kind === 'qualifications');
    });
  });
}

/** A line that is a job's name written in capitals ("Eligibility Worker II", "DIRECTOR OF NURSING"). */
function capitalizedJobName(doc: AnalysisDocument, lex: CompiledLexicons, range: [number, number]): boolean {
  const name = jobTitleHead(doc, lex, range);
  if (!name) return false;
  for (let i = name[0]; i < name[1]; i++)
    if (!/^[\p{Lu}\d]/u.test(doc.tokens[i]!.raw) && !lex.roles.jobTitleComplements.test(doc.tokens, i, i + 1)) return false;
  return true;
}
