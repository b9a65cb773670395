// The duty reading: a class of action the job gives the peer (watch, report, search, collect a
// specimen, hand out medication, assess, clean ...) whose object, in the same clause, is a class
// of thing (the people served and their conduct, their belongings, specimens, medications, rules,
// clinical instruments, the building). Which pair is which duty, and every word of it, is data
// (lexicons/duties.json `reading`). The words find candidates; compromise's parse of the sentence
// (cached by sentence) is read only for a candidate, to tell a verb from a noun ("reports on
// member use") and an object from a word that modifies another noun ("medication education").
import { oncePerDocument } from './once-per-document.js';
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledDutyReading, CompiledLexicons } from '../compiled-lexicons.js';
import { FUNCTION_WORDS } from '../nlp/context-checks.js';
import { termCovering, type ParsedTerm } from '../nlp/sentence-parse.js';
import type { PhraseMatch } from '../patterns/phrase-matcher.js';
import { POSSESSIVE_END } from '../text/possessive.js';
import { type Token, spaceOrHyphen } from '../text/tokenize.js';
import { type AcceptedMatch, negatedAfter, negatedBefore } from './pattern-rule-runner.js';

type Match = PhraseMatch<number>;

/** Words after which a verb-form word at a clause's start is the verb ("and logs", "will check"). */
const BEFORE_VERB = new Set([
  'and',
  'or',
  'then',
  'also',
  'will',
  'to',
  'must',
  'shall',
  'should',
  'may',
  'can',
  'be',
  'who',
  'help',
  'not',
  'routinely',
  'regularly',
  'daily',
  'nightly',
]);
/** Words before a gerund that leave it a verb ("responsible for checking", "by mopping"). */
const BEFORE_GERUND = new Set(['for', 'by', 'include', 'includes', 'including', 'involves', 'in']);
/** A word here makes the next one a noun ("monthly reports", "the count"). */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'each',
  'every',
  'their',
  'his',
  'her',
  'our',
  'your',
  'its',
  'this',
  'these',
  'those',
  'my',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets']);
/** Words that end the verb's object: what follows is another part of the clause. */
const ENDS_OBJECT = new Set(
  'with to for toward towards against at during from by into through throughout around across inside outside near behind beside along after before until when whenever if while who whom that which because so since without within among between per under including unless where whose as like than'.split(
    ' ',
  ),
);
/** Words that end a clause even for the recipient of a report ("... to the court"). */
const ENDS_CLAUSE = new Set('when whenever if while which because so since unless where whose as than'.split(' '));
/** Punctuation that ends a clause: what follows is another duty. */
const CLAUSE_PUNCT = /[;:()[\]•·|.!?]/;
/** How far before the action the words that make the person served its doer are read. */
const DOER_REACH = 6;

/** Prefixes joined by a hyphen that make a verb another action ("de-escalate", "self-administer"). */
const TURNING_PREFIXES = new Set(['de', 'self', 'un', 'dis', 'non', 'mis', 'counter', 'anti']);

export function readDuties(doc: AnalysisDocument, lex: CompiledLexicons, describesTheJob: (sentence: number) => boolean): AcceptedMatch[] {
  const r = lex.dutyReading;
  const { tokens, structure } = doc;
  const out: AcceptedMatch[] = [];
  // The actions and objects of the whole text, once: most sentences hold no pair. A participle
  // joined by a hyphen to the word before it ("trauma-informed", "peer-led") describes; it acts on
  // nothing. Nor is a verb after a prefix that turns it round the action it names ("de-escalate"
  // is no escalating, "self-administer" is the person's own doing).
  // Nor is a verb's word used as a noun ("opioid use disorder", reading.notActions).
  const nouns = r.notActions.matchAll(tokens);
  const asNoun = new Uint8Array(nouns.length > 0 ? tokens.length : 0);
  for (const n of nouns) asNoun.fill(1, n.first, n.end);
  const actions = r.actions
    .matchAll(tokens)
    .filter(
      (a) =>
        !(tokens[a.first]!.gap === 'hyphen' && a.end === a.first + 1 && /ed$/.test(tokens[a.first]!.norm)) &&
        !(tokens[a.first]!.gap === 'hyphen' && TURNING_PREFIXES.has(tokens[a.first - 1]?.norm ?? '')) &&
        (nouns.length === 0 || asNoun[a.first] === 0),
    );
  const actionNouns = r.actionNouns.matchAll(tokens);
  if (actions.length === 0 && actionNouns.length === 0 && !r.alone.some((d) => d >= 0)) return out;
  const bySentence = groupBySentence(r.objects.matchAll(tokens), structure.sentenceOf);
  /** The objects of the sentence holding token `tok`, when it describes the job. */
  const inJob = (tok: number) => {
    const sentence = structure.sentenceOf[tok]!;
    const objects = bySentence.get(sentence);
    return objects && describesTheJob(sentence) ? { sentence, objects } : undefined;
  };
  // The classes of action starting at each token: after "and", one that takes the object starts
  // another duty ("oversee visits and tell the caseworker how parents acted").
  const actionStarts = new Map<number, number[]>();
  for (const a of actions) actionStarts.set(a.first, [...(actionStarts.get(a.first) ?? []), a.payload]);
  const pairsOf = (action: number) => pairsOfAction(r, action);
  /** Findings whose object is "it", with the object it stands for. */
  const viaPronoun = new Map<AcceptedMatch, Match>();
  for (const a of actions) {
    const at = inJob(a.first);
    for (const pair of at ? pairsOf(a.payload) : []) {
      const candidates = at!.objects.filter((o) => pair.objects.includes(o.payload) && near(tokens, a, o, pair.window));
      if (candidates.length === 0) continue;
      const [first, ...more] = readPair(doc, lex, a, candidates, at!.objects, pair, at!.sentence, actionStarts) ?? [];
      if (!first) continue;
      const found = {
        entry: pair.duty,
        first: Math.min(a.first, first.first),
        end: Math.max(a.end, first.end),
        plural: false,
        sentence: at!.sentence,
      };
      out.push(found);
      const antecedent = standsFor.get(first);
      if (antecedent) viaPronoun.set(found, antecedent);
      for (const o of more) out.push({ entry: pair.duty, first: o.first, end: o.end, plural: false, sentence: at!.sentence });
    }
  }
  // "Observe clients' medication self-administration and record it": what "it" stands for was read
  // as the object of the verb that names it; the pronoun adds no second duty. ("the minibus keys"
  // reads the keys, not the minibus that "refuels it and cleans it out" stands for.)
  if (viaPronoun.size > 0) {
    const readElsewhere = (m: AcceptedMatch, o: Match) =>
      out.some((x) => x !== m && !viaPronoun.has(x) && x.sentence === m.sentence && x.first <= o.first && x.end === o.end);
    const kept = out.filter((m) => !viaPronoun.has(m) || !readElsewhere(m, viaPronoun.get(m)!));
    out.length = 0;
    out.push(...kept);
  }
  // An item of a list that is an object alone names its duty ("groups, one-on-ones, UAs").
  for (const [sentence, objects] of bySentence) {
    if (!describesTheJob(sentence)) continue;
    for (const o of objects) {
      const duty = r.alone[o.payload]!;
      if (duty >= 0 && standsAlone(doc, lex, o, sentence)) out.push({ entry: duty, first: o.first, end: o.end, plural: false, sentence });
      // A pair that read the object already names its duty ("reports any contraband to the sergeant").
      const governed = r.governs[o.payload]!;
      const read = governed >= 0 && out.some((m) => m.sentence === sentence && m.first <= o.first && m.end >= o.end);
      const verb = governed >= 0 && !read ? actedOnByTheJob(doc, lex, o, sentence) : -1;
      if (verb >= 0) out.push({ entry: governed, first: verb, end: o.end, plural: false, sentence });
    }
  }
  // A noun of action right after its object names the duty as a bullet does ("breathalyzer administration").
  for (const n of actionNouns) {
    const at = inJob(n.first);
    if (!at || tokens[n.first]!.gap !== 'space') continue;
    // A pronoun takes no noun after it: "help them check in" is their act, not a check-in the job does.
    const before = at.objects
      .filter((x) => x.end === n.first && !(x.end - x.first === 1 && OBJECT_PRONOUNS.has(tokens[x.first]!.norm)))
      .sort((x, y) => x.first - y.first);
    for (const pair of pairsOf(n.payload)) {
      const o = before.find((x) => pair.objects.includes(x.payload));
      if (o && readsAsDuty(doc, lex, n, o, pair, at.sentence))
        out.push({ entry: pair.duty, first: o.first, end: n.end, plural: false, sentence: at.sentence });
    }
  }
  return out;
}

