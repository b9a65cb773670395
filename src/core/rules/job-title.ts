// Who the job is when no known role names it: a job's name that the lexicons do not list ("Staff
// Accountant", "Housing Specialist – Homeless Services") in the title, on a short line under the
// employer's name, as the subject of the opening sentence, or first after an offer's hiring words.
// Its first part ends with a word that ends job titles (roles.json jobTitleHeads), maybe followed
// by a rank ("Specialist II"). Such a name is the job, whatever peer roles the page mentions
// around it ("works closely with our peer navigators"), unless the text makes the job a peer role.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { type HeadingKind, type Mention, askedBySentence } from './lived-experience.js';
import { peerCompetencyMatches } from './peer-competency-reading.js';
import { spaceOrHyphen } from '../text/tokenize.js';
import { isPageChrome } from '../text/document-structure.js';

/** The title's job name as a token range, or null when the title does not read as a job's name. */
export function jobTitleHead(doc: AnalysisDocument, lex: CompiledLexicons, title: readonly [number, number]): [number, number] | null {
  const { tokens } = doc;
  const [start, stop] = title;
  if (start >= stop) return null;
  // The name is the title's first part: a dash, parenthesis, comma or bar ends it, and so does
  // a complement ("Director of Operations" is a director).
  let end = start + 1;
  while (end < stop && spaceOrHyphen(tokens[end]!.gap)) end++;
  const complement = lex.roles.jobTitleComplements.matchAll(tokens, start + 1, end)[0];
  const nameEnd = complement ? complement.first : end;
  let headEnd = nameEnd;
  while (headEnd - 1 > start && lex.roles.jobTitleLevels.matchAll(tokens, headEnd - 1, headEnd).length) headEnd--;
  const head = lex.roles.jobTitleHeads.matchAll(tokens, start, headEnd).find((m) => m.end === headEnd);
  return head ? [start, end] : null;
}

/** How many lines under the first are read for a job's name on a line of its own. */
const TOP_LINES = 3;
/** Words in a line that holds only a job's name, with a place or shift after a dash. */
const NAME_LINE_MAX_WORDS = 8;

/** The words of a line: a dash or an ampersand between them is none ("Program Manager - Peer & Family Services"). */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Characters a word of a short line runs to on average, at the most: a longer line is not read word by word. */
const MOST_CHARS_A_WORD = 24;

/** The line holds at most `most` words (a page of one long line is not split to learn it does not). */
function atMostWords(text: string, most: number): boolean {
  return text.length <= most * MOST_CHARS_A_WORD && wordCount(text) <= most;
}

/**
 * A line short enough to hold only a job's name, with a place or shift after a dash or in
 * brackets ("Eligibility Worker II — Northgate Regional Service Center (east wing)"):
 * the name's part is counted, and the whole line within twice that.
 */
function nameLineLength(text: string): boolean {
  return atMostWords(text, 2 * NAME_LINE_MAX_WORDS) && wordCount(text.split(/\s[-–—|]\s|\s\(/)[0]!) <= NAME_LINE_MAX_WORDS;
}

/** Words in a paragraph that a job board shows above a posting's header (the employer's blurb). */
const BLURB_MIN_WORDS = 25;
/** Such paragraphs read past before the first line: a page of prose has no header below it. */
const MOST_BLURBS = 2;

/**
 * The lines with words on them under the first, near the top: trimmed, with where each starts.
 * Paragraphs before the first line are not counted: a job board may put the employer's blurb
 * above the employer's name and the job's header.
 */
function linesUnderTheFirst(doc: AnalysisDocument): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let blurbs = 0;
  for (const { start, text: line } of doc.lines.lines) {
    const text = line.trim();
    // A site's menu or breadcrumb above the page is no line of it.
    if (!text || isPageChrome(line)) continue;
    if (!out.length && blurbs < MOST_BLURBS && /[.!?]$/.test(text) && !atMostWords(text, BLURB_MIN_WORDS - 1)) {
      blurbs++;
      continue;
    }
    if (out.length === TOP_LINES + 1) break;
    out.push({ start: start + line.indexOf(text), text });
  }
  // The first is the title, read as such; a first line too long for a title ("Health Navigator
  // (Bilingual) - Eastside Services - North County - $19/hr ...") is read with the others.
  const title = doc.structure.title;
  const first = out[0];
  const titled = !first || (title !== null && title.start >= first.start && title.start < first.start + first.text.length);
  return titled ? out.slice(1) : out;
}

/**
 * A job's name on a short line of its own near the top, under an employer's name ("Harbor Peer
 * Network" then "Administrative Assistant"). Label lines ("Supervisor: ...") are not names.
 */
