// Lexicons compiled once into matchers: the per-call cost of analyze() is then one pass of
// the tokenizer and a few hash lookups per word.
import { NO_GUARDS } from './lexicon/no-guards.js';
import { withKeysReplaced } from './lexicon/without-keys.js';
import { PhraseMatcher, matcherOf } from './patterns/phrase-matcher.js';
import { nounForms } from './patterns/inflect.js';
import { PatternVocabulary, vocabularyOf } from './patterns/pattern-vocabulary.js';
import type { Lexicons } from './lexicon/load-lexicons.js';
import type { Guards } from './lexicon/schema.js';
import type { NameWords } from './context/proper-names.js';
import type { AsideWords } from './rules/words-set-aside.js';

export interface CompiledGuards {
  raw: Guards;
  unless: PhraseMatcher<string> | null;
  unlessInSentence: PhraseMatcher<string> | null;
  requireContext: PhraseMatcher<string> | null;
}

export function compileGuards(g: Guards): CompiledGuards {
  return {
    raw: g,
    unless: g.unless.length ? matcherOf(g.unless) : null,
    unlessInSentence: g.unlessInSentence.length ? matcherOf(g.unlessInSentence) : null,
    requireContext: g.requireContext.length ? matcherOf(g.requireContext) : null,
  };
}

/** A rule that is a list of patterns plus guards; payload T is the entry. */
export interface PatternRuleSet<T> {
  matcher: PhraseMatcher<number>;
  entries: T[];
  guards: CompiledGuards[];
}

export function compileRuleSet<T extends { patterns: string[]; guards?: Guards }>(entries: T[]): PatternRuleSet<T> {
  const matcher = indexedMatcher(entries);
  const none: Guards = { ...NO_GUARDS, notNegated: false };
  return { matcher, entries, guards: entries.map((e) => compileGuards(e.guards ?? none)) };
}

/** One matcher over a list of entries; a match's payload is the entry's index. */
function indexedMatcher(entries: readonly { patterns: readonly string[] }[]): PhraseMatcher<number> {
  const matcher = new PhraseMatcher<number>();
  entries.forEach((e, i) => {
    for (const p of e.patterns) matcher.add(p, i);
  });
  return matcher;
}

/** What analysis reads of lived-experience.json as written; its cue lists are compiled into the
 * matchers below, and the compiled lexicons ship in every copy of the analyzer, so they are not
 * carried twice (a field missing here is one no analysis reads; the type says so). */
const RUNTIME_LIVED_EXPERIENCE = [
  'rules',
  'prohibitedInquiries',
  'recoveryTimeType',
  'typeWindow',
  'requirementSentences',
  'compatibleTypes',
  'bareRecoveryCategories',
] as const satisfies readonly (keyof Lexicons['livedExperience'])[];
type RuntimeLivedExperience = Pick<Lexicons['livedExperience'], (typeof RUNTIME_LIVED_EXPERIENCE)[number]>;
/** What analysis and the rule catalog read of duties.json as written: its rules' texts and the duty and
 * barrier entries (their ids, severities and messages); its cue lists and the duty reading are compiled
 * into the matchers below. */
const RUNTIME_DUTIES = ['rules', 'duties', 'barriers'] as const satisfies readonly (keyof Lexicons['duties'])[];
type RuntimeDuties = Pick<Lexicons['duties'], (typeof RUNTIME_DUTIES)[number]>;
/** Files read at run time only through the matchers compiled from them. */
type CompiledAway = 'context' | 'roles';
/** The lexicons as analysis reads them at run time (see RUNTIME_LIVED_EXPERIENCE). The list of
 * sources is not among them: a citation is turned into a reference from lexicons/sources.json
 * where a report is written (core/sources/source-reference.ts), so the analyzer does not carry it twice. */
export type RuntimeLexicons = Omit<Lexicons, 'livedExperience' | 'duties' | 'sources' | CompiledAway> & {
  livedExperience: RuntimeLivedExperience;
  duties: RuntimeDuties;
};

function runtimeLexicons(lexicons: Lexicons): RuntimeLexicons {
  const le = lexicons.livedExperience;
  const kept = Object.fromEntries(RUNTIME_LIVED_EXPERIENCE.map((key) => [key, le[key]])) as RuntimeLivedExperience;
  const duties = Object.fromEntries(RUNTIME_DUTIES.map((key) => [key, lexicons.duties[key]])) as RuntimeDuties;
  const { sources: _sources, context: _context, roles: _roles, ...rest } = lexicons;
  return { ...rest, livedExperience: kept, duties };
}