type DutyPair = CompiledDutyReading['pairs'][number];
/** The pairs each action class starts, listed once per lexicon set: a long text reads thousands of actions. */
const pairsByAction = new WeakMap<CompiledDutyReading, Map<number, DutyPair[]>>();
function pairsOfAction(r: CompiledDutyReading, action: number): DutyPair[] {
  let byAction = pairsByAction.get(r);
  if (!byAction) {
    byAction = new Map();
    pairsByAction.set(r, byAction);
  }
  let pairs = byAction.get(action);
  if (!pairs) {
    pairs = r.pairs.filter((p) => p.actions.includes(action));
    byAction.set(action, pairs);
  }
  return pairs;
}

/** How many words a phrase that names people may run past its noun to the owner's mark ("people receiving services'"). */
const OWNER_PHRASE_WORDS = 2;

/**
 * People named at the head of a phrase that ends in an owner's mark ("monitors people receiving
 * services' intake of food"): what is acted on is theirs, not them. The phrase goes on with a
 * participle ("receiving"); another noun phrase after the people ("the officer each participant's
 * results") is a second object, not theirs.
 */
function ownsWhatFollows(tokens: readonly Token[], o: Match, sentenceEnd: number): boolean {
  if (POSSESSIVE_END.test(tokens[o.end - 1]!.raw) || !tokens[o.end]?.norm.endsWith('ing')) return false;
  for (let k = o.end; k < Math.min(sentenceEnd, o.end + OWNER_PHRASE_WORDS); k++) {
    if (tokens[k]!.gap !== 'space') return false;
    if (POSSESSIVE_END.test(tokens[k]!.raw)) return true;
  }
  return false;
}

/** Pronouns that stand for people as an object ("sign them in"). */
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'us', 'you', 'me', 'it']);

/**
 * A noun for people right after the object makes the object a word describing them, not whom the
 * verb acts on: "supervise our parent volunteers", "train youth workers". Pronouns and "who"
 * are no such noun ("report members who miss groups").
 */
function namesOtherPeople(
  tokens: readonly Token[],
  personNouns: ReadonlySet<string>,
  end: number,
  sentenceEnd: number,
  objectStarts: ReadonlySet<number>,
): boolean {
  if (end >= sentenceEnd || tokens[end]!.gap !== 'space' || objectStarts.has(end)) return false;
  const next = tokens[end]!.norm;
  return personNouns.has(next) && !FUNCTION_WORDS.has(next) && !PRONOUN_PEOPLE.has(next);
}

/** Verbs that write something down: "recording them" records what was named before. */
const RECORDING = /^(record|document|log|chart|enter|note|write)/;

/**
 * "them" after a verb that writes something down stands for what the sentence's first verb took,
 * when that is a plural noun for things: "Completing bed checks and recording them on the census
 * log" records the checks, "responsible for hourly observations of consumers and for recording
 * them on the chart" records the observations; neither names people. ("Observe residents at meals
 * and document them in the log": the first plural after the verb is "residents", people.)
 */
function themForThings(
  tokens: readonly Token[],
  personNouns: ReadonlySet<string>,
  o: Match,
  sentenceFirst: number,
  actionFirst: number,
  termOf: (i: number) => ParsedTerm | undefined,
): boolean {
  if (o.end - o.first !== 1 || tokens[o.first]!.norm !== 'them' || !RECORDING.test(tokens[actionFirst]!.norm)) return false;
  let verbSeen = false;
  for (let i = sentenceFirst; i < actionFirst; i++) {
    const tags = termOf(i)?.tags;
    if (!tags) continue;
    if (!verbSeen) {
      verbSeen = tags.has('Verb');
      continue;
    }
    if (tags.has('Plural') && tags.has('Noun') && !tags.has('Pronoun')) return !personNouns.has(tokens[i]!.norm);
  }
  return false;
}

/** Person nouns that are pronouns or quantities, not nouns a word can describe. */
const PRONOUN_PEOPLE = new Set([
  ...OBJECT_PRONOUNS,
  'i',
  'we',
  'they',
  'he',
  'she',
  'whoever',
  'one',
  'those',
  'others',
  'some',
  'many',
  'most',
  'few',
  'several',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'nobody',
]);

/** Words that join the items of a list. */
const JOINS_ITEMS = new Set(['and', 'or', '&']);

/**
 * The object is a whole item of a list of duties: between list punctuation, a line's start or
 * end, "and" or "or"; not under a heading of qualifications, and not something asked of an
 * applicant ("must pass UAs", "pre-employment drug screen").
 */
function standsAlone(doc: AnalysisDocument, lex: CompiledLexicons, o: Match, sentence: number): boolean {
  const { tokens } = doc;
  const s = doc.structure.sentences[sentence]!;
  const opens = o.first === s.first || tokens[o.first]!.gap !== 'space' || JOINS_ITEMS.has(tokens[o.first - 1]!.norm);
  const closes = o.end >= s.endTok || tokens[o.end]!.gap !== 'space' || JOINS_ITEMS.has(tokens[o.end]!.norm);
  if (!opens || !closes || tokens[o.end]?.gap === 'hyphen' || askedOfTheApplicant(doc, lex, sentence)) return false;
  return !negatedBefore(doc, lex, o.first, sentence) && !namedAsKnowledge(doc, lex, o.first, sentence);
}

/**
 * A `notObjects` phrase overlaps the object ("the group room" for "room", "safety plan"): it only
 * looks like one. An object whose own words take in the whole phrase is what it says ("the day room"
 * of the building, beside "room" of someone's belongings).
 */
function onlyLooksLikeOne(
  tokens: readonly Token[],
  r: CompiledDutyReading,
  o: Match,
  s: { first: number; endTok: number },
  end: number,
): boolean {
  return r.notObjects
    .matchAll(tokens, Math.max(s.first, o.first - 3), Math.min(s.endTok, end + 3))
    .some((m) => m.first < o.end && m.end > o.first && (m.first < o.first || m.end > o.end));
}

/** Words before "must" or "will undergo" that make another person the one asked ("who must leave"). */
const SAID_OF_ANOTHER = new Set(['who', 'that', 'which', 'they', 'he', 'she']);

/** The sentence asks something of the applicant ("must pass UAs") or stands under a heading of qualifications. */
function askedOfTheApplicant(doc: AnalysisDocument, lex: CompiledLexicons, sentence: number): boolean {
  const bySentence = askedRead(doc, lex);
  let asked = bySentence.get(sentence);
  if (asked === undefined) {
    asked = readAskedOfTheApplicant(doc, lex, sentence);
    bySentence.set(sentence, asked);
  }
  return asked;
}

/** askedOfTheApplicant's answer for each sentence of a document: asked for every object and duty a sentence holds. */
const askedRead = oncePerDocument(() => new Map<number, boolean>());

