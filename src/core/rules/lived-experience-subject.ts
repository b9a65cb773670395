// Who a sentence that names lived experience is about, read from its subject and its verb: the
// holder of the job ("Incumbents in this class are persons who ..."), the applicant ("You will
// have lived experience of ..."), or people described who are not asked anything ("People with
// lived experience of mental illness are our members").
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { Sentence } from '../text/document-structure.js';
import { spaceOrHyphen } from '../text/tokenize.js';
import { onlyCommasBetween } from './comma-clause.js';

/** Linking verbs that say who someone is ("are persons who", "will be a person in recovery"). */
const LINKING = new Set(['is', 'are', 'be', 'been']);
/** Modals that may stand before "have" or "be" and still state what the applicant has. */
const STATING_MODALS = new Set(['will', 'shall', 'must', 'should']);
/** Words that make what follows a condition or a question, not a statement about the applicant. */
const CONDITIONAL = new Set(['if', 'whether', 'when', 'whenever', 'unless', 'do', 'does', 'did']);
/** Words before a subject that still open the sentence ("All Peer Specialists are ..."). */
const OPENERS = new Set(['the', 'all', 'each', 'every', 'a', 'an']);
/** Words after a mention that keep it the head of its phrase ("lived experience of ...", "... and"). */
const AFTER_A_HEAD = new Set(['of', 'with', 'in', 'from', 'as', 'and', 'or', 'that', 'which', 'who', 'through', 'to']);
/** Words that open a clause before its subject ("and you are in recovery ..."). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'so']);
/** Generic words for people: "People with lived experience ..." describes them unless the sentence asks. */
const GENERIC_PEOPLE = new Set(['people', 'persons', 'individuals', 'adults', 'folks', 'those', 'many', 'others', 'members']);

const spaced = (doc: AnalysisDocument, i: number) => {
  const t = doc.tokens[i];
  return t !== undefined && spaceOrHyphen(t.gap);
};

/**
 * The sentence says who may hold the job: it opens (after "the", "all" ...) with a word for
 * whoever holds it ("Incumbents in this class", "The post holder", "The person in this role"),
 * and a linking verb right after it says what they are, before the mention: "Incumbents in this
 * class are persons who self-identify as having lived experience of ...". A class specification
 * states so who may hold the job (wise-employer L750). A sentence that opens with the job's title
 * ("A Peer Support Specialist is a person with lived experience who ...") describes the role in
 * the summary and stays a mention; "Our peer specialists are ..." is the agency's staff.
 */
export function holderDefinition(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  from: number,
  mentionFirst: number,
  mentionEnd: number = mentionFirst,
): boolean {
  const clause = clauseAfterColon(doc, from, mentionFirst);
  return (
    definesHolder(doc, lex, from, mentionFirst) ||
    (clause > from && definesHolder(doc, lex, clause, mentionFirst)) ||
    classHoldersOwn(doc, lex, from, mentionFirst, mentionEnd)
  );
}

/** Words after a holder that name a class specification's class ("incumbents in this class"). */
const CLASS_WORDS = new Set(['class', 'classification', 'series']);

/**
 * A class specification's definition names the experience as its holders' own: "Under general
 * supervision, incumbents in this class provide recovery support, drawing on their personal
 * experience of ...". The holders of the class ("in this class") open a clause of the sentence
 * and the mention says "their": every holder of the class has it (wise-employer L750). Other
 * holder words ("the post holder will draw on their ...") describe the work and stay mentions.
 */
function classHoldersOwn(doc: AnalysisDocument, lex: CompiledLexicons, from: number, mentionFirst: number, mentionEnd: number): boolean {
  const { tokens } = doc;
  let theirs = false;
  for (let i = Math.max(from, mentionFirst - 1); i < mentionEnd && !theirs; i++) theirs = tokens[i]!.norm === 'their';
  if (!theirs) return false;
  return lex.livedExperience.holderSubject.matchAll(tokens, from, mentionFirst).some((m) => {
    let start = m.first;
    while (start > from && OPENERS.has(tokens[start - 1]!.norm) && spaced(doc, start)) start--;
    const opensClause = start === from || /[,:;]/.test(doc.text.slice(tokens[start - 1]!.end, tokens[start]!.start));
    const inThisClass =
      ['in', 'of'].includes(tokens[m.end]?.norm ?? '') &&
      tokens[m.end + 1]?.norm === 'this' &&
      CLASS_WORDS.has(tokens[m.end + 2]?.norm ?? '');
    return opensClause && inThisClass && m.end + 3 <= mentionFirst;
  });
}