export interface CompiledLexicons {
  lexicons: RuntimeLexicons;
  /** Every word the matchers' patterns hold (a word broken at a line's end is read whole when it is one). */
  vocabulary: PatternVocabulary;
  properNames: PhraseMatcher<string>;
  metaCues: PhraseMatcher<string>;
  citationCues: PhraseMatcher<string>;
  negationCues: PhraseMatcher<string>;
  negationLookalikes: PhraseMatcher<string>;
  namingVerbs: PhraseMatcher<string>;
  stoppedNaming: PhraseMatcher<string>;
  labelNouns: PhraseMatcher<string>;
  avoidColumnHeadings: PhraseMatcher<string>;
  useColumnHeadings: PhraseMatcher<string>;
  workTitleCues: PhraseMatcher<string>;
  personNouns: ReadonlySet<string>;
  /** The word classes a capitalized run is read with (lexicons/context.json). */
  nameWords: NameWords;
  /** The word classes that find words to set aside in the lived-experience phrases (lexicons/context.json). */
  asideWords: AsideWords;
  /** Chart words for a person, as written ("Pt"). */
  personAbbreviations: ReadonlySet<string>;
  /** Person nouns and the one-word labels the identity-label entries put on people ("addicts"):
   * either, as a subject, is a person ("addicts still suffering"). */
  personSubjectNouns: ReadonlySet<string>;
  language: PatternRuleSet<Lexicons['language'][number]>;
  roles: {
    peerTitles: PatternRuleSet<Lexicons['roles']['peerTitles'][number]>;
    nonPeerTitles: PatternRuleSet<Lexicons['roles']['nonPeerTitles'][number]>;
    categoryCues: PatternRuleSet<Lexicons['roles']['categoryCues'][number]>;
    peerSummaryCues: PhraseMatcher<string>;
    conditionWords: PhraseMatcher<string>;
    summaryHeadings: PhraseMatcher<string>;
    jobTitleHeads: PhraseMatcher<string>;
    jobTitleLevels: PhraseMatcher<string>;
    jobTitleComplements: PhraseMatcher<string>;
    subjectLeads: PhraseMatcher<string>;
    jobIsPeerCues: PhraseMatcher<string>;
    growsPeerTeamCues: PhraseMatcher<string>;
    jobIsNotPeerCues: PhraseMatcher<string>;
    teamListCues: PhraseMatcher<string>;
    /** roles.json offerLeadsCues: a verb in an offer to hire before the peer staff the job leads. */
    offerLeadsCues: PhraseMatcher<string>;
    /** roles.json colleagueCues: a word just before a peer title that makes it the job's colleagues. */
    colleagueCues: PhraseMatcher<string>;
    peerCredentialCues: PhraseMatcher<string>;
    peerCredentialNotAsked: PhraseMatcher<string>;
    /** roles.json peerCredentialAlternatives: another credential offered right after a peer credential. */
    peerCredentialAlternatives: PhraseMatcher<string>;
    peopleBesideTitles: PatternRuleSet<Lexicons['roles']['peopleBesideTitles']['titles'][number]>;
    leadingOrClinicalHeads: PhraseMatcher<string>;
    peerDivisions: PhraseMatcher<string>;
    recordsOfThePeople: PhraseMatcher<string>;
    behavioralHealthSettings: { settings: PhraseMatcher<string>; names: PhraseMatcher<string>; notWithTitleWords: PhraseMatcher<string> };
    servedWithFamilies: { families: PhraseMatcher<string>; people: PhraseMatcher<string> };
    employeeSections: { sentences: PhraseMatcher<string>; headings: PhraseMatcher<string> };
    /** Per group, the peer titles (ids) another field uses too where its words appear. */
    otherFieldTexts: { titles: ReadonlySet<string>; words: PhraseMatcher<string> }[];
  };
  documentKind: {
    /** payload: index into lexicons.documentKind.postingMarks / aboutMarks */
    postingMarks: PhraseMatcher<number>;
    aboutMarks: PhraseMatcher<number>;
    titleCues: PhraseMatcher<string>;
    pageNameCues: PhraseMatcher<string>;
    pageNameNotAfter: ReadonlySet<string>;
    /** Parts of a site named by a whole part of a title line ("programs", "services"), lower case. */
    siteSections: ReadonlySet<string>;
    jobListLabels: PhraseMatcher<string>;
    moneyNotPay: PhraseMatcher<string>;
    programTitleEnds: ReadonlySet<string>;
    volunteerOffers: PhraseMatcher<string>;
    offersElsewhere: PhraseMatcher<string>;
    fullPostingElsewhere: PhraseMatcher<string>;
  };
  duties: PatternRuleSet<Lexicons['duties']['duties'][number]>;
  competencies: PatternRuleSet<Lexicons['duties']['competencies'][number]>;
  barriers: PatternRuleSet<Lexicons['duties']['barriers'][number]>;
  signals: PatternRuleSet<Lexicons['duties']['signals'][number]>;
  /** Per signal entry with namesTheSupervisor: the words that end the supervisor's own phrase. */
  supervisorPhraseBreaks: (PhraseMatcher<string> | null)[];
  /** A line label that names a pay grade or band ("Grade: 22, Step 1-5"; duties.json payGradeLabels). */
  payGradeLabels: PhraseMatcher<string>;
  peerTeamCues: { beforePlural: PhraseMatcher<string>; beforeSingular: PhraseMatcher<string> };
  /** Peer work named by a verb and its object (duties.json competencyReading); payloads: the shape's index. */
  competencyReading: {
    verbs: PhraseMatcher<number>;
    objects: PhraseMatcher<number>;
    notObjects: PhraseMatcher<number>;
    /** Per shape: the index of its competency in `competencies.entries`, and its window. */
    shapes: { competency: number; window: number }[];
  };
  reportingLabels: PhraseMatcher<string>;
  /** Units of time after a number and a slash that make it pay ("22.50/hr"). */
  payUnitsOfTime: ReadonlySet<string>;
  /** Per barrier id: words elsewhere in the job's text that make that barrier none. */
  barrierWaivers: Record<string, PhraseMatcher<string>>;
  /** Per barrier id: words on the barrier's own line that keep it although a waiver is found. */
  barrierKeepers: Record<string, PhraseMatcher<string>>;
  agencySections: {
    headings: PhraseMatcher<string>;
    jobHeadings: PhraseMatcher<string>;
    sentenceStarts: PhraseMatcher<string>;
    /** Verbs that, right after the employer's name opening a sentence, make it the agency describing itself. */
    nameStartVerbs: PhraseMatcher<string>;
    nameStartDescriptions: PhraseMatcher<string>;
    applySentenceCues: PhraseMatcher<string>;
    positionLabels: PhraseMatcher<string>;
    questionHeadings: PhraseMatcher<string>;
  };
  dutyReading: CompiledDutyReading;
  livedExperience: {
    mention: PhraseMatcher<string>;
    requirementLine: PhraseMatcher<string>;
    servedBeforeRequirementLine: PhraseMatcher<string>;
    recoveryTimeLabels: PhraseMatcher<string>;
    recoveryTimeValues: PhraseMatcher<string>;
    ellipticalQuestions: PhraseMatcher<string>;
    optionalAnswers: PhraseMatcher<string>;
    notOwn: PhraseMatcher<string>;
    othersAfter: PhraseMatcher<string>;
    workAfter: PhraseMatcher<string>;
    workBefore: PhraseMatcher<string>;
    staffSubject: PhraseMatcher<string>;
    /** What the agency's team is made of ('made up of', 'staffed by'). */
    staffMadeOf: PhraseMatcher<string>;
    /** A subject of people other than the applicant with its verb ("council members must"). */
    othersSubject: PhraseMatcher<string>;
    /** Words that end a list of what the team is made of ("who", "serve", "trained"). */
    colleagueListBreaks: ReadonlySet<string>;
    /** Words after "recovery" that make it a field of work ("recovery coaching"). */
    recoveryWork: ReadonlySet<string>;
    /** Kinds of work experience: "paid or volunteer experience" names one requirement, not another way in. */
    experienceKinds: ReadonlySet<string>;
    staffClauseJoiners: ReadonlySet<string>;
    /** A person specification's column letters at the end of a line ("(E)", "D"), lower case. */
    lineEndMarks: { required: ReadonlySet<string>; preferred: ReadonlySet<string> };
    /** Openings of a later clause on the line that speaks of the same item ("it's a plus"). */
    itemFollowUp: PhraseMatcher<string>;
    sameAsBefore: PhraseMatcher<string>;
    applicant: PhraseMatcher<string>;
    required: PhraseMatcher<string>;
    preferred: PhraseMatcher<string>;
    substitute: PhraseMatcher<string>;
    substituteFor: PhraseMatcher<string>;
    applyInvitation: PhraseMatcher<string>;
    questionInvitation: PhraseMatcher<string>;
    ownStory: PhraseMatcher<string>;
    laterItemPreferred: PhraseMatcher<string>;
    describingPreferred: PhraseMatcher<string>;
    notAskedHeadings: PhraseMatcher<string>;
    namedBody: PhraseMatcher<string>;
    sectionSubstitute: PhraseMatcher<string>;
    notRequired: PhraseMatcher<string>;
    /** A condition on the applicant's own status ('if in recovery'): what follows is not asked of every applicant. */
    applicantCondition: PhraseMatcher<string>;
    /** The conditions that name the applicant's own experience ('if in recovery'), not applicability. */
    ownStatusCondition: PhraseMatcher<string>;
    deniedValues: PhraseMatcher<string>;
    affirmedValues: PhraseMatcher<string>;
    holderSubject: PhraseMatcher<string>;
    soleRequirement: PhraseMatcher<string>;
    ownOrFamily: PhraseMatcher<string>;
    readerInvitation: PhraseMatcher<string>;
    typeBreaks: PhraseMatcher<string>;
    requiredHeadings: PhraseMatcher<string>;
    wholeRequiredHeadings: PhraseMatcher<string>;
    preferredHeadings: PhraseMatcher<string>;
    otherPostings: PhraseMatcher<string>;
    types: PatternRuleSet<Lexicons['livedExperience']['typeCues'][number]>;
    share: PhraseMatcher<string>;
    encouragedAct: PhraseMatcher<string>;
    inquiries: PatternRuleSet<Lexicons['livedExperience']['prohibitedInquiries'][number]>;
  };
  /** What a posting asks of an applicant (certification, background check ...), for the job seeker's checklist. */
  qualifications: PatternRuleSet<Lexicons['jobSeeker']['qualifications'][number]>;
  /** Words that make driving part of the job. */
  drivingDuties: PhraseMatcher<string>;
}