function readAskedOfTheApplicant(doc: AnalysisDocument, lex: CompiledLexicons, sentence: number): boolean {
  const s = doc.structure.sentences[sentence]!;
  // "who must leave the program" asks it of the person served, not of the applicant.
  const ofTheApplicant = (m: { first: number }) => m.first === s.first || !SAID_OF_ANOTHER.has(doc.tokens[m.first - 1]!.norm);
  if (lex.dutyReading.aloneUnless.matchAll(doc.tokens, s.first, s.endTok).some(ofTheApplicant)) return true;
  const h = doc.structure.headings[s.heading];
  if (!h) return false;
  const [a, b] = doc.tokenRange(h.start, h.end);
  const le = lex.livedExperience;
  return le.requiredHeadings.test(doc.tokens, a, b) || le.preferredHeadings.test(doc.tokens, a, b);
}

/** Subordinators after which an object is a circumstance; "where" after a noun is relative ("the review where privileges are decided"). */
const CIRCUMSTANCE = new Set(['when', 'whenever', 'if', 'while', 'because', 'although', 'unless', 'until', 'whether']);

/**
 * An object that only control or clinical care handles (privileges, consequences, specimens,
 * restraints, vital signs ...), acted on by the job whatever the verb: the clause leads with a
 * verb of the job ("Takes part in the review where privileges are decided", "Sets consequences")
 * and names no support ("explains the consequences", "helps residents appeal a sanction"), no
 * other doer, no wish of the person's. Returns the token the clause's verb starts at, or -1.
 */
function actedOnByTheJob(doc: AnalysisDocument, lex: CompiledLexicons, o: Match, sentence: number): number {
  const r = lex.dutyReading;
  const { tokens } = doc;
  const s = doc.structure.sentences[sentence]!;
  let from = clauseStart(doc, o.first, s.first);
  // "Complete the checklist, including vital signs": a list after its verb belongs to it.
  if (from > s.first && LIST_LEADS.has(tokens[from]!.norm)) from = clauseStart(doc, from - 1, s.first);
  if (from >= o.first || namesTheirWish(tokens, r, s.first, s.endTok) || askedOfTheApplicant(doc, lex, sentence)) return -1;
  const after = Math.min(s.endTok, o.end + 3);
  if (r.notGoverning.test(tokens, from, after) || r.byThePerson.matchAll(tokens, from, o.first).length > 0) return -1;
  if (onlyLooksLikeOne(tokens, r, o, s, o.end)) return -1;
  // "decides when residents move up a phase": right after a word of action, "when" opens what is acted on.
  const opensObject = (k: number) => r.actions.matchAll(tokens, Math.max(from, k - 3), k).some((m) => m.end === k);
  for (let k = o.first - 1; k >= Math.max(from, o.first - 4); k--) if (CIRCUMSTANCE.has(tokens[k]!.norm) && !opensObject(k)) return -1;
  const helped = r.helpsDoing.matchAll(tokens, from, o.first);
  if (r.byOthers.matchAll(tokens, from, o.first).some((m) => !helped.some((h) => h.first <= m.first && h.end >= m.end))) return -1;
  if (namedAsKnowledge(doc, lex, o.first, sentence) || negatedBefore(doc, lex, o.first, sentence) || negatedAfter(doc, o.end, sentence))
    return -1;
  let terms: readonly ParsedTerm[] | undefined;
  const termOf = (i: number) => {
    terms ??= doc.parse(sentence);
    return termAt(terms, tokens[i]!.start - s.start);
  };
  if (!isHead(tokens, o.end, o.plural || tokens[o.end - 1]!.norm.endsWith('s'), s.endTok, termOf, new Set())) return -1;
  // The clause's first verb and the verb nearest the object each lead their words ("Sets",
  // "responsible for giving", "and recommends"): "Residents earn privileges" and "any parent who
  // misses a drug test" have another doer. The finding starts at the nearer verb.
  const first = tokens[from]!.norm;
  if (DETERMINERS.has(first) || OWNERS.has(first)) return -1;
  const verbs: number[] = [];
  // The first word is no object of the reading ("Residents earn privileges").
  const inObject = (k: number) => r.objects.matchAll(tokens, k, k + 1).length > 0;
  for (let k = from; k < o.first; k++) if (termOf(k)?.tags.has('Verb')) verbs.push(k);
  // A bullet's first word in -s is its verb, whatever the parse ("Sits on the panel", "Liaises with").
  if (verbs[0] !== from && from === s.first && firstWordIsVerb(tokens, from, o.first) && !inObject(from)) verbs.unshift(from);
  // With no verb, words of an action class that lead the clause give the job its act ("Responsible for the unit's contraband logs").
  if (verbs.length === 0) return r.actions.matchAll(tokens, from, o.first).some((m) => m.first === from) ? from : -1;
  const leads = (k: number) => {
    const prev = k > from ? tokens[k - 1]!.norm : '';
    if (prev === 'who') return theJobAsOne(tokens, k - 1, from);
    return k === from || tokens[k]!.gap !== 'space' || BEFORE_VERB.has(prev) || BEFORE_GERUND.has(prev);
  };
  // "You'll be the one who decides ...": the verbs before name the job, the one after "who" is its act.
  const named = verbs.findIndex((k) => k > from && tokens[k - 1]!.norm === 'who' && theJobAsOne(tokens, k - 1, from));
  if (named > 0) verbs.splice(0, named);
  if (!leads(verbs[0]!)) return -1;
  // "Decides when a resident is ready to move up a phase": a word of action that opens its object
  // with "when" or "whether" takes the verbs of that clause as its object.
  const opener = tokens[verbs[0]! + 1]?.norm ?? '';
  if ((opener === 'when' || opener === 'whether') && opensObject(verbs[0]! + 1)) return verbs[0]!;
  const nearest = verbs[verbs.length - 1]!;
  if (leads(nearest)) return nearest;
  // Words of one verb ("takes part in the review where privileges are decided"), or the job's
  // verb with its "that" clause ("ensures that nobody brings alcohol onto the premises").
  const oneVerb = verbs.every((k, i) => i === 0 || k === verbs[i - 1]! + 1);
  return oneVerb || tokens[verbs[0]! + 1]?.norm === 'that' ? verbs[0]! : -1;
}

/** Words that name the job itself before "who" ("you'll be the one who decides ..."). */
const THE_JOB_AS_ONE = new Set(['one', 'person']);

/**
 * "who" at `who` follows the job named as "the one" or "the person" ("You'll be the one who
 * decides ..."): the verb after it is the job's. After anyone else ("any parent who misses a drug
 * test") it is another doer's.
 */
function theJobAsOne(tokens: readonly Token[], who: number, from: number): boolean {
  return (
    who - 2 >= from && THE_JOB_AS_ONE.has(tokens[who - 1]!.norm) && tokens[who - 2]!.norm === 'the' && BE.has(tokens[who - 3]?.norm ?? '')
  );
}

/**
 * A duty's first word ending in -s is its verb whatever the parse ("Sits on the panel", "Reviews
 * incident reports and recommends ..."); the caller has made sure it is no object of the reading
 * ("Residents earn privileges").
 */
function firstWordIsVerb(tokens: readonly Token[], first: number, objectFirst: number): boolean {
  const w = tokens[first]!.norm;
  const next = tokens[first + 1];
  return !!next && first + 1 < objectFirst && next.gap === 'space' && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith("'s");
}

/** Words that open a list of what the verb before them takes ("..., including vital signs"). */
const LIST_LEADS = new Set(['including', 'includes', 'such', 'like', 'especially', 'particularly', 'plus']);

/** Words before an object that make it the person's own, not the job's ("their medication administration"). */
const OWNERS = new Set(['their', 'his', 'her', 'your', 'my', 'own', 'self']);