export function topLineJobName(doc: AnalysisDocument, lex: CompiledLexicons): [number, number] | null {
  for (const { start, text } of linesUnderTheFirst(doc)) {
    if (text.includes(':') || /[.!?]$/.test(text) || !nameLineLength(text)) continue;
    const name = jobTitleHead(doc, lex, doc.tokenRange(start, start + text.length));
    if (name) return name;
  }
  return null;
}

/** Words of the credential's own name that may stand between it and an alternative ("... Specialist (CPRS) or ..."). */
const ALTERNATIVE_REACH = 3;

/** Words in the short line under a job's header (its employer, place or pay). */
const HEADER_DETAIL_MAX_WORDS = 8;

/**
 * A peer role's name on a short line of its own near the top, over a short line of employer,
 * place or pay: the job's header under a first line that is not its name (a job alert's "1 new
 * job matches your search", a board's breadcrumb). "peer" alone names no job here.
 */
export function topLinePeerName(doc: AnalysisDocument, lex: CompiledLexicons): [number, number] | null {
  const near = linesUnderTheFirst(doc);
  for (const [n, { start, text }] of near.entries()) {
    if (text.includes(':') || /[.!?]$/.test(text) || !atMostWords(text, NAME_LINE_MAX_WORDS)) continue;
    const [first, end] = doc.tokenRange(start, start + text.length);
    const name = lex.roles.peerTitles.matcher
      .matchAll(doc.tokens, first, end)
      .find((m) => m.first === first && !lex.roles.peerTitles.entries[m.payload]!.weak);
    // A profile's headline names several roles ("Certified Peer Specialist | Recovery Advocate | Trainer").
    if (!name || lex.roles.jobTitleHeads.matchAll(doc.tokens, name.end, end).length) continue;
    const next = near[n + 1]?.text ?? nextLineAfter(doc, start);
    if (next && !/[.!?]$/.test(next) && atMostWords(next, HEADER_DETAIL_MAX_WORDS)) return [name.first, name.end];
  }
  return null;
}

/** The next line with words on it after the line that starts at `start`, trimmed. */
function nextLineAfter(doc: AnalysisDocument, start: number): string | undefined {
  const { lines } = doc.lines;
  for (let i = doc.lines.lineAt(start) + 1; i < lines.length; i++) if (lines[i]!.text.trim()) return lines[i]!.text.trim();
  return undefined;
}

/** Words in a job's name on a line of its own that no list knows ("Community Connector"). */
const UNKNOWN_NAME_MAX_WORDS = 5;

/**
 * A job's name that no list knows, on a short line of its own near the top, every word
 * capitalized, that the text names again after "a" or "an" ("Community Connector", then "... is
 * adding a Community Connector to our team"): an employer's name is not written after "a".
 */