/** duties.json `reading` with its classes as matchers (payload: the class's index). */
export interface CompiledDutyReading {
  window: number;
  actions: PhraseMatcher<number>;
  /** The nouns of each action class, read after their object ("medication distribution"); payload: the class's index. */
  actionNouns: PhraseMatcher<number>;
  objects: PhraseMatcher<number>;
  pairs: {
    /** index into `duties` */
    duty: number;
    actions: number[];
    objects: number[];
    reach: 'object' | 'clause';
    /** Words from the action to its object at most. */
    window: number;
    requires: PhraseMatcher<string> | null;
    unless: PhraseMatcher<string> | null;
  }[];
  byThePerson: PhraseMatcher<string>;
  helpsDoing: PhraseMatcher<string>;
  /** The object class marked peopleServed (payload of `objects`), or -1. */
  peopleServed: number;
  /** The object class marked authorities (payload of `objects`), or -1. */
  authorities: number;
  byOthers: PhraseMatcher<string>;
  passiveForOthers: PhraseMatcher<string>;
  unlessInSentence: PhraseMatcher<string>;
  /** Staff named as who asks, right after a request word ("when asked by the program director"). */
  askedByStaff: PhraseMatcher<string>;
  notObjects: PhraseMatcher<string>;
  knownNotDone: PhraseMatcher<string>;
  notActions: PhraseMatcher<string>;
  /** Per object class, the index in `duties` of the duty it names alone as an item of a list, or -1. */
  alone: number[];
  aloneUnless: PhraseMatcher<string>;
  /** Per object class, the index in `duties` of the duty it names whatever verb acts on it, or -1. */
  governs: number[];
  notGoverning: PhraseMatcher<string>;
}