/**
 * The word that opens the clause after the last colon or semicolon before the mention ("Positions
 * in this class are peer positions: incumbents self-identify as ..."), or `from` when there is none.
 */
function clauseAfterColon(doc: AnalysisDocument, from: number, mentionFirst: number): number {
  const { tokens, text } = doc;
  for (let i = mentionFirst; i > from; i--)
    if (tokens[i]!.gap === 'punct' && /[:;]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return i;
  return from;
}

/**
 * From `start`, a word for the job's holder, then (after its own complement, "in this class") a
 * linking verb, or the mention itself as what the holder does ("incumbents self-identify as ...").
 */
function definesHolder(doc: AnalysisDocument, lex: CompiledLexicons, from: number, mentionFirst: number): boolean {
  const { tokens } = doc;
  let start = from;
  while (start < mentionFirst && OPENERS.has(tokens[start]!.norm)) start++;
  return lex.livedExperience.holderSubject.matchAll(tokens, start, mentionFirst).some((m) => {
    if (m.first !== start) return false;
    // The subject's own complement ("in this class") may stand before the verb.
    for (let i = m.end; i < Math.min(mentionFirst, m.end + 4) || i === mentionFirst; i++) {
      if (!spaced(doc, i)) return false;
      if (i === mentionFirst) return true;
      const w = tokens[i]!.norm;
      if (LINKING.has(w)) return true;
      if (STATING_MODALS.has(w) && tokens[i + 1]?.norm === 'be') return true;
    }
    return false;
  });
}

/**
 * The mention is what the applicant has, said as a statement with the applicant as subject right
 * before it: "You will have lived experience of using mental health services", "Candidates must
 * have ...", "You have lived experience of ...". Not a condition or a question ("If you have
 * lived experience ...", "Do you have ..."), and the mention heads what is had: "You will have lived
 * experience supervision" has supervision.
 */
export function applicantHas(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence, mentionFirst: number, mentionEnd: number): boolean {
  const { tokens } = doc;
  // "You will have lived experience supervision": the mention modifies what is had.
  if (mentionEnd < s.endTok && tokens[mentionEnd]!.gap === 'space' && !AFTER_A_HEAD.has(tokens[mentionEnd]!.norm)) return false;
  let i = mentionFirst - 1;
  if (i <= s.first || !spaced(doc, i + 1) || (tokens[i]!.norm !== 'have' && tokens[i]!.norm !== 'has')) return false;
  // "you'll have": the contraction is the subject and its modal.
  let subject = i - 1;
  if (STATING_MODALS.has(tokens[subject]!.norm) && subject > s.first) subject--;
  if (!spaced(doc, subject + 1)) return false;
  const isApplicant =
    lex.livedExperience.applicant.matchAll(tokens, subject, subject + 1).some((m) => m.first === subject && m.end === subject + 1) ||
    // "the person hired will have ...", "The post holder will have ...": a word for whoever holds the job.
    lex.livedExperience.holderSubject.matchAll(tokens, Math.max(s.first, subject - 4), subject + 1).some((m) => m.end === subject + 1);
  if (!isApplicant) return false;
  for (i = s.first; i < subject; i++) if (CONDITIONAL.has(tokens[i]!.norm)) return false;
  return true;
}

/**
 * The phrase is said of the applicant through a linking verb: "The ideal candidate is a person in
 * long-term recovery", "The successful applicant will be someone in recovery from ...". The
 * subject is a word for the applicant or the job's holder, before "is", "are" or "be" right
 * before the phrase (and "a" or "an").
 */
export function linkedToApplicant(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence, phraseFirst: number): boolean {
  const { tokens } = doc;
  // The phrase opens with the applicant and a linking verb ("You are in recovery from ...",
  // "Candidates are in long-term recovery"): a statement, not a condition ("If you are ...").
  const subject = lex.livedExperience.applicant.matchAll(tokens, phraseFirst, phraseFirst + 1).some((m) => m.first === phraseFirst);
  const linked =
    tokens[phraseFirst]!.norm === "you're" || (LINKING.has(tokens[phraseFirst + 1]?.norm ?? '') && spaced(doc, phraseFirst + 1));
  // It opens the sentence or a clause: "many of you are in recovery" says it of some readers.
  const opens = phraseFirst === s.first || tokens[phraseFirst]!.gap === 'punct' || CLAUSE_OPENERS.has(tokens[phraseFirst - 1]!.norm);
  if (subject && linked && opens) {
    for (let k = s.first; k < phraseFirst; k++) if (CONDITIONAL.has(tokens[k]!.norm)) return false;
    return true;
  }
  let i = phraseFirst - 1;
  // The person the phrase is said of may stand before it ("someone in long-term recovery").
  if (i > s.first && lex.personNouns.has(tokens[i]!.norm) && spaced(doc, i + 1)) i--;
  if (i > s.first && (tokens[i]!.norm === 'a' || tokens[i]!.norm === 'an')) i--;
  // "You are, or have been, a kinship caregiver": the aside closes with a comma before the phrase.
  const asideCloses = tokens[i]?.norm === 'been' && /^,\s*$/.test(doc.text.slice(tokens[i]!.end, tokens[i + 1]!.start));
  if (i <= s.first || !LINKING.has(tokens[i]!.norm) || !(spaced(doc, i + 1) || asideCloses)) return false;
  return lex.livedExperience.applicant.test(tokens, s.first, i) || holderDefinition(doc, lex, s.first, phraseFirst);
}

/**
 * The mention describes people who are not asked anything: it is what a generic word for people
 * has, at the sentence's opening ("People with lived experience of serious mental illness are
 * the heart of Cedar House"), and the sentence has no required or preferred cue, no invitation to
 * apply and no word for the applicant. The caller reads it only outside the requirements.
 */
export function describesPeople(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence, mentionFirst: number): boolean {
  const { tokens } = doc;
  const w = mentionFirst - 1;
  const noun = w - 1;
  if (noun < s.first || tokens[w]!.norm !== 'with' || !GENERIC_PEOPLE.has(tokens[noun]!.norm)) return false;
  if (!spaced(doc, w) || !spaced(doc, mentionFirst)) return false;
  let start = s.first;
  while (start < noun && OPENERS.has(tokens[start]!.norm)) start++;
  if (start !== noun) return false;
  return !speaksToTheApplicant(doc, lex, s);
}

/** The sentence holds a required or preferred cue, an invitation to apply or a word for the applicant. */
function speaksToTheApplicant(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence): boolean {
  const le = lex.livedExperience;
  return [le.required, le.preferred, le.applyInvitation, le.applicant].some((cues) => cues.test(doc.tokens, s.first, s.endTok));
}

/** Verbs of having that open a mention ("have raised a child with ...", "have experienced trauma"). */
const HAVING = new Set(['have', 'has', 'had']);
/** Verbs that, after "we", make the words before them the people served ("the families we serve"). */
const SERVING = new Set(['serve', 'support', 'see', 'help']);

/**
 * The mention opens with a linking verb or a verb of having ("is a person in recovery", "have a
 * loved one with ...") whose subject, right before it, is a word for the people served: "The
 * typical client is a person in recovery from opioid use" and "Many of the families we serve
 * have a loved one with a substance use disorder" say who the people served are, not what the
 * applicant has.
 */
export function servedSubject(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence, mentionFirst: number): boolean {
  const { tokens } = doc;
  const subject = mentionFirst - 1;
  const opener = tokens[mentionFirst]!.norm;
  if (subject < s.first || !(LINKING.has(opener) || HAVING.has(opener))) return false;
  // "Most teens we see are behind at school, have been through the juvenile courts ...": a
  // predicate joined by a comma to the sentence's subject, the people served.
  if (!spaced(doc, mentionFirst))
    return /^,\s*$/.test(doc.text.slice(tokens[subject]!.end, tokens[mentionFirst]!.start)) && opensWithTheServed(doc, lex, s);
  if (subject - 1 >= s.first && SERVING.has(tokens[subject]!.norm) && tokens[subject - 1]!.norm === 'we') return true;
  if (RELATIVE_SUBJECTS.has(tokens[subject]!.norm)) return servedBeforeRelative(doc, lex, s, subject);
  return lex.livedExperience.servedBeforeRequirementLine.matchAll(tokens, subject, mentionFirst).some((m) => m.first === subject);
}

/** Words that open a relative clause whose subject is the noun before them ("teens ... who are in recovery"). */
const RELATIVE_SUBJECTS = new Set(['who', 'that']);
/** How many words a noun for the people served may stand before that word ("teens in grades 9 to 12 who"). */
const RELATIVE_REACH = 6;

/**
 * A word for the people served a few words before "who", with only spaces and hyphens between and
 * no other word for a person after it: "a high school for teens in grades 9 to 12 who are in
 * recovery from ..." says who the teens are; "our family partners are parents who have raised ..." says
 * who the partners are.
 */
function servedBeforeRelative(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence, relative: number): boolean {
  const { tokens } = doc;
  const from = Math.max(s.first, relative - RELATIVE_REACH);
  for (let k = from + 1; k <= relative; k++) if (!spaced(doc, k)) return false;
  // "a family member who has ...", "Adults who are in recovery are encouraged to apply": the applicant.
  if (speaksToTheApplicant(doc, lex, s)) return false;
  return lex.livedExperience.servedBeforeRequirementLine.matchAll(tokens, from, relative).some((m) => {
    if (!FOR_THE_SERVED.has(tokens[m.first - 1]?.norm ?? '')) return false;
    for (let k = m.end; k < relative; k++) if (lex.personNouns.has(tokens[k]!.norm)) return false;
    return true;
  });
}

/**
 * Words right before such a noun that make it whom a program is for ("a school for teens ...",
 * "we serve adults ..."), not what someone is ("Our mentors are young adults who have been in foster care").
 */
const FOR_THE_SERVED = new Set(['for', 'serve', 'serves', 'serving', 'support', 'supports', 'supporting', 'with', 'to', 'among']);

/** Words that open a subject before the people it counts ("Many of the teens"). */
const SUBJECT_OPENERS = new Set(['many', 'most', 'some', 'all', 'several', 'half', 'of', 'the', 'our', 'these', 'those']);

/** The sentence opens with the people served as its subject ("Most of the teens we see ..."). */
function opensWithTheServed(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence): boolean {
  let k = s.first;
  while (k < s.endTok && SUBJECT_OPENERS.has(doc.tokens[k]!.norm)) k++;
  return lex.livedExperience.servedBeforeRequirementLine.matchAll(doc.tokens, k, Math.min(s.endTok, k + 1)).some((m) => m.first === k);
}

/** How many words a list of colleagues may run before the phrase ("nurses, social workers and"). */
const COLLEAGUE_LIST_WORDS = 10;

/**
 * The phrase at `first` names colleagues in a list of what the team is made of: "Our team is made
 * up of nurses, social workers and people in recovery", "a program staffed by people in recovery".
 * Only words, commas and "and"/"or" stand between the cue and the phrase, so "made up of nurses
 * who care for people in recovery" names the people served.
 */
export function namedAsColleagues(doc: AnalysisDocument, lex: CompiledLexicons, s: Sentence, first: number): boolean {
  const { tokens } = doc;
  const { staffMadeOf, colleagueListBreaks } = lex.livedExperience;
  const from = Math.max(s.first, first - COLLEAGUE_LIST_WORDS - 6);
  return staffMadeOf.matchAll(tokens, from, first).some((c) => {
    if (first - c.end > COLLEAGUE_LIST_WORDS) return false;
    for (let i = c.end; i < first; i++) if (colleagueListBreaks.has(tokens[i]!.norm)) return false;
    return onlyCommasBetween(doc, c.end, first);
  });
}
