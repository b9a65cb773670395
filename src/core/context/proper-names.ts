// Proper names are never flagged inside: the lexicon's list ("Alcoholics Anonymous") and
// capitalized names of organizations and programs ("Office of Substance Abuse Services").
import { type Token, spaceOrHyphen } from '../text/tokenize.js';
import { startsWithCapital } from '../text/capital-letter.js';
import type { PhraseMatcher } from '../patterns/phrase-matcher.js';

const isCapitalized = startsWithCapital;

/** "for the Homeless": connectors in a row, then a capitalized word, all joined by spaces. */
function capitalizedAfterConnectors(tokens: readonly Token[], j: number, words: NameWords): boolean {
  let k = j + 1;
  while (tokens[k] && words.nameConnectors.has(tokens[k]!.norm) && tokens[k]!.gap === 'space') k++;
  return Boolean(tokens[k] && tokens[k]!.gap === 'space' && isCapitalized(tokens[k]!.raw));
}

/** Words in the shortest capitalized name read as one. */
const NAME_MIN_WORDS = 3;

/** An organization word, or inside a sentence the last word of a place's or an event's name. */
function namesAnOrganization(t: Token, inSentence: boolean, words: NameWords): boolean {
  return words.organizationWords.has(t.norm) || (inSentence && words.placeWords.has(t.norm));
}

/** A capitalized run [i, j) that ends in an institution's word after a first word other than "the". */
function namesAnInstitution(tokens: readonly Token[], i: number, j: number, words: NameWords): boolean {
  return words.institutionWords.has(tokens[j - 1]!.norm) && tokens[i]!.norm !== 'the';
}

/** An institution's word after a word of its own that a connector carries on inside the run [i, j)
 * ("the Hollis County Asylum for the Insane"): the name of the institution, to the run's end. */
function institutionGoesOn(tokens: readonly Token[], i: number, j: number, k: number, words: NameWords): boolean {
  return k > i && k + 1 < j && words.institutionWords.has(tokens[k]!.norm) && words.nameConnectors.has(tokens[k + 1]!.norm);
}

/** The word lists of lexicons/context.json a capitalized run is read with. */
export interface NameWords {
  /** Nouns a name is put before ("the Crazy Wisdom writing workshop", "our Clean Start group"). */
  namedThings: ReadonlySet<string>;
  /** Verbs in the singular right after a two-word run: the run is one thing's name ("Addicts Victorious meets ..."). */
  groupNameVerbs: ReadonlySet<string>;
  /** Words that make a capitalized run of three or more an organization's name ("Office of ... Services"). */
  organizationWords: ReadonlySet<string>;
  /** The last word of a place's, a business's or an event's name inside a sentence ("Crazy Mountain Brewery"). */
  placeWords: ReadonlySet<string>;
  /** Lower-case words a name carries on across ("National Institute on Drug Abuse"). */
  nameConnectors: ReadonlySet<string>;
  /** Capitalized only in a title-case headline ("Addicts Find Hope At New Clinic"): a name has them in lower case. */
  headlineWords: ReadonlySet<string>;
  /** The last word of an old institution's name ("the Eastbrook Insane Asylum"). */
  institutionWords: ReadonlySet<string>;
  /** The last word of a law's name ("... Workforce Act"): a run in capitals that ends with one is the law's name. */
  lawWords: ReadonlySet<string>;
  /** Words that name what a program delivers: "Program for ... Adults" names the people it serves. */
  programWords: ReadonlySet<string>;
  /** Lower-case words before a run that names the noun after it ("the Crazy Wisdom writing workshop"). */
  nameDeterminers: ReadonlySet<string>;
  /** Nouns for what a name names after "is a", besides the organization words ("... is a nonprofit"). */
  calledWords: ReadonlySet<string>;
}
const NONE: ReadonlySet<string> = new Set();
const NO_NAME_WORDS: NameWords = {
  namedThings: NONE,
  groupNameVerbs: NONE,
  organizationWords: NONE,
  placeWords: NONE,
  nameConnectors: NONE,
  headlineWords: NONE,
  institutionWords: NONE,
  lawWords: NONE,
  programWords: NONE,
  nameDeterminers: NONE,
  calledWords: NONE,
};

/** Most lower-case words between a name and the noun it names ("Crazy Wisdom writing workshop"). */
const NAMED_THING_REACH = 2;

/** A capitalized run [i, j) after a lower-case determiner, followed in lower case by a noun
 * for a program, a group or an event: "the Crazy Wisdom writing workshop". */