/** How many more words than `window` a pair that reads its clause reaches, when it sets no window of its own. */
const CLAUSE_REACH_MORE = 4;

function compileDutyReading(duties: Lexicons['duties']): CompiledDutyReading {
  const r = duties.reading;
  const indexOf = (list: readonly { id: string }[], id: string) => list.findIndex((x) => x.id === id);
  return {
    window: r.window,
    actions: indexedMatcher(r.actions),
    actionNouns: indexedMatcher(r.actions.map((a) => ({ patterns: a.nouns ?? [] }))),
    objects: indexedMatcher(r.objects),
    pairs: r.pairs.map((p) => ({
      duty: indexOf(duties.duties, p.duty),
      actions: p.actions.map((a) => indexOf(r.actions, a)),
      objects: p.objects.map((o) => indexOf(r.objects, o)),
      reach: p.reach,
      // A recipient ends its clause ("reports any contraband seen in groups to the sergeant"): a clause's pair reads further.
      window: p.window !== undefined ? Math.min(p.window, r.window) : p.reach === 'clause' ? r.window + CLAUSE_REACH_MORE : r.window,
      requires: p.requires?.length ? matcherOf(p.requires) : null,
      unless: p.unless?.length ? matcherOf(p.unless) : null,
    })),
    byThePerson: matcherOf(r.byThePerson),
    helpsDoing: matcherOf(r.helpsDoing ?? []),
    peopleServed: r.objects.findIndex((o) => o.peopleServed),
    authorities: r.objects.findIndex((o) => o.authorities),
    byOthers: matcherOf(r.byOthers),
    passiveForOthers: matcherOf(r.passiveForOthers),
    unlessInSentence: matcherOf(r.unlessInSentence),
    askedByStaff: matcherOf(r.askedByStaff ?? []),
    notObjects: matcherOf(r.notObjects),
    knownNotDone: matcherOf(r.knownNotDone ?? []),
    notActions: matcherOf(r.notActions ?? []),
    alone: r.objects.map((o) => (o.alone ? indexOf(duties.duties, o.alone) : -1)),
    aloneUnless: matcherOf(r.aloneUnless ?? []),
    governs: r.objects.map((o) => (o.governs ? indexOf(duties.duties, o.governs) : -1)),
    notGoverning: matcherOf(r.notGoverning ?? []),
  };
}

