// Where a posting describes the agency (its mission, services, programs) rather than the job:
// duties, barriers and the job seeker's qualifications are read only outside those parts.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';

import { keptPerSentence, oncePerDocument } from './once-per-document.js';
import { startsWithCapital } from '../text/capital-letter.js';
import { underAnotherPosition } from './other-positions.js';

type SentenceFilter = (sentence: number) => boolean;

/** How many words open a sentence where the agency describes itself ("The Eastside Youth Drop-In Center offers"). */
const OPENING_WORDS = 7;

/**
 * Not a section or sentence where the agency describes itself (lexicons/duties.json
 * agencySections). One filter per document: the duty, barrier, qualification and category
 * readers all ask for it.
 */
export const describesTheJob = oncePerDocument((doc: AnalysisDocument, lex: CompiledLexicons): SentenceFilter => {
  const notTheAgency = filterFor(doc, lex);
  // nor a part of the page under another position's label ("Position 2: Clinician")
  const otherPosition = underAnotherPosition(doc, lex);
  const otherPostings = listsOtherPostings(doc, lex);
  return keptPerSentence(doc, (i) => otherPosition[i] !== 1 && !otherPostings(i) && notTheAgency(i));
});

/**
 * The job's duties: where the posting describes the job, and not a sentence that opens with the
 * employer's name and says what it is ("Pinecrest is a community health center providing
 * counseling ...": duties.json agencySections.nameStartDescriptions). Who such a sentence says
 * the agency serves may still tell the job's category, so only the duty readers skip it.
 */
export const describesTheDuties = oncePerDocument((doc: AnalysisDocument, lex: CompiledLexicons): SentenceFilter => {
  const job = describesTheJob(doc, lex);
  const whatItIs = opensWithTheEmployersName(doc, lex, lex.agencySections.nameStartDescriptions, DESCRIPTION_WORDS);
  return keptPerSentence(doc, (i) => job(i) && !whatItIs(i));
});

/**
 * A job board's list of other postings under the job ("Similar jobs", "People also searched":
 * lived-experience.json otherPostingsHeadings): neither the job nor the agency. Read once per document.
 */
export const listsOtherPostings = oncePerDocument((doc: AnalysisDocument, lex: CompiledLexicons): SentenceFilter => {
  const { headings, sentences } = doc.structure;
  const { otherPostings, requiredHeadings, preferredHeadings } = lex.livedExperience;
  // Each listed posting's name under the list's heading reads as a heading of its own ("Similar
  // jobs" over "Behavioral Health Technician - Residential"): the list goes on through them, up to
  // a heading of the job's own sections (qualifications, a summary).
  const ownSection = (range: [number, number]) =>
    requiredHeadings.test(doc.tokens, ...range) ||
    preferredHeadings.test(doc.tokens, ...range) ||
    lex.roles.summaryHeadings.test(doc.tokens, ...range);
  const other: boolean[] = [];
  for (const h of headings) {
    const range = doc.tokenRange(h.start, h.end);
    other.push(otherPostings.test(doc.tokens, ...range) || (other.at(-1) === true && !ownSection(range)));
  }
  // ... or a line that opens with such a label ("People also searched: ...").
  const listed = sentences.map(
    (s) =>
      other[s.heading] === true ||
      otherPostings.matchAll(doc.tokens, s.first, Math.min(s.endTok, s.first + 4)).some((m) => m.first === s.first),
  );
  return (i) => listed[i] === true;
});

function filterFor(doc: AnalysisDocument, lex: CompiledLexicons): SentenceFilter {
  const { headings, jobHeadings, sentenceStarts } = lex.agencySections;
  const byName = opensWithTheEmployersName(doc, lex, lex.agencySections.nameStartVerbs);
  const aboutHeading = doc.structure.headings.map((h) => {
    const range = doc.tokenRange(h.start, h.end);
    return headings.test(doc.tokens, ...range) && !jobHeadings.test(doc.tokens, ...range);
  });
  return (i) => {
    const s = doc.structure.sentences[i]!;
    if (aboutHeading[s.heading]) return false;
    // the sentence's first words ("Our agency ...", "We provide ...", "Services include ...",
    // "The Harbor Street Drop-In Center offers ...": a name of up to three words and its verb)
    if (sentenceStarts.matchAll(doc.tokens, s.first, Math.min(s.endTok, s.first + OPENING_WORDS)).some((m) => m.first === s.first))
      return false;
    return !byName(i);
  };
}