function namesWhatFollows(tokens: readonly Token[], i: number, j: number, words: NameWords): boolean {
  const before = tokens[i - 1];
  if (!before || tokens[i]!.gap !== 'space' || !words.nameDeterminers.has(before.norm)) return false;
  // A capitalized determiner only where it opens the line or sentence ("The Lunatic Fringe podcast is ...").
  if (before.raw !== before.norm && !opensLineOrSentence(tokens, i - 1)) return false;
  if (tokens.slice(i, j).some((t) => t.raw === t.raw.toUpperCase())) return false;
  for (let k = j; k < tokens.length && k - j <= NAMED_THING_REACH; k++) {
    const t = tokens[k]!;
    if (!spaceOrHyphen(t.gap)) return false;
    if (!/^\p{Ll}/u.test(t.raw) || words.headlineWords.has(t.norm) || words.nameConnectors.has(t.norm)) return false;
    if (words.namedThings.has(t.norm) || words.organizationWords.has(t.norm)) return true;
  }
  return false;
}

function opensLineOrSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || !spaceOrHyphen(tokens[i]!.gap);
}

/** Most words between "is a" and the noun that says what the run names ("a local nonprofit coalition"). */
const CALLED_REACH = 3;

/** "is a", "was an", "is our" right at token `j`, then within a few lower-case words a noun for an organization, a program or a group. */
function calledAnOrganization(tokens: readonly Token[], j: number, words: NameWords): boolean {
  const verb = tokens[j];
  const article = tokens[j + 1];
  if (!verb || !article || verb.gap !== 'space' || !/^(is|was)$/.test(verb.raw) || !/^(a|an|our|the)$/.test(article.raw)) return false;
  for (let k = j + 2; k < tokens.length && k - (j + 2) < CALLED_REACH; k++) {
    const t = tokens[k]!;
    if (!spaceOrHyphen(t.gap) || !/^\p{Ll}/u.test(t.raw)) return false;
    if (words.organizationWords.has(t.norm) || words.calledWords.has(t.norm) || words.namedThings.has(t.norm)) return true;
  }
  return false;
}