const NO_EXAMPLES: { positive: string[]; traps: string[] } = { positive: [], traps: [] };

/** One word (or a group of single words) as a noun: "addict~n", "(anorexic|anorectic)~n". */
const ONE_NOUN_PATTERN = /^\(?([a-z|]+)\)?~n$/;

/** The person nouns, with every form of the one-word nouns the identity-label entries match. */
function personSubjectNounsOf(personNouns: readonly string[], language: Lexicons['language']): ReadonlySet<string> {
  const nouns = new Set(personNouns.map((w) => w.toLowerCase()));
  for (const e of language) {
    if (e.group !== 'identity-label') continue;
    for (const p of e.patterns) {
      const m = ONE_NOUN_PATTERN.exec(p);
      if (m) for (const w of m[1]!.split('|')) for (const f of nounForms(w)) nouns.add(f);
    }
  }
  return nouns;
}

export function compileLexicons(files: Lexicons): CompiledLexicons {
  // The compiled form ships in every copy of the analyzer, so it goes without what nothing reads
  // when analyzing: the notes to maintainers ("$comment", at any depth) and each entry's examples
  // (test sentences; the tests read them from loadLexicons()), which are left empty.
  const lexicons = withKeysReplaced(files, { $comment: undefined, examples: NO_EXAMPLES });
  const { context, livedExperience: le } = lexicons;
  const compiled: CompiledLexicons = {
    lexicons: runtimeLexicons(lexicons),
    properNames: matcherOf(context.properNames),
    metaCues: matcherOf(context.metaCues),
    citationCues: matcherOf(context.citationCues),
    negationCues: matcherOf(context.negationCues),
    negationLookalikes: matcherOf(context.negationLookalikes),
    namingVerbs: matcherOf(context.namingVerbs),
    stoppedNaming: matcherOf(context.stoppedNaming),
    labelNouns: matcherOf(context.labelNouns),
    avoidColumnHeadings: matcherOf(context.avoidColumnHeadings),
    useColumnHeadings: matcherOf(context.useColumnHeadings),
    workTitleCues: matcherOf(context.workTitleCues),
    personNouns: new Set(context.personNouns.map((w) => w.toLowerCase())),
    nameWords: {
      namedThings: new Set(context.namedThings),
      groupNameVerbs: new Set(context.groupNameVerbs),
      organizationWords: new Set(context.organizationWords),
      placeWords: new Set(context.placeWords),
      nameConnectors: new Set(context.nameConnectors),
      headlineWords: new Set(context.headlineWords),
      institutionWords: new Set(context.institutionWords),
      lawWords: new Set(context.lawWords),
      programWords: new Set(context.programWords),
      nameDeterminers: new Set(context.nameDeterminers),
      calledWords: new Set(context.calledWords),
    },
    asideWords: {
      lyAdjectives: new Set(context.lyAdjectives),
      pastFormsWithoutEd: new Set(context.pastFormsWithoutEd),
      prepositionsAfterVerb: new Set(context.prepositionsAfterVerb),
    },
    personAbbreviations: new Set(context.personAbbreviations),
    personSubjectNouns: personSubjectNounsOf(context.personNouns, lexicons.language),
    language: compileRuleSet(lexicons.language),
    roles: {
      peerTitles: compileRuleSet(lexicons.roles.peerTitles),
      nonPeerTitles: compileRuleSet(lexicons.roles.nonPeerTitles),
      categoryCues: compileRuleSet(lexicons.roles.categoryCues),
      peerSummaryCues: matcherOf(lexicons.roles.peerSummaryCues.patterns),
      conditionWords: matcherOf(lexicons.roles.conditionWords?.patterns ?? []),
      summaryHeadings: matcherOf(lexicons.roles.summaryHeadings.patterns),
      jobTitleHeads: matcherOf(lexicons.roles.jobTitleHeads.patterns),
      jobTitleLevels: matcherOf(lexicons.roles.jobTitleLevels.patterns),
      jobTitleComplements: matcherOf(lexicons.roles.jobTitleComplements.patterns),
      subjectLeads: matcherOf(lexicons.roles.subjectLeads.patterns),
      jobIsPeerCues: matcherOf(lexicons.roles.jobIsPeerCues.patterns),
      growsPeerTeamCues: matcherOf(lexicons.roles.growsPeerTeamCues.patterns),
      jobIsNotPeerCues: matcherOf(lexicons.roles.jobIsNotPeerCues.patterns),
      teamListCues: matcherOf(lexicons.roles.teamListCues.patterns),
      offerLeadsCues: matcherOf(lexicons.roles.offerLeadsCues.patterns),
      colleagueCues: matcherOf(lexicons.roles.colleagueCues.patterns),
      peerCredentialCues: matcherOf(lexicons.roles.peerCredentialCues.patterns),
      peerCredentialNotAsked: matcherOf(lexicons.roles.peerCredentialNotAsked.patterns),
      peerCredentialAlternatives: matcherOf(lexicons.roles.peerCredentialAlternatives.patterns),
      peopleBesideTitles: compileRuleSet(lexicons.roles.peopleBesideTitles.titles),
      leadingOrClinicalHeads: matcherOf(lexicons.roles.leadingOrClinicalHeads.patterns),
      peerDivisions: matcherOf(lexicons.roles.peerDivisions.patterns),
      recordsOfThePeople: matcherOf(lexicons.roles.recordsOfThePeople.patterns),
      behavioralHealthSettings: {
        settings: matcherOf(lexicons.roles.behavioralHealthSettings.patterns),
        names: matcherOf(lexicons.roles.behavioralHealthSettings.names),
        notWithTitleWords: matcherOf(lexicons.roles.behavioralHealthSettings.notWithTitleWords),
      },
      servedWithFamilies: {
        families: matcherOf(lexicons.roles.servedWithFamilies.patterns),
        people: matcherOf(lexicons.roles.servedWithFamilies.people),
      },
      otherFieldTexts: lexicons.roles.otherFieldTexts.map((g) => ({ titles: new Set(g.titles), words: matcherOf(g.patterns) })),
      employeeSections: {
        sentences: matcherOf(lexicons.roles.employeeSections.patterns),
        headings: matcherOf(lexicons.roles.employeeSections.headings),
      },
    },
    documentKind: {
      postingMarks: indexedMatcher(lexicons.documentKind.postingMarks),
      aboutMarks: indexedMatcher(lexicons.documentKind.aboutMarks),
      titleCues: matcherOf(lexicons.documentKind.titleCues),
      pageNameCues: matcherOf(lexicons.documentKind.pageNameCues.patterns),
      pageNameNotAfter: new Set(lexicons.documentKind.pageNameCues.notAfter),
      siteSections: new Set(lexicons.documentKind.pageNameCues.sections.map((w) => w.toLowerCase())),
      jobListLabels: matcherOf(lexicons.documentKind.jobListLabels.patterns),
      moneyNotPay: matcherOf(lexicons.documentKind.moneyNotPay.patterns),
      programTitleEnds: new Set(lexicons.documentKind.programTitleEnds?.words ?? []),
      volunteerOffers: matcherOf(lexicons.documentKind.volunteerOffers.patterns),
      offersElsewhere: matcherOf(lexicons.documentKind.offersElsewhere.patterns),
      fullPostingElsewhere: matcherOf(lexicons.documentKind.fullPostingElsewhere.patterns),
    },
    duties: compileRuleSet(lexicons.duties.duties),
    competencies: compileRuleSet(lexicons.duties.competencies),
    barriers: compileRuleSet(lexicons.duties.barriers),
    signals: compileRuleSet(lexicons.duties.signals),
    supervisorPhraseBreaks: lexicons.duties.signals.map((e) => (e.namesTheSupervisor ? matcherOf(e.namesTheSupervisor.breaks) : null)),
    payGradeLabels: matcherOf(lexicons.duties.payGradeLabels?.patterns ?? []),
    competencyReading: compileCompetencyReading(lexicons.duties),
    peerTeamCues: {
      beforePlural: matcherOf(lexicons.duties.peerTeamCues.beforePlural),
      beforeSingular: matcherOf(lexicons.duties.peerTeamCues.beforeSingular),
    },
    reportingLabels: matcherOf(lexicons.duties.reportingLabels.patterns),
    payUnitsOfTime: new Set(lexicons.duties.payUnitsOfTime?.words ?? []),
    barrierWaivers: Object.fromEntries(
      Object.entries(lexicons.duties.barrierWaivers.byBarrier).map(([id, patterns]) => [id, matcherOf(patterns)]),
    ),
    barrierKeepers: Object.fromEntries(
      Object.entries(lexicons.duties.barrierWaivers.keptBy).map(([id, patterns]) => [id, matcherOf(patterns)]),
    ),
    agencySections: {
      headings: matcherOf(lexicons.duties.agencySections.headings),
      jobHeadings: matcherOf(lexicons.duties.agencySections.jobHeadings),
      sentenceStarts: matcherOf(lexicons.duties.agencySections.sentenceStarts),
      nameStartVerbs: matcherOf(lexicons.duties.agencySections.nameStartVerbs),
      nameStartDescriptions: matcherOf(lexicons.duties.agencySections.nameStartDescriptions),
      applySentenceCues: matcherOf(lexicons.duties.agencySections.applySentenceCues),
      positionLabels: matcherOf(lexicons.duties.agencySections.positionLabels),
      questionHeadings: matcherOf(lexicons.duties.agencySections.questionHeadings),
    },
    dutyReading: compileDutyReading(lexicons.duties),
    livedExperience: {
      mention: matcherOf(le.mentionCues),
      requirementLine: matcherOf(le.requirementLineCues),
      servedBeforeRequirementLine: matcherOf(le.servedBeforeRequirementLine),
      recoveryTimeLabels: matcherOf(le.recoveryTimeLabels),
      recoveryTimeValues: matcherOf(le.recoveryTimeValues),
      ellipticalQuestions: matcherOf(le.ellipticalQuestions),
      optionalAnswers: matcherOf(le.optionalAnswerCues),
      notOwn: matcherOf(le.notOwnExperienceCues),
      othersAfter: matcherOf(le.othersAfterMentionCues),
      workAfter: matcherOf(le.workAfterMentionCues),
      workBefore: matcherOf(le.workBeforeExperienceCues),
      staffSubject: matcherOf(le.staffSubjectCues),
      staffMadeOf: matcherOf(le.staffMadeOfCues),
      othersSubject: matcherOf(le.othersSubjectCues),
      colleagueListBreaks: new Set(le.colleagueListBreaks),
      recoveryWork: new Set(le.recoveryWorkWords),
      experienceKinds: new Set(le.experienceKindWords),
      staffClauseJoiners: new Set(le.staffClauseJoiners),
      lineEndMarks: { required: new Set(le.requiredLineEndMarks), preferred: new Set(le.preferredLineEndMarks) },
      itemFollowUp: matcherOf(le.itemFollowUpOpenings),
      sameAsBefore: matcherOf(le.sameAsBeforeOpenings),
      applicant: matcherOf(le.applicantCues),
      required: matcherOf(le.requiredCues),
      preferred: matcherOf(le.preferredCues),
      substitute: matcherOf(le.substituteCues),
      substituteFor: matcherOf(le.substituteForCues),
      applyInvitation: matcherOf(le.applyInvitationCues),
      questionInvitation: matcherOf(le.questionInvitationOpenings),
      ownStory: matcherOf(le.ownStoryCues),
      laterItemPreferred: matcherOf(le.laterItemPreferredCues),
      describingPreferred: matcherOf(le.describingPreferredCues),
      notAskedHeadings: matcherOf(le.notAskedHeadings),
      namedBody: matcherOf(le.namedBodyWords),
      sectionSubstitute: matcherOf(le.sectionSubstituteCues),
      notRequired: matcherOf(le.notRequiredCues),
      applicantCondition: matcherOf([...le.applicantConditionCues, ...le.applicabilityConditionCues]),
      ownStatusCondition: matcherOf(le.applicantConditionCues),
      deniedValues: matcherOf(le.deniedValues),
      affirmedValues: matcherOf(le.affirmedValues),
      holderSubject: matcherOf(le.holderSubjectCues),
      soleRequirement: matcherOf(le.soleRequirementCues),
      ownOrFamily: matcherOf(le.ownOrFamilyCues),
      readerInvitation: matcherOf(le.readerInvitationCues),
      typeBreaks: matcherOf(le.typeWindow.breaks),
      requiredHeadings: matcherOf(le.requiredHeadings),
      wholeRequiredHeadings: matcherOf(le.wholeRequiredHeadings),
      preferredHeadings: matcherOf(le.preferredHeadings),
      otherPostings: matcherOf(le.otherPostingsHeadings),
      types: compileRuleSet(le.typeCues),
      share: matcherOf(le.shareCues),
      encouragedAct: matcherOf(le.encouragedActCues),
      inquiries: compileRuleSet(le.prohibitedInquiries),
    },
    qualifications: compileRuleSet(lexicons.jobSeeker.qualifications),
    drivingDuties: matcherOf(lexicons.jobSeeker.drivingDuties.patterns),
    vocabulary: new PatternVocabulary(),
  };
  compiled.vocabulary = vocabularyOf(compiled);
  // Once the matchers are built, an entry's patterns are read only for its first, which names the
  // rule on the options page: the rest would ship twice, as text and compiled.
  // Guards run through their compiled matchers too: only their flags are read as data.
  dropTextReadThroughMatchers(lexicons);
  // The duty reading is read only through its matchers.
  const reading = lexicons.duties.reading;
  lexicons.duties.reading = {
    ...reading,
    actions: [],
    objects: [],
    pairs: [],
    byThePerson: [],
    byOthers: [],
    unlessInSentence: [],
    notObjects: [],
    notGoverning: [],
  };
  return compiled;
}