/** How many words after the name a verb of what the agency does may take ("provides", "was founded"). */
const VERB_WORDS = 3;
/** How many words after the name what the agency is may take ("is a licensed family and youth counselling agency"). */
const DESCRIPTION_WORDS = 12;

/** How many capitalized words a name that opens a sentence may have ("Pinecrest", "Brookside Children's Counseling Center"). */
const NAME_WORDS = 6;
/** How many words may name a part of the employer after its possessive ("'s crisis unit", "'s opioid treatment program"). */
const PART_WORDS = 3;
/** Words for the employer's people after its possessive ("Pinecrest's team"), beside the words for people. */
const ITS_PEOPLE = new Set(['team', 'staff', 'workers']);

/** Lower-case words a capitalized run at a sentence's start may be, without being a name. */
const NOT_A_NAME = new Set([
  'the',
  'a',
  'an',
  'our',
  'this',
  'these',
  'each',
  'all',
  'we',
  'you',
  'they',
  'it',
  'he',
  'she',
  'peer',
  'peers',
  'staff',
]);

/**
 * A sentence that opens with the employer's name and a verb of what the agency does ("Pinecrest
 * provides primary care, psychiatry and therapy to 9,000 people"; duties.json
 * agencySections.nameStartVerbs): the agency describing itself. The name is one the page writes
 * elsewhere at the start of a longer name ("Pinecrest Integrated Health is seeking ..."), and no
 * job's title or word for people ("Peer Specialists provide", "Participants receive").
 */
function opensWithTheEmployersName(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  verbs: CompiledLexicons['agencySections']['nameStartVerbs'],
  verbWords = VERB_WORDS,
): SentenceFilter {
  const { tokens, structure } = doc;
  if (!verbs.test(tokens)) return () => false;
  const capital = (k: number) => k < tokens.length && startsWithCapital(tokens[k]!.raw);
  // First words of the page's longer capitalized names.
  const nameStarts = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++)
    if (capital(k) && capital(k + 1) && tokens[k + 1]!.gap === 'space' && (k === 0 || !capital(k - 1) || tokens[k]!.gap !== 'space'))
      nameStarts.add(tokens[k]!.norm);
  return (i) => {
    const s = structure.sentences[i]!;
    const first = tokens[s.first]!;
    if (!capital(s.first) || NOT_A_NAME.has(first.norm) || lex.personNouns.has(first.norm) || !nameStarts.has(first.norm)) return false;
    let end = s.first + 1;
    // A connector joins a longer name ("Maple Centre for Families and Youth is ...").
    const joins = (k: number) => lex.nameWords.nameConnectors.has(tokens[k]!.norm) && capital(k + 1) && tokens[k + 1]!.gap === 'space';
    while (end < s.endTok && end - s.first < NAME_WORDS + 2 && (capital(end) || joins(end)) && tokens[end]!.gap === 'space') end++;
    if (lex.roles.peerTitles.matcher.test(tokens, s.first, end) || lex.roles.nonPeerTitles.matcher.test(tokens, s.first, end)) return false;
    // A part of the employer named after its possessive ("Ridgeview Medical Center's crisis unit
    // evaluates ..."): the verb may follow a few words later.
    // Not its people ("Pinecrest's peer team provides ..."): what they do may be the job.
    const partEnd = Math.min(s.endTok, end + PART_WORDS);
    const people = () =>
      lex.roles.peerTitles.matcher.test(tokens, end, partEnd) ||
      tokens.slice(end, partEnd).some((t) => lex.personNouns.has(t.norm) || ITS_PEOPLE.has(t.norm));
    const reach = /['’]s$/.test(tokens[end - 1]!.raw) && !people() ? PART_WORDS : 0;
    for (let at = end; at <= end + reach && at < s.endTok; at++) {
      if (at > end && tokens[at]!.gap !== 'space') return false;
      if (verbs.matchAll(tokens, at, Math.min(s.endTok, at + verbWords)).some((m) => m.first === at)) return true;
    }
    return false;
  };
}