/** An object and the noun of action after it ("urine collection"): a duty of the job, under the same guards as a verb. */
function readsAsDuty(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  n: Match,
  o: Match,
  pair: CompiledDutyReading['pairs'][number],
  sentence: number,
): boolean {
  const r = lex.dutyReading;
  const { tokens } = doc;
  const s = doc.structure.sentences[sentence]!;
  if (pairSilenced(tokens, r, pair, s, o.first, n.end)) return false;
  if (onlyLooksLikeOne(tokens, r, o, s, n.end)) return false;
  if (knownOrHeld(doc, r, o.first, s.first) || TOPIC.has(tokens[o.first - 1]?.norm ?? '')) return false;
  // "comes in for a blood pressure check": one occasion, not a duty of the job.
  if (o.first > s.first && (tokens[o.first - 1]!.norm === 'a' || tokens[o.first - 1]!.norm === 'an')) return false;
  // The object stands before its noun of action: "help" right before the object ("help people
  // pick up their mail") says who acts, as "help them check in" does; it is no helper's "help cook".
  if (doneByThePerson(doc, r, o.first, s.first, false) || doneByOthers(doc, r, { ...n, first: o.first }, s.first, s.endTok)) return false;
  // "Our nurses handle all medication administration": other staff named earlier in the clause do it.
  if (r.byOthers.matchAll(tokens, clauseStart(doc, o.first, s.first), o.first).length > 0) return false;
  if (saidOfACircumstance(tokens, o.first, s.first) || negatedBefore(doc, lex, o.first, sentence) || negatedAfter(doc, n.end, sentence))
    return false;
  // The noun heads its phrase: "client transport vouchers" names a benefit, not a duty.
  let terms: readonly ParsedTerm[] | undefined;
  const termOf = (i: number) => {
    terms ??= doc.parse(sentence);
    return termAt(terms, tokens[i]!.start - s.start);
  };
  return isHead(tokens, n.end, tokens[n.end - 1]!.norm.endsWith('s'), s.endTok, termOf, new Set());
}

/** Words before a noun of action that say someone has it, needs it or is under it ("has a diagnosis of", "needs a diagnosis of", "under the supervision of"). */
const HELD = new Set([
  'have',
  'has',
  'had',
  'having',
  'receive',
  'receives',
  'received',
  'given',
  'get',
  'gets',
  'got',
  'under',
  'need',
  'needs',
  'require',
  'requires',
]);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * A noun of action someone has ("their diagnosis of", "with a diagnosis of") or an applicant knows
 * ("experience with medication administration"): no duty.
 */
function knownOrHeld(doc: AnalysisDocument, r: CompiledDutyReading, first: number, sentenceFirst: number): boolean {
  const { tokens } = doc;
  const prev = first > sentenceFirst ? tokens[first - 1]!.norm : '';
  const before = first - 1 > sentenceFirst ? tokens[first - 2]!.norm : '';
  // "assist with urine collection" and "help with the collection of" are duties; "people with a
  // diagnosis of", "has diagnoses of" and "under the supervision of" are not.
  if (OWNERS.has(prev) || HELD.has(prev)) return true;
  if (ARTICLES.has(prev) && (HELD.has(before) || (before === 'with' && prev !== 'the'))) return true;
  // "must have a primary diagnosis of": one word may describe what is had.
  if (ARTICLES.has(before) && first - 2 > sentenceFirst && HELD.has(tokens[first - 3]!.norm)) return true;
  return knownBefore(doc, r, first, sentenceFirst);
}

/** Words after which a duty's name is the topic of talk ("about urine drug screens"). */
const TOPIC = new Set(['about', 'regarding', 'concerning']);

/** A `knownNotDone` phrase shortly before `first` in its clause ("familiarity with treatment planning and ..."). */
function knownBefore(doc: AnalysisDocument, r: CompiledDutyReading, first: number, sentenceFirst: number): boolean {
  let from = first;
  while (from > sentenceFirst && first - from < DOER_REACH && !breaksClause(doc.tokens[from]!, doc.tokens[from - 1]!, doc.text)) from--;
  return r.knownNotDone.matchAll(doc.tokens, from, first).some((m) => m.end <= first);
}

/** Words a name for other staff runs to ("front desk staff", "case managers"). */
const STAFF_NAME_WORDS = 4;
/** Words that may open a clause before the staff who are its subject ("Our nurses", "The clinicians"). */
const SUBJECT_LEADS = new Set(['our', 'the', 'their', 'all', 'only']);

/**
 * Other staff open the duty's clause as its subject: "Clinicians do the risk screening and
 * decide on any evaluation ...", "Our nurses give all medication". Not "Work with clinicians to ...",
 * where the staff come after the job's own verb.
 */
export function othersAsSubject(doc: AnalysisDocument, lex: CompiledLexicons, first: number, sentence: number): boolean {
  const { tokens } = doc;
  const s = doc.structure.sentences[sentence]!;
  let from = clauseStart(doc, first, s.first);
  while (from < first && SUBJECT_LEADS.has(tokens[from]!.norm)) from++;
  // Only a name that starts the clause is read: the staff's name is a few words at most.
  if (lex.dutyReading.byOthers.matchAll(tokens, from, Math.min(first, from + STAFF_NAME_WORDS)).some((m) => m.first === from)) return true;
  return staffWhoDoIt(doc, lex, first, s.first);
}

/** Words back from a duty that a "who" naming other staff may stand ("a site lead who runs the chores, drug testing and ..."). */
const WHO_REACH = 12;

/** Other staff, then "who", before the duty in its sentence with no stop, colon or semicolon between: they do it. */
function staffWhoDoIt(doc: AnalysisDocument, lex: CompiledLexicons, first: number, sentenceFirst: number): boolean {
  const { tokens } = doc;
  for (let k = first - 1; k > Math.max(sentenceFirst, first - WHO_REACH); k--) {
    if (tokens[k]!.norm !== 'who') continue;
    return (
      !stopBetween(doc, k, first) &&
      lex.dutyReading.byOthers.matchAll(tokens, Math.max(sentenceFirst, k - STAFF_NAME_WORDS), k).some((m) => m.end === k)
    );
  }
  return false;
}