/**
 * In place, on the copy made above: each entry's `patterns` keeps its first pattern only, and
 * every `guards` its flags, not its pattern lists.
 */
function dropTextReadThroughMatchers(value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) dropTextReadThroughMatchers(v);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'patterns' && Array.isArray(v)) v.splice(1);
    else if (key === 'guards' && v && typeof v === 'object' && !Array.isArray(v)) {
      const g = v as Partial<Record<keyof Guards, unknown>>;
      for (const list of ['unless', 'unlessInSentence', 'requireContext'] as const) if (Array.isArray(g[list])) g[list] = [];
    } else dropTextReadThroughMatchers(v);
  }
}

function compileCompetencyReading(duties: Lexicons['duties']): CompiledLexicons['competencyReading'] {
  const shapes = duties.competencyReading?.shapes ?? [];
  const matcherOfShapes = (list: (s: (typeof shapes)[number]) => readonly string[]) => {
    const m = new PhraseMatcher<number>();
    shapes.forEach((s, i) => {
      for (const p of list(s)) m.add(p, i);
    });
    return m;
  };
  return {
    verbs: matcherOfShapes((s) => s.verbs),
    objects: matcherOfShapes((s) => s.objects),
    notObjects: matcherOfShapes((s) => s.notObjects),
    shapes: shapes.map((s) => {
      const competency = duties.competencies.findIndex((c) => c.id === s.competency);
      if (competency < 0) throw new Error(`competencyReading ${s.id}: no competency "${s.competency}"`);
      return { competency, window: s.window };
    }),
  };
}