/** A plural noun (not a possessive) in capitals: "Junkies", "Addicts". */
const CAPITALIZED_PLURAL = /^\p{Lu}\p{Ll}+[^s'’]s$/u;

/**
 * "Junkies Crowd Main Street as ...", "Addicts Flood Elm Street Clinic": a run that opens its
 * line or sentence with a plural noun and then another capitalized word is a headline's subject
 * and verb before a name; the name starts after the subject ("Veterans Affairs Office" loses
 * nothing a language rule reads).
 */
function headlineSubject(tokens: readonly Token[], i: number, j: number, words: NameWords): boolean {
  const first = tokens[i]!;
  const opensLine = i === 0 || !spaceOrHyphen(first.gap);
  const second = tokens[i + 1]!;
  return (
    opensLine &&
    j - i >= NAME_MIN_WORDS &&
    CAPITALIZED_PLURAL.test(first.raw) &&
    !words.nameConnectors.has(second.norm) &&
    second.gap === 'space'
  );
}

/**
 * Token ranges (end exclusive) covered by a listed proper name or a capitalized organization name.
 * A capitalized run that says whom a program serves ("Program for Chronically Mentally Ill
 * Adults", "Services for the Homeless and the Mentally Ill") is a heading, not a name, unless an
 * organization names itself ("Coalition for the Homeless and Mentally Ill Offenders").
 */
export function properNameRanges(
  tokens: readonly Token[],
  listed: PhraseMatcher<string>,
  personNouns: ReadonlySet<string> = new Set(),
  words: NameWords = NO_NAME_WORDS,
): [number, number][] {
  const ranges: [number, number][] = listed.matchAll(tokens).map((m) => [m.first, m.end]);
  // Runs of capitalized words (connectors allowed inside) that contain an organization word.
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i]!.raw)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      // A line break inside a sentence reads as a space (analysis-document.ts): a name wrapped at a
      // fixed width ("... 20 hours at Eastbrook Family" over "Counseling Center; ...") runs on.
      if (!spaceOrHyphen(t.gap)) break;
      if (isCapitalized(t.raw) && words.headlineWords.has(t.norm)) break;
      if (isCapitalized(t.raw)) j++;
      else if (words.nameConnectors.has(t.norm) && capitalizedAfterConnectors(tokens, j, words)) j++;
      else break;
    }
    // A name ends with its last organization word unless a connector carries it on ("National
    // Institute on Drug Abuse"); what follows is a headline's verb ("... Center Hires Former Addicts").
    // A place's or an event's name ("400 Crazy Woman Creek Road", "the Crazy Horse Memorial", "Crazy
    // Socks Day raises ...") inside a sentence, after a street number or before the sentence goes on
    // in lower case; a capitalized run that makes up the whole line may be a headline ("Junkies
    // Crowd Main Street").
    const inSentence =
      (i > 0 && (tokens[i]!.gap === 'space' || /^\d/.test(tokens[i - 1]!.norm))) ||
      (tokens[j] !== undefined && tokens[j]!.gap === 'space' && !isCapitalized(tokens[j]!.raw));
    let lastOrg = -1;
    for (let k = j - 1; k >= i; k--)
      if (namesAnOrganization(tokens[k]!, inSentence, words) || institutionGoesOn(tokens, i, j, k, words)) {
        lastOrg = k - i;
        break;
      }
    if (lastOrg >= 0 && i + lastOrg + 1 < j && !words.nameConnectors.has(tokens[i + lastOrg + 1]!.norm)) j = i + lastOrg + 1;
    // "the Crazy Wisdom writing workshop": two or more capitalized words after a lower-case
    // determiner, inside a line written in lower case, that describe the noun after them are
    // the name of a program, a group or an event (not a run of people: "the Mentally Ill need ...").
    // A sentence that opens with one ("The Lunatic Fringe podcast is ...") has its determiner in capitals.
    const named = words.nameDeterminers.has(tokens[i]!.norm) && opensLineOrSentence(tokens, i) ? i + 1 : i;
    if (j - named >= 2 && namesWhatFollows(tokens, named, j, words)) {
      ranges.push([named, j]);
      i = j;
      continue;
    }
    // "Addicts Victorious meets on Thursdays": a plural then another capitalized word opening the
    // sentence, with a verb in the singular after them, are one group's name, not a plural subject.
    const after = tokens[j];
    if (
      j - i === 2 &&
      opensLineOrSentence(tokens, i) &&
      CAPITALIZED_PLURAL.test(tokens[i]!.raw) &&
      tokens[i + 1]!.gap === 'space' &&
      after?.gap === 'space' &&
      words.groupNameVerbs.has(after.raw)
    ) {
      ranges.push([i, j]);
      i = j;
      continue;
    }
    // "Fighting Addiction Together is a nonprofit coalition": a run the sentence then calls an
    // organization, a program or a group by "is a" is that thing's name.
    if (j - i >= 2 && calledAnOrganization(tokens, j, words)) {
      ranges.push([i, j]);
      i = j;
      continue;
    }
    // "Schizophrenics Anonymous", "Gamblers Anonymous": a fellowship's name has two words.
    if (j - i === 2 && tokens[i + 1]!.norm === 'anonymous' && tokens[i + 1]!.gap === 'space') {
      ranges.push([i, j]);
      i = j;
      continue;
    }
    // A name has 3+ words: a shorter run (most of them: a capitalized word opening a sentence) is read no further.
    if (j - i < NAME_MIN_WORDS) {
      i = j;
      continue;
    }
    const run = tokens.slice(i, j);
    // An all-caps heading line is not a name; a name has an organization word and 3+ words.
    const allCaps = run.every((t) => t.raw === t.raw.toUpperCase());
    // An organization's own name (a coalition, an association) stays a name whatever it ends in.
    const servesPeople =
      run.some((t) => t.norm === 'for') &&
      (personNouns.has(run.at(-1)!.norm) || words.programWords.has(run[0]!.norm)) &&
      run.every((t) => !words.organizationWords.has(t.norm) || words.programWords.has(t.norm));
    // ... unless it ends with a law's word ("GOVERNOR SIGNS SUBSTANCE ABUSE AND ... WORKFORCE ACT"): the law's name.
    if (allCaps && words.lawWords.has(run.at(-1)!.norm)) {
      ranges.push([i, j]);
      i = j;
      continue;
    }
    if (
      !allCaps &&
      !servesPeople &&
      (run.some((t, n) => namesAnOrganization(t, inSentence, words) || institutionGoesOn(tokens, i, j, i + n, words)) ||
        namesAnInstitution(tokens, i, j, words))
    )
      ranges.push([headlineSubject(tokens, i, j, words) ? i + 1 : i, j]);
    i = j;
  }
  return ranges;
}