/** A stop, colon or semicolon in a gap before one of the tokens after `from`, up to `to`. */
function stopBetween(doc: AnalysisDocument, from: number, to: number): boolean {
  const { tokens, text } = doc;
  for (let k = from + 1; k <= to; k++) if (/[.;:]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return true;
  return false;
}

/** Words that open a relative clause. */
const RELATIVES = new Set(['which', 'that', 'who', 'whom']);

/** Words a duty may stand before the passive that gives it to other staff ("Dosing, urine screens and care plans are done by ..."). */
const PASSIVE_SUBJECT_WORDS = 16;

/**
 * Other staff do the duty: it stands in the subject of a passive whose agent is other staff
 * (duties.json reading passiveForOthers, byOthers: "Dosing and urine screens are done by the
 * nursing staff"), with no stop, colon or semicolon between.
 */
export function passiveForOthers(doc: AnalysisDocument, lex: CompiledLexicons, end: number, sentence: number): boolean {
  const r = lex.dutyReading;
  const { tokens } = doc;
  const s = doc.structure.sentences[sentence]!;
  const last = Math.min(s.endTok, end + PASSIVE_SUBJECT_WORDS);
  const verb = r.passiveForOthers.matchAll(tokens, end, last)[0];
  if (!verb || stopBetween(doc, end - 1, verb.first)) return false;
  // A relative clause says what happens to what the job does ("Collect samples, which are handled by the lab").
  for (let k = end; k < verb.first; k++) if (RELATIVES.has(tokens[k]!.norm)) return false;
  return r.byOthers.matchAll(tokens, verb.end, Math.min(s.endTok, verb.end + STAFF_NAME_WORDS)).some((m) => m.first <= verb.end + 1);
}

/**
 * A duty named as what an applicant knows, not what the job does: after "knowledge of",
 * "familiarity with" ... in its clause, or on a line under a heading that starts so ("KNOWLEDGE OF").
 */
export function namedAsKnowledge(doc: AnalysisDocument, lex: CompiledLexicons, first: number, sentence: number): boolean {
  const r = lex.dutyReading;
  const s = doc.structure.sentences[sentence]!;
  // A topic, not a duty: "talks with people about urine drug screens".
  if (first > s.first && TOPIC.has(doc.tokens[first - 1]!.norm)) return true;
  const h = doc.structure.headings[s.heading];
  if (h) {
    const [hFirst, hEnd] = doc.tokenRange(h.start, h.end);
    if (r.knownNotDone.matchAll(doc.tokens, hFirst, hEnd).some((m) => m.first === hFirst)) return true;
  }
  return knownBefore(doc, r, first, s.first);
}

function groupBySentence(matches: Match[], sentenceOf: Int32Array): Map<number, Match[]> {
  const by = new Map<number, Match[]>();
  for (const m of matches) {
    const s = sentenceOf[m.first]!;
    const list = by.get(s);
    if (list) list.push(m);
    else by.set(s, [m]);
  }
  return by;
}

/** The object within `window` words of the action; a hyphenated compound ("one-on-one") is one word. */
function near(tokens: readonly Token[], a: Match, o: Match, window: number): boolean {
  if (o.first > a.first) return o.first <= a.end || wordsFrom(tokens, a.end, o.first) <= window;
  return o.end <= a.first && wordsFrom(tokens, o.end, a.first) <= window;
}

/** The words from token `from` up to token `to`, counting the parts of a hyphenated word once. */
function wordsFrom(tokens: readonly Token[], from: number, to: number): number {
  let words = 0;
  for (let k = from; k < to; k++) if (k === from || tokens[k]!.gap !== 'hyphen') words++;
  return words;
}

/** The object this action takes under `pair`, or undefined when no reading of the clause has one. */
function readPair(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  a: Match,
  candidates: Match[],
  objects: Match[],
  pair: CompiledDutyReading['pairs'][number],
  sentence: number,
  actionStarts: ReadonlyMap<number, readonly number[]>,
): Match[] | undefined {
  const r = lex.dutyReading;
  const { tokens } = doc;
  const s = doc.structure.sentences[sentence]!;
  if (
    pairSilenced(tokens, r, pair, s, a.first, a.end, candidates, (from, to) =>
      opensClauseOfItsOwn(doc, sentence, from, to, lex.personNouns),
    )
  )
    return undefined;
  if (doneByThePerson(doc, r, a.first, s.first)) return undefined;
  if (doneByOthers(doc, r, a, s.first, s.endTok)) return undefined;
  if (saidOfACircumstance(tokens, a.first, s.first)) return undefined;
  if (negatedBefore(doc, lex, a.first, sentence)) return undefined;
  // Parsed only when the words cannot tell: most candidates lead their clause and end it.
  let terms: readonly ParsedTerm[] | undefined;
  const termOf = (i: number) => {
    terms ??= doc.parse(sentence);
    return termAt(terms, tokens[i]!.start - s.start);
  };
  // A noun of action with "of" takes its object as a verb does ("the collection of swabs"),
  // unless someone has it or an applicant knows it ("people with a diagnosis of ...").
  // After "help staff" the next word is the verb they are helped with ("helps staff restrain youth").
  const helped = () => r.helpsDoing.matchAll(tokens, Math.max(s.first, a.first - 4), a.first).some((m) => m.end === a.first);
  if (tokens[a.end - 1]!.norm === 'of' ? knownOrHeld(doc, r, a.first, s.first) : !actsAsVerb(tokens, a.first, s.first, termOf) && !helped())
    return undefined;
  const objectStarts = new Set(objects.filter((o) => pair.objects.includes(o.payload)).map((o) => o.first));
  // An object inside the action's own words ("let the house manager know") is its head by the pattern.
  const isObject = (o: Match) =>
    !onlyLooksLikeOne(tokens, r, o, s, o.end) &&
    !themForThings(tokens, lex.personNouns, o, s.first, a.first, termOf) &&
    !namesOtherPeople(tokens, lex.personNouns, o.end, s.endTok, objectStarts) &&
    !ownsWhatFollows(tokens, o, s.endTok) &&
    (inside(a, o) || isHead(tokens, o.end, o.plural || tokens[o.end - 1]!.norm.endsWith('s'), s.endTok, termOf, objectStarts)) &&
    !negatedAfter(doc, o.end, sentence);
  // Every object the verb reaches: each of a list is a duty of its own ("assessments and diagnostic interviews").
  const forward = candidates
    .filter((o) => o.first > a.first)
    .sort((x, y) => x.first - y.first)
    .filter(
      (o) =>
        reachable(tokens, a, o.first, pair.reach, doc.text, termOf, (k) => takesObject(r, actionStarts.get(k), o.payload)) && isObject(o),
    )
    // a noun of action's object is its own noun phrase: "supervision of the RN, hands residents" is not
    .filter((o) => tokens[a.end - 1]!.norm !== 'of' || !tokens.slice(a.end, o.first + 1).some((t) => t.gap === 'punct'));
  const found =
    forward[0] ??
    itsAntecedent(tokens, a, candidates, objects, s.first, doc.text, termOf, r.peopleServed) ??
    (passive(tokens, a.first, s.first) && !pastPassive(tokens, a.first, s.first)
      ? candidates
          // the subject of a passive verb stands just before its auxiliaries ("belongings are inventoried")
          .filter((o) => o.end <= a.first && subjectOfPassive(tokens, o.end, a.first) && !crossesBoundary(tokens, o.end, a.first, doc.text))
          .sort((x, y) => y.first - x.first)
          .find(isObject)
      : undefined);
  if (!found) return undefined;
  return [found, ...coordinated(tokens, found, forward.slice(1))];
}

/**
 * "it" right after the action, or inside its words, stands for the object named last before it in
 * the sentence ("keeps the van's log and refuels and washes it", "gives it a wash"): the pronoun is
 * read as that object, at the pronoun's place, when no clause break stands between.
 */
function itsAntecedent(
  tokens: readonly Token[],
  a: Match,
  candidates: Match[],
  objects: Match[],
  sentenceFirst: number,
  text: string,
  termOf: (i: number) => ParsedTerm | undefined,
  peopleServed: number,
): Match | undefined {
  // after the action ("washes it"), or inside its own words ("gives it a wash")
  let at = tokens[a.end]?.norm === 'it' && tokens[a.end]!.gap === 'space' ? a.end : -1;
  for (let k = a.first + 1; at < 0 && k < a.end; k++) if (tokens[k]!.norm === 'it') at = k;
  if (at < 0) return undefined;
  // The object of any class named last before the action, and not a plural ("the minibus keys,
  // refuels it": the keys are "them"); it must be one this action takes.
  let last: Match | undefined;
  for (const o of objects)
    if (o.end <= a.first && o.first >= sentenceFirst && (!last || o.end > last.end || (o.end === last.end && o.first < last.first)))
      if (!termOf(o.end - 1)?.tags.has('Plural')) last = o;
  if (!last || !candidates.includes(last)) return undefined;
  // An object that completes a noun before it ("recovery from substance use, and willingness to
  // share it") is not what "it" stands for: the noun it completes is.
  if (completesANoun(tokens, last.first, sentenceFirst)) return undefined;
  // Nor is one that names a condition ("recovery from a substance use disorder, and the readiness to disclose it"):
  // "it" is the experience of it.
  if (tokens[last.end]?.gap === 'space' && CONDITION_NOUNS.has(tokens[last.end]!.norm)) return undefined;
  // Nor the people served naming the kind of the noun after them ("collect family feedback and
  // bring it to ..."): "it" is the feedback. A possessor stays one ("the van's log ... refuels it").
  if (
    last.payload === peopleServed &&
    tokens[last.end]?.gap === 'space' &&
    !POSSESSIVE_END.test(tokens[last.end - 1]!.raw) &&
    termOf(last.end)?.tags.has('Noun') &&
    !termOf(last.end)?.tags.has('Pronoun')
  )
    return undefined;
  for (let k = last.end; k <= a.first; k++) if (breaksClause(tokens[k]!, tokens[k - 1]!, text)) return undefined;
  const pronoun = { ...last, first: at, end: at + 1 };
  standsFor.set(pronoun, last);
  return pronoun;
}

/** Prepositions before an object that make it the complement of a noun ("recovery from", "a history of"). */
const COMPLETES_A_NOUN = new Set(['from', 'of', 'with']);
/** Words that join an object to a noun before it ("trauma and/or heavy drinking"). */
const JOINS = new Set(['and', 'or', 'nor']);
/** How many words the noun an object is joined to may have ("mental health challenges"). */
const JOINED_NOUN_WORDS = 4;
/** Words before an object its match may leave out ("heavy drinking", "their alcohol use"). */
const OBJECT_MODIFIERS = 2;

/**
 * Whether an object completes a noun: a preposition of COMPLETES_A_NOUN right before it, or before
 * the noun it is joined to ("experience of trauma and/or heavy drinking": the drinking is
 * part of the experience).
 */
function completesANoun(tokens: readonly Token[], first: number, sentenceFirst: number): boolean {
  let k = first - 1;
  if (k < sentenceFirst) return false;
  if (COMPLETES_A_NOUN.has(tokens[k]!.norm)) return true;
  // a word or two the object's match leaves out ("heavy drinking")
  for (let skipped = 0; skipped < OBJECT_MODIFIERS && k > sentenceFirst && !JOINS.has(tokens[k]!.norm); skipped++) {
    if (tokens[k + 1]!.gap !== 'space') return false;
    k--;
  }
  if (!JOINS.has(tokens[k]!.norm) || tokens[k + 1]!.gap !== 'space') return false;
  while (k > sentenceFirst && JOINS.has(tokens[k]!.norm) && tokens[k]!.gap === 'space') k--;
  for (let words = 0; k >= sentenceFirst && words <= JOINED_NOUN_WORDS; k--, words++) {
    if (COMPLETES_A_NOUN.has(tokens[k]!.norm)) return true;
    if (tokens[k]!.gap !== 'space') return false;
  }
  return false;
}
/** Nouns an object may describe that make it a condition someone has ("substance use disorder"). */
const CONDITION_NOUNS = new Set([
  'condition',
  'conditions',
  'disorder',
  'disorders',
  'illness',
  'challenges',
  'challenge',
  'issues',
  'history',
]);

/** The object a pronoun read by `itsAntecedent` stands for. */
const standsFor = new WeakMap<Match, Match>();

/**
 * Silent before anything needs a parse: the sentence names the person's wish, the pair's own
 * exceptions stand near the words ("report to"), or a word the pair requires is missing.
 */
function pairSilenced(
  tokens: readonly Token[],
  r: CompiledDutyReading,
  pair: CompiledDutyReading['pairs'][number],
  s: { first: number; endTok: number },
  first: number,
  end: number,
  objects: readonly Match[] = [],
  laterClause: (from: number, to: number) => boolean = () => false,
): boolean {
  // A wish after a later clause of the job's own ("Collect urine samples and support people
  // toward their own goals") is that clause's.
  if (theirWishes(tokens, r, s.first, s.endTok).some((m) => m.first < end || !laterClause(end, m.first))) return true;
  if (pair.unless?.test(tokens, Math.max(s.first, first - 2), Math.min(s.endTok, end + r.window + 4))) return true;
  if (!pair.requires) return false;
  // A required word inside the object's own name does not count ("Youth Justice" names no youth).
  const within = (m: { first: number; end: number }) => objects.some((o) => o.first <= m.first && o.end >= m.end);
  return !pair.requires.matchAll(tokens, s.first, s.endTok).some((m) => !within(m));
}

/**
 * The sentence names the person's request, choice or own goals ("when they ask"), and not as a
 * concession: "even when they ask not to be contacted" says the duty goes against it.
 */
function namesTheirWish(tokens: readonly Token[], r: CompiledDutyReading, first: number, end: number): boolean {
  return theirWishes(tokens, r, first, end).length > 0;
}

/** Where the words from `first` to `end` name the person's wish, leaving out a concession ("even when they ask"). */
function theirWishes(tokens: readonly Token[], r: CompiledDutyReading, first: number, end: number): readonly PhraseMatch<string>[] {
  let known = wishesRead.get(tokens);
  if (known?.r !== r) {
    known = { r, bySentence: new Map() };
    wishesRead.set(tokens, known);
  }
  const hit = known.bySentence.get(first);
  if (hit?.end === end) return hit.wishes;
  // "when asked by the program director" is staff's request, not the person's.
  const wishes = r.unlessInSentence
    .matchAll(tokens, first, end)
    .filter((m) => m.first === first || !concedes(tokens, m.first))
    .filter((m) => !r.askedByStaff.matchAll(tokens, m.end, Math.min(end, m.end + 6)).some((a) => a.first === m.end));
  known.bySentence.set(first, { end, wishes });
  return wishes;
}

/** The words before a wish concede it: "even when they ask ...", "whether or not they have asked". */
function concedes(tokens: readonly Token[], at: number): boolean {
  const before = (k: number) => tokens[at - k]?.norm;
  return before(1) === 'even' || (before(1) === 'not' && before(2) === 'or' && before(3) === 'whether');
}

/** The wishes found in each sentence of a text, by the sentence's first token: every duty and
 * pair of a sentence asks, and the matcher ran over the whole sentence each time. */
const wishesRead = new WeakMap<
  readonly Token[],
  { r: CompiledDutyReading; bySentence: Map<number, { end: number; wishes: readonly PhraseMatch<string>[] }> }
>();

/**
 * The person's request or choice named in the words of a duty, no comma or clause break between
 * ("explains what to expect from a urine test to participants who ask"); another item of the
 * line may name it without touching this one ("accompany people at their request, and report ...").
 */
export function wishInItsWords(doc: AnalysisDocument, lex: CompiledLexicons, first: number, end: number, sentence: number): boolean {
  const { tokens } = doc;
  const s = doc.structure.sentences[sentence]!;
  const apart = (from: number, to: number) => {
    for (let k = from + 1; k <= to; k++) if (!spaceOrHyphen(tokens[k]!.gap)) return true;
    return false;
  };
  // "conduct room searches each night and share your own story": "and" before a verb opens a
  // clause of the job's own between the duty and the wish.
  const newClause = (from: number, to: number) => opensClauseOfItsOwn(doc, sentence, from, to, lex.personNouns);
  return theirWishes(tokens, lex.dutyReading, s.first, s.endTok).some(
    (m) =>
      !apart(Math.min(first, m.first), Math.max(end, m.end) - 1) &&
      !(m.first >= end ? newClause(end, m.first) : m.end <= first ? newClause(m.end, first) : false),
  );
}

/** Between `from` and `to`, "and", "or", "but" or "then" before a verb opens another clause of the job's own. */
function opensClauseOfItsOwn(doc: AnalysisDocument, sentence: number, from: number, to: number, personNouns: ReadonlySet<string>): boolean {
  const { tokens } = doc;
  const s = doc.structure.sentences[sentence]!;
  let terms: readonly ParsedTerm[] | undefined;
  for (let k = from; k + 1 < to; k++) {
    if (!CLAUSE_JOINS.has(tokens[k]!.norm)) continue;
    terms ??= doc.parse(sentence);
    if (termAt(terms, tokens[k + 1]!.start - s.start)?.tags.has('Verb')) return true;
    // A word the tagger calls a noun is a verb before the people it acts on ("and support people").
    const next = tokens[k + 2];
    if (next && k + 2 < to && (personNouns.has(next.norm) || next.norm === 'them') && !tokens[k + 1]!.norm.endsWith('s')) return true;
  }
  return false;
}

/** Words that join two clauses of the job's own before a verb ("... and share your own story"). */
const CLAUSE_JOINS = new Set(['and', 'or', 'but', 'then']);

/** Words that join the objects of one verb ("assessments and diagnostic interviews", "floors, tables and sinks"). */
const JOINS_OBJECTS = new Set(['and', 'or', 'as', 'well', 'also', 'the', 'a', 'an', 'all', 'any', 'their', 'other']);

/** The objects after the first that are listed with it, each a finding of its own. */
function coordinated(tokens: readonly Token[], first: Match, rest: readonly Match[]): Match[] {
  const out: Match[] = [];
  let end = first.end;
  for (const o of rest) {
    if (o.first < end) continue;
    if (o.first - end > 3 || !tokens.slice(end, o.first).every((t) => JOINS_OBJECTS.has(t.norm))) break;
    out.push(o);
    end = o.end;
  }
  return out;
}

function inside(a: Match, o: Match): boolean {
  return o.first > a.first && o.end < a.end;
}

function termAt(terms: readonly ParsedTerm[], offset: number): ParsedTerm | undefined {
  return termCovering(terms, offset) ?? terms.find((t) => t.start >= offset);
}

/** The first token of the clause that holds token `at` (after the last clause break before it). */
function clauseStart(doc: AnalysisDocument, at: number, sentenceFirst: number): number {
  let from = at;
  while (from > sentenceFirst && !breaksClause(doc.tokens[from]!, doc.tokens[from - 1]!, doc.text)) from--;
  return from;
}

/** Read before the action: "help residents keep ...", "teach people to ...", "they are asked to take ...". */
function doneByThePerson(doc: AnalysisDocument, r: CompiledDutyReading, first: number, sentenceFirst: number, actionAt = true): boolean {
  let from = first;
  while (from > sentenceFirst && first - from < DOER_REACH && !breaksClause(doc.tokens[from]!, doc.tokens[from - 1]!, doc.text)) from--;
  // "help cook breakfast": help right before the action makes the job a helper, not the person the doer.
  // ... and "helps the team identify and report": the help reaches the verb after "and" too.
  const helping = actionAt
    ? r.helpsDoing
        .matchAll(doc.tokens, from, first)
        .filter((m) => m.end === first || (m.end + 2 === first && doc.tokens[first - 1]!.norm === 'and'))
    : [];
  return r.byThePerson
    .matchAll(doc.tokens, from, first)
    .some(
      (m) => m.end <= first && !helping.some((h) => h.first <= m.first) && !sameFormAfterAnd(doc.tokens, m, first) && !aNoun(doc.tokens, m),
    );
}

/** Words that make the one word after them a noun ("The coach will notify ...": the job, not "coach someone to"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'our', 'each', 'every', 'this', 'that', 'your', 'their', 'his', 'her']);

/** A one-word match right after a determiner: a noun ("the coach", "a guide"), not a verb of helping someone do it. */
function aNoun(tokens: readonly Token[], m: { first: number; end: number }): boolean {
  return m.end === m.first + 1 && m.first > 0 && NOUN_DETERMINERS.has(tokens[m.first - 1]!.norm);
}

/**
 * "Encourages attendance and reports refusals to the nurse": a verb after "and" in the same form
 * as the word before ("-s", "-ing") is the job's second act, not what the person is encouraged to do.
 */
function sameFormAfterAnd(tokens: readonly Token[], m: { first: number; end: number }, action: number): boolean {
  if (m.end !== m.first + 1 || tokens[action - 1]?.norm !== 'and') return false;
  const form = (w: string) => (w.endsWith('ing') ? 'ing' : w.endsWith('s') ? 's' : '');
  const f = form(tokens[m.first]!.norm);
  return f !== '' && f === form(tokens[action]!.norm);
}

/** Words between a subject and its verb ("our nurses will also administer"). */
const AUXILIARIES = new Set([
  'will',
  'may',
  'can',
  'must',
  'shall',
  'should',
  'would',
  'also',
  'do',
  'does',
  'is',
  'are',
  'be',
  'to',
  'who',
  'routinely',
]);

/** Another member of staff is the subject ("our nurses administer") or the agent ("... by nursing staff"). */
function doneByOthers(doc: AnalysisDocument, r: CompiledDutyReading, a: Match, sentenceFirst: number, sentenceEnd: number): boolean {
  const { tokens } = doc;
  // "help the nurses pass meds": the job helps do it, the staff named are whom it helps.
  if (r.helpsDoing.matchAll(tokens, Math.max(sentenceFirst, a.first - 4), a.first).some((m) => m.end === a.first)) return false;
  let k = a.first - 1;
  while (k >= sentenceFirst && AUXILIARIES.has(tokens[k]!.norm)) k--;
  if (
    k >= sentenceFirst &&
    tokens[k + 1]!.gap === 'space' &&
    r.byOthers.matchAll(tokens, Math.max(sentenceFirst, k - 2), k + 1).some((m) => m.end === k + 1)
  )
    return true;
  const by = tokens.slice(a.end, Math.min(sentenceEnd, a.end + 3)).findIndex((t) => t.norm === 'by');
  // "by the clinic's nursing staff": the agent may sit a possessive away.
  return by >= 0 && r.byOthers.test(tokens, a.end + by + 1, Math.min(sentenceEnd, a.end + by + 5));
}

/** Words that make what follows a circumstance, not a duty ("when rules are enforced unfairly", "parents whose children were removed"). */
const SUBORDINATORS = new Set(['when', 'whenever', 'if', 'while', 'because', 'although', 'unless', 'until', 'where', 'whether', 'whose']);

function saidOfACircumstance(tokens: readonly Token[], first: number, sentenceFirst: number): boolean {
  for (let k = first - 1; k >= Math.max(sentenceFirst, first - 4); k--) {
    // A comma closes the circumstance before the action: "and, when subpoenaed, testifies ..." does it.
    if (tokens[k + 1]!.gap === 'punct') return false;
    if (SUBORDINATORS.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** A verb: compromise reads it as one, or it leads its clause (a bullet, after a comma, "and", "will"). */
function actsAsVerb(tokens: readonly Token[], i: number, sentenceFirst: number, termOf: (i: number) => ParsedTerm | undefined): boolean {
  const prev = i > sentenceFirst ? tokens[i - 1]!.norm : '';
  // What an agency has done or does ("Lakeshore has provided counseling", "we provide therapy") is not the job's duty.
  if (prev === 'has' || prev === 'have' || prev === 'had' || prev === 'we') return false;
  const next = tokens[i + 1]?.norm ?? '';
  if (next === 'not' || next === 'never' || next.endsWith("n't")) return false; // an auxiliary: "do not collect"

  if (DETERMINERS.has(prev)) return false;
  if (i === sentenceFirst || tokens[i]!.gap !== 'space' || BEFORE_VERB.has(prev)) return true;
  if (BEFORE_GERUND.has(prev) && tokens[i]!.norm.endsWith('ing')) return true;
  return termOf(i)?.tags.has('Verb') ?? false;
}

/** The object is the head of its noun phrase, not a word that modifies the next noun ("medication education"). */
function isHead(
  tokens: readonly Token[],
  end: number,
  plural: boolean,
  sentenceEnd: number,
  termOf: (i: number) => ParsedTerm | undefined,
  objectStarts: ReadonlySet<number>,
): boolean {
  if (end >= sentenceEnd) return true;
  const next = tokens[end]!;
  if (next.gap === 'hyphen') return false;
  if (next.gap !== 'space' || objectStarts.has(end) || FUNCTION_WORDS.has(next.norm) || DETERMINERS.has(next.norm)) return true;
  const t = termOf(end);
  if (!t || t.tags.has('Pronoun') || t.tags.has('Possessive') || t.tags.has('Determiner')) return true;
  // "a log of when each resident leaves": after a subordinator and a determiner, a word in -s is the verb.
  if (next.norm.endsWith('s') && SUBJECT_DETERMINERS.has(tokens[end - 2]?.norm ?? '') && SUBORDINATORS.has(tokens[end - 3]?.norm ?? ''))
    return true;
  // "Corrections Victoria", "Police Scotland", "Youth Justice NSW": a place after a body named in
  // capitals is part of its name.
  if (/^[A-Z]/.test(tokens[end - 1]!.raw) && /^[A-Z]/.test(next.raw) && NAMED_PLACE.some((tag) => t.tags.has(tag))) return true;
  // A singular word before a noun modifies it ("client records"); after a plural, compromise
  // reads some verbs as nouns ("residents seen breaking rules"): a word it also reads as a verb is one.
  if (!plural) return !t.tags.has('Noun');
  return !t.tags.has('Noun') || t.tags.has('Verb');
}

/** Determiners of a singular subject ("when each resident leaves"). */
const SUBJECT_DETERMINERS = new Set(['each', 'every', 'a', 'an', 'the', 'any']);

/** compromise's tags for a place or a state ("Victoria" is tagged a person's name, "NSW" an acronym). */
const NAMED_PLACE = ['Region', 'Country', 'City', 'Person', 'Acronym'];

function breaksClause(tok: Token, prev: Token, text: string): boolean {
  if (tok.gap === 'line' || tok.gap === 'break') return true;
  return tok.gap === 'punct' && CLAUSE_PUNCT.test(text.slice(prev.end, tok.start));
}

function crossesBoundary(tokens: readonly Token[], from: number, to: number, text: string): boolean {
  for (let k = Math.max(from, 1); k <= to && k < tokens.length; k++) {
    if (breaksClause(tokens[k]!, tokens[k - 1]!, text)) return true;
    // "is to be reported": "to" before "be" is the passive's auxiliary, not a preposition ending the object.
    if (k < to && ENDS_OBJECT.has(tokens[k]!.norm) && !(tokens[k]!.norm === 'to' && tokens[k + 1]?.norm === 'be')) return true;
  }
  return false;
}

/**
 * From the action to an object starting at `at`: within the verb's object, or the clause for a
 * recipient or a complement ("check that residents took their medications"). A second verb joined
 * by "and" or "or" starts another duty ("observes members and reports signs of use").
 */
function reachable(
  tokens: readonly Token[],
  a: Match,
  at: number,
  reach: 'object' | 'clause',
  text: string,
  termOf: (i: number) => ParsedTerm | undefined,
  /** A word of action starting at token k takes the object too. */
  takenFrom: (k: number) => boolean,
): boolean {
  if (at < a.end) return true; // inside the action's own words ("keep probation officers informed")
  const stops = reach === 'object' ? ENDS_OBJECT : ENDS_CLAUSE;
  const startsAction = (i: number) => takenFrom(i) && !termOf(i)?.tags.has('Plural');
  for (let k = a.end; k <= at; k++) {
    if (k > 0 && breaksClause(tokens[k]!, tokens[k - 1]!, text)) return false;
    if (k >= at) break;
    const w = tokens[k]!.norm;
    if (k === a.end && tokens[k]!.gap === 'space' && OPENS_OBJECT_CLAUSE.has(w)) continue; // "determines which applicants meet ..."
    // After a noun of record and "of", "when" opens what is recorded ("keeps a log of when each resident leaves").
    if (k === a.end && w === 'when' && tokens[a.end - 1]!.norm === 'of') continue;

    if (w === 'as' && AS_NEEDED.has(tokens[k + 1]?.norm ?? '')) {
      k++;
      continue;
    }
    if (stops.has(w)) return false;
    // "Prompt and record consumers' medication": a verb joined right after the action shares its object.
    // A word of action the parse reads as a noun too ("and report parent behavior") starts one as well.
    if ((w === 'and' || w === 'or') && k > a.end && k + 1 < at && (startsVerb(termOf(k + 1)) || startsAction(k + 1))) return false;
    // So does one in its plain form after a comma ("supervise eight coaches, help them grow"); a
    // past form there describes what is reported ("report non-compliance, missed meetings ...").
    if (
      k > a.end &&
      tokens[k]!.gap === 'punct' &&
      text.slice(tokens[k - 1]!.end, tokens[k]!.start).trim() === ',' &&
      startsVerb(termOf(k)) &&
      !termOf(k)!.tags.has('PastTense')
    )
      return false;
  }
  return true;
}

/** Whether one of the classes of action takes the class of object under some pair. */
function takesObject(r: CompiledDutyReading, actions: readonly number[] | undefined, object: number): boolean {
  return !!actions && actions.some((a) => pairsOfAction(r, a).some((p) => p.objects.includes(object)));
}

/** Words right after the action that open its object as a clause ("notes who is missing", "decides whether ..."). */
const OPENS_OBJECT_CLAUSE = new Set(['which', 'whether', 'who', 'whom', 'what', 'where']);

/** "as needed", "as assigned": an adverb of the verb, not the end of its object ("work as needed on the floor"). */
const AS_NEEDED = new Set(['needed', 'required', 'assigned', 'scheduled', 'directed', 'necessary', 'appropriate']);

function startsVerb(t: ParsedTerm | undefined): boolean {
  return !!t && t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Gerund');
}

/** Words between the subject of a passive verb and the verb ("that are being collected", "must also be logged"). */
const PASSIVE_BETWEEN = new Set([
  ...BE,
  'has',
  'have',
  'had',
  'will',
  'would',
  'may',
  'can',
  'must',
  'should',
  'shall',
  'not',
  'who',
  'that',
  'which',
  'also',
  'to',
  'then',
]);

/** Only auxiliaries and adverbs stand between: "people we meet have been kicked out" has another verb. */
function subjectOfPassive(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  // "Any breach of house rules is to be reported": the subject's own "of" and up to three words after it.
  if (tokens[k]?.norm === 'of') for (k++; k < to && k - from <= OF_PHRASE_WORDS && !PASSIVE_BETWEEN.has(tokens[k]!.norm); ) k++;
  for (; k < to; k++) if (!PASSIVE_BETWEEN.has(tokens[k]!.norm) && !tokens[k]!.norm.endsWith('ly')) return false;
  return true;
}

/** How many words an "of" phrase after a passive's subject may hold ("breach of the house rules"). */
const OF_PHRASE_WORDS = 3;

/** Forms of "be" that put a passive in the past ("were searched", "had been turned away"): what
 * happened once, told in an agency's history or a story, not a duty of the job. */
const PAST_BE = new Set(['was', 'were']);

/** The passive before token `first` is in the past: "was" or "were", or "had been", among its auxiliaries. */
function pastPassive(tokens: readonly Token[], first: number, sentenceFirst: number): boolean {
  for (let k = first - 1; k >= Math.max(sentenceFirst, first - 3); k--) {
    const w = tokens[k]!.norm;
    if (PAST_BE.has(w) || (w === 'been' && tokens[k - 1]?.norm === 'had')) return true;
    if (!BE.has(w) && !w.endsWith('ly') && w !== 'not') return false;
  }
  return false;
}

/** "are collected by", "is to be completed": the object stands before the verb. */
function passive(tokens: readonly Token[], first: number, sentenceFirst: number): boolean {
  for (let k = first - 1; k >= Math.max(sentenceFirst, first - 3); k--) {
    const w = tokens[k]!.norm;
    if (BE.has(w)) return true;
    if (!w.endsWith('ly') && w !== 'not' && w !== 'to') return false;
  }
  return false;
}