export function repeatedJobNameLine(doc: AnalysisDocument): [number, number] | null {
  for (const { start, text } of linesUnderTheFirst(doc)) {
    if (text.length > UNKNOWN_NAME_MAX_WORDS * MOST_CHARS_A_WORD) continue;
    const words = text.split(/\s+/);
    if (words.length > UNKNOWN_NAME_MAX_WORDS || /[:.!?,|]/.test(text) || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const again = new RegExp(`\\b(?:a|an) ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    if (again.test(doc.text)) return doc.tokenRange(start, start + text.length);
  }
  return null;
}

/** Words a job's name can run to at the start of a sentence ("The Behavioral Health Intake Coordinator"). */
const SUBJECT_NAME_MAX_TOKENS = 7;

/**
 * A job's name as the subject of a sentence: "The Intake Coordinator is the first voice ...",
 * "As a Housing Specialist, you ...". The name is written in capitals, after a lead word.
 */
export function subjectJobName(doc: AnalysisDocument, lex: CompiledLexicons, sentence: number): [number, number] | null {
  const { tokens } = doc;
  const s = doc.structure.sentences[sentence]!;
  const lead = lex.roles.subjectLeads.matchAll(tokens, s.first, Math.min(s.endTok, s.first + 3)).find((m) => m.first === s.first);
  if (!lead) return null;
  let end = lead.end;
  const capital = (i: number) => /^\p{Lu}/u.test(tokens[i]!.raw) || lex.roles.jobTitleComplements.matchAll(tokens, i, i + 1).length > 0;
  while (end < s.endTok && end - lead.end < SUBJECT_NAME_MAX_TOKENS && capital(end) && tokens[end]!.gap !== 'punct') end++;
  if (end === lead.end || !/^\p{Lu}/u.test(tokens[lead.end]!.raw)) return null;
  return jobTitleHead(doc, lex, [lead.end, end]);
}

/**
 * The job an offer to hire names: the first role after the hiring words in their sentence
 * ("We are seeking a licensed therapist to join our team of ... peer specialists" names a
 * therapist). "peer" when a peer title comes first, "other" for another job's name.
 */
export function offeredJob(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  hiringEnd: number,
  peerStarts: readonly number[],
): { kind: 'peer' | 'other'; first: number } | null {
  const { tokens } = doc;
  const s = doc.structure.sentences[doc.structure.sentenceOf[hiringEnd - 1]!]!;
  const peer = peerStarts.filter((f) => f >= hiringEnd && f < s.endTok).sort((a, b) => a - b)[0];
  const other = [
    ...lex.roles.nonPeerTitles.matcher.matchAll(tokens, hiringEnd, s.endTok).map((m) => m.first),
    ...lex.roles.jobTitleHeads.matchAll(tokens, hiringEnd, s.endTok).map((m) => m.first),
  ].sort((a, b) => a - b)[0];
  if (peer !== undefined && (other === undefined || peer <= other)) return { kind: 'peer', first: peer };
  if (other !== undefined) return { kind: 'other', first: other };
  return null;
}

/** Words before "as a peer ..." that make it past work an applicant brings ("experience as a peer specialist"). */
const PAST_WORK = new Set(['experience', 'worked', 'working', 'employment', 'served', 'volunteered', 'volunteering']);

/**
 * What says the job itself is a peer role: a sentence in the job's own part ("As a peer, you will
 * ...", "This is a peer position"), or a requirement or preference for the applicant's own
 * experience worded as peer work ("Experience as a family member of an adult receiving mental
 * health services preferred") beside peer work in its duties. A preference for another kind of
 * experience ("Lived experience of homelessness is a plus") does not make an outreach job a peer
 * job, and a managing or clinical job ("Recovery Housing Manager") needs a requirement:
 * `preferenceCounts` false. Nor does a preference said not to be needed ("Personal recovery
 * experience is welcome but not required" for an intake coordinator). `peopleCount` false: only
 * peer work read as the competency check reads it backs a preference, not any work with the people
 * served (a title no list knows, which names no job's trade: "Community Space Ally" ordering
 * supplies and keeping the sign-in sheet of a space people drop in to). `mentionNamesPeerWork`:
 * where no job is named, the wished-for experience itself, beside peer work, says what the job is
 * ("Experience living with a mental health condition is a plus" over a support group and one's
 * own story); "Lived experience of homelessness is a plus" beside outreach rounds does not.
 */
export function jobIsPeerCue(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  ownPart: (sentence: number) => boolean,
  asked: readonly Mention[],
  headingKinds: readonly HeadingKind[],
  preferenceCounts = true,
  peopleCount = true,
  mentionNamesPeerWork = false,
): { first: number; end: number } | undefined {
  const { sentences, sentenceOf } = doc.structure;
  // "Experience as a peer support specialist is qualifying experience" asks for past work, not this job.
  const pastWork = (m: { first: number }) => PAST_WORK.has(doc.tokens[m.first - 1]?.norm ?? '');
  const said = lex.roles.jobIsPeerCues.matchAll(doc.tokens).find((m) => ownPart(sentenceOf[m.first]!) && !pastWork(m));
  if (said) return said;
  // "Horizon is expanding its youth peer support team": the job is hired onto it, unless it
  // manages or treats (preferenceCounts false).
  const team = preferenceCounts && lex.roles.growsPeerTeamCues.matchAll(doc.tokens).find((m) => ownPart(sentenceOf[m.first]!));
  if (team) return team;
  // "This is not a peer position; our peer team works alongside": the page says what the job is not.
  if (lex.roles.jobIsNotPeerCues.matchAll(doc.tokens).some((m) => ownPart(sentenceOf[m.first]!))) return undefined;
  const credential = lex.roles.peerCredentialCues.matchAll(doc.tokens).find((m) => {
    const s = sentenceOf[m.first]!;
    if (!ownPart(s)) return false;
    const { first, endTok } = sentences[s]!;
    // "supervise certified peer specialists": the credential is the job's subject, not asked of the applicant.
    if (lex.roles.peerCredentialNotAsked.matchAll(doc.tokens, first, endTok).some((n) => n.first < m.first + 1 && n.end > m.first))
      return false;
    // "Certified Recovery Coach or a drug and alcohol counselor license": one way in among others.
    const after = lex.roles.peerCredentialAlternatives.matchAll(doc.tokens, m.end, Math.min(endTok, m.end + ALTERNATIVE_REACH + 8));
    if (after.some((a) => a.first - m.end <= ALTERNATIVE_REACH)) return false;
    const strength = askedBySentence(doc, lex, s, headingKinds);
    return strength === 'required' || (strength === 'preferred' && preferenceCounts);
  });
  if (credential) return credential;
  // A preference makes a job a peer role only when the job's own part works with the people
  // served or names peer work (sharing one's story, mutual support ...): a billing or HR job that
  // would like applicants in recovery is still a billing or HR job. Peer work is read as the
  // competency check reads it (its phrases and its verb-with-object shapes), from the same cache.
  let peerWork: Set<number> | null = null;
  // "patient files", "client records": the people served name whose records, not whom the job works with.
  const ofRecords = (end: number) =>
    doc.tokens[end]?.gap === 'space' && lex.roles.recordsOfThePeople.matchAll(doc.tokens, end, end + 1).some((r) => r.first === end);
  let competencies: Set<number> | null = null;
  const describesPeerWork = (besides: number, withPeople = peopleCount) => {
    const { objects, peopleServed } = lex.dutyReading;
    competencies ??= new Set(
      peerCompetencyMatches(doc, lex)
        .map((c) => sentenceOf[c.first]!)
        .filter(ownPart),
    );
    peerWork ??= new Set([
      ...competencies,
      ...(peopleCount
        ? objects
            .matchAll(doc.tokens)
            .filter((o) => o.payload === peopleServed && !ofRecords(o.end))
            .map((o) => sentenceOf[o.first]!)
            .filter(ownPart)
        : []),
    ]);
    return [...(withPeople ? peerWork : competencies)].some((s) => s !== besides);
  };
  let defining: boolean | undefined;
  const definingPeerWork = () =>
    (defining ??= peerCompetencyMatches(doc, lex).some(
      (c) => lex.competencies.entries[c.competency]!.definesPeerWork === true && ownPart(sentenceOf[c.first]!),
    ));
  for (const m of asked) {
    if (m.strength === 'mentioned' || (m.strength === 'preferred' && !preferenceCounts)) continue;
    if (m.strength === 'preferred' && !describesPeerWork(m.sentence)) continue;
    const s = sentences[m.sentence]!;
    // A preference ("Lived experience of mental distress is welcome", "... is an asset", "We
    // welcome applications from people with lived experience") opens a support or
    // crisis worker's job to people in recovery; it makes the job a peer job only beside peer work
    // no other job does (sharing one's story, mutual support: duties.json definesPeerWork), not
    // work with people or linking them to services alone.
    if (m.strength === 'preferred' && !definingPeerWork()) continue;
    // A preference its own sentence says is not needed ("welcome but not required") leaves the job
    // open to anyone: it is not what makes the job a peer job.
    if (m.strength === 'preferred' && lex.livedExperience.notRequired.test(doc.tokens, s.first, s.endTok)) continue;
    const cue = lex.roles.peerSummaryCues.matchAll(doc.tokens, s.first, s.endTok)[0];
    if (cue) return cue;
    // Where no job is named at all, the applicant's own experience wished for beside peer work
    // itself ("Experience living with a mental health condition is a plus" in a text that asks to
    // share one's story and run a support group) says what the job is.
    if (mentionNamesPeerWork && describesPeerWork(m.sentence, false)) return { first: m.first, end: m.end };
  }
  return undefined;
}

/**
 * A job no list knows, named by the people it stands beside ("Family Navigator", roles.json
 * peopleBesideTitles), and the first lived experience the text names of their kind ("Being the
 * brother, sister or parent of someone in mental health care is a plus"): such a job is hired
 * for that experience, a peer job. The mention, or null.
 */
export function besidePeopleMention(
  lex: CompiledLexicons,
  doc: AnalysisDocument,
  name: readonly [number, number],
  mentions: readonly Mention[],
): Mention | null {
  const titles = lex.roles.peopleBesideTitles;
  const named = titles.matcher.matchAll(doc.tokens, name[0], name[1]).find((m) => m.first === name[0]);
  if (!named) return null;
  const types = titles.entries[named.payload]!.types;
  // "Experience as a parent is helpful, but not required": a job open to anyone names no peer's.
  const saidNotRequired = (m: Mention) => {
    const s = doc.structure.sentences[m.sentence]!;
    return lex.livedExperience.notRequired.test(doc.tokens, s.first, s.endTok);
  };
  return mentions.find((m) => types.some((t) => m.types.has(t)) && !saidNotRequired(m)) ?? null;
}
