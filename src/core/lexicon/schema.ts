// zod schemas for every lexicon file in lexicons/. A file that does not fit fails at load
// with the file, the entry id and the field named (see load-lexicons.ts).
import * as z from 'zod';
import { customTermProblem } from '../patterns/typed-term.js';
import { ROLE_CATEGORIES } from '../role-categories.js';
import { severitySchema } from '../severity-schema.js';
import { NO_GUARDS } from './no-guards.js';

export const categorySchema = z.enum(ROLE_CATEGORIES);

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (a-z, 0-9, "-")');

/** A phrase pattern in the syntax documented in lexicons/README.md. */
export const patternSchema = z.string().trim().min(1, 'a pattern cannot be empty');

/** Where a rule comes from: a seed and its lines, or a named guide from sources.json. */
export const sourceRefSchema = z.object({
  id: z.string().min(1),
  ref: z.string().min(1, 'say where in the source: "L2371-2411", "mental illness entry"'),
});

export const examplesSchema = z.object({
  positive: z.array(z.string().min(1)).min(1, 'every entry needs at least one positive example'),
  traps: z.array(z.string().min(1)).default([]),
});

/** The fields many entries and files share, declared once. */
const patternList = z.array(patternSchema).min(1);
const sourceList = z.array(sourceRefSchema).min(1);
const fileComment = { $comment: z.string().optional() };
/** Words the engine compares a single token with, not patterns: one word each, in lower case. */
const wordList = z.array(z.string().regex(/^[\p{Ll}\p{N}]+$/u, 'one word in lower case (a list of words, not of patterns)'));
/** A list of patterns with the sources it follows, as every entry has. */
const sourcedPatterns = z.object({ ...fileComment, patterns: patternList, sources: sourceList }).strict();
const message = z.string().min(10).max(240);
const plainSuggestions = z.array(z.string().min(1)).default([]);

/** A suggestion; the object form gives the plural for matches in the plural. */
export const suggestionSchema = z.union([z.string().min(1), z.object({ singular: z.string().min(1), plural: z.string().min(1) })]);

/**
 * Context guards an entry carries. Each is data; the engine knows how to run each kind.
 * - unless: patterns; a match of one of them that overlaps the candidate silences it.
 * - requireContext: patterns; at least one must occur in the same sentence.
 * - personSubject: the subject of the matched verb must be a person (not "the project").
 * - nominal: the match must stand for people, not modify a following noun.
 * - notNegated: silent when the sentence negates it ("will not administer medication").
 */
function guardsWith(negatedByDefault: boolean) {
  return z
    .object({
      unless: z.array(patternSchema).default([]),
      /** Patterns anywhere in the sentence that silence the entry ("… or equivalent experience"). */
      unlessInSentence: z.array(patternSchema).default([]),
      requireContext: z.array(patternSchema).default([]),
      /** The required context counts joined to the word by a hyphen too ("crazy-busy" as "crazy busy"), where the first part of a compound is otherwise never the word. */
      requiredAcrossHyphen: z.boolean().default(false),
      personSubject: z.boolean().default(false),
      /** The subject is a thing, not a person: a diagnosis used as a metaphor ("morale is schizophrenic"). */
      thingSubject: z.boolean().default(false),
      /** Silent when the word describes a thing, not a person ("noncompliant invoices", "the device was noncompliant"). */
      describesPerson: z.boolean().default(false),
      nominal: z.boolean().default(false),
      /** Silent in a list of describing words ("Patient, warm, reliable"; "kind and patient"). */
      notInDescribingList: z.boolean().default(false),
      notNegated: z.boolean().default(negatedByDefault),
    })
    .strict();
}

export const guardsSchema = guardsWith(false);
/** Duties, barriers and inquiries are silent when negated unless an entry says otherwise. */
export const dutyGuardsSchema = guardsWith(true);
const dutyGuards = dutyGuardsSchema.default({ ...NO_GUARDS, notNegated: true });

export const languageGroupSchema = z.enum([
  'identity-label',
  'pity-framing',
  'slur',
  'diagnosis-metaphor',
  'pathologizing-jargon',
  'substance-use',
  'suicide',
  'contested-label',
]);

export const languageEntrySchema = z
  .object({
    id,
    group: languageGroupSchema,
    severity: severitySchema,
    patterns: patternList,
    suggestions: z.array(suggestionSchema).min(1, 'give at least one better wording'),
    /** The suggestions when the phrase describes the noun right after it ("a clean and sober
     * dance"): wordings that read before a noun. */
    suggestionsBeforeNoun: z.array(suggestionSchema).min(1).optional(),
    message,
    guards: guardsSchema.default({ ...NO_GUARDS, notNegated: false }),
    /** Duties (duties.json ids) whose finding says all this one would: inside such a duty's words it is not shown ("Monitors participants for medication compliance" is one card). */
    coveredByDuties: z.array(id).optional(),
    sources: z.array(sourceRefSchema).min(1, 'every entry names its source'),
    examples: examplesSchema,
  })
  .strict();

export const languageFileSchema = z
  .object({
    ...fileComment,
    entries: z.array(languageEntrySchema).min(1),
  })
  .strict();

const ruleWithPatterns = {
  id,
  patterns: patternList,
  sources: sourceList,
};

/** What a duty, a barrier or an inquiry says when it fires; silent when the sentence negates it. */
const flaggedRule = {
  severity: severitySchema,
  message,
  suggestions: plainSuggestions,
  guards: dutyGuards,
  examples: examplesSchema,
};

export const dutyEntrySchema = z
  .object({
    ...ruleWithPatterns,
    reason: z.enum(['clinical', 'power-agenda', 'busy-work']),
    /**
     * A duty whose finding, joined right after this one's by "and" in the same clause and naming
     * none of the people served, tells what this duty is for and is read as part of it ("track
     * medication adherence and let the nurse know about missed doses": one duty, one card).
     */
    includesJoined: id.optional(),
    ...flaggedRule,
  })
  .strict();

export const competencySchema = z
  .object({
    ...ruleWithPatterns,
    label: z.string().min(3),
    /** Peer work no other job does (sharing one's own story, mutual support): an invitation to people with lived experience makes a job a peer job only beside it. */
    definesPeerWork: z.boolean().optional(),
    /** `unless`: words that, overlapping a match, make it other work ("role model positive behavior" is behavior management). */
    guards: guardsSchema.optional(),
    examples: examplesSchema,
  })
  .strict();

export const barrierSchema = z
  .object({
    ...ruleWithPatterns,
    ...flaggedRule,
  })
  .strict();

/** A rule whose logic lives in code (e.g. "lived experience absent"); its words live here. */
export const ruleTextSchema = z
  .object({
    id,
    severity: severitySchema,
    /**
     * Points this finding takes from its family's sub-score, when its severity's default does
     * not fit: the lived-experience states must stay ordered (absent costs more than any
     * combination of findings a mention can bring), or fixing one would lower the score.
     */
    weight: z.number().min(0).max(100).optional(),
    message: z.string().min(10).max(300),
    suggestions: plainSuggestions,
    sources: sourceList,
  })
  .strict();

export const peerTitleSchema = z
  .object({
    ...ruleWithPatterns,
    /** null: the category is decided by the posting's cues (e.g. "peer support specialist"). */
    category: categorySchema.nullable(),
    /** The category such a title usually has (a recovery coach: substance-use recovery); the population the text names can overrule it. */
    prior: categorySchema.optional(),
    /**
     * A word that names peer work but no job by itself ("peer" in "Willow House Peer Respite"): a
     * title with only this counts as a role named in the body, which needs more marks of a job offer.
     */
    weak: z.boolean().optional(),
    /**
     * A title other fields use too (Head Start's "Family Advocate", a college's "Peer Mentor"): it
     * heads a peer job only when the text names lived experience, peer support or a behavioral
     * health condition.
     */
    sharedWithOtherFields: z.boolean().optional(),
    guards: guardsSchema.default({ ...NO_GUARDS, notNegated: false }),
    examples: examplesSchema,
  })
  .strict();

export const rolesFileSchema = z
  .object({
    ...fileComment,
    peerTitles: z.array(peerTitleSchema).min(1),
    /** Words in a summary or body that point to a category when the title does not. */
    categoryCues: z
      .array(
        z
          .object({
            ...ruleWithPatterns,
            category: categorySchema,
            /** How much one occurrence counts (who the role serves outranks a condition named). */
            weight: z.number().min(0).max(10).default(1),
            /**
             * People served by who they are (veterans, people coming home from prison): counts
             * only in a sentence that names no condition ("veterans living with serious mental
             * illness" are served for their mental health).
             */
            yieldsToCondition: z.boolean().optional(),
            /** Adults by their age (young adults): under a family or caregiver title their relatives are a family member peer's, not a parent's of a child. */
            adultsToAFamilyTitle: z.boolean().optional(),
            /** Where the words name something else than the people served (services one refers people to). */
            guards: guardsSchema.optional(),
          })
          .strict(),
      )
      .min(1),
    nonPeerTitles: z.array(z.object({ ...ruleWithPatterns, examples: examplesSchema }).strict()).min(1),
    /** Summary phrases that mark a peer role even when the title is unusual. */
    peerSummaryCues: sourcedPatterns,
    conditionWords: sourcedPatterns.optional(),
    /** Headings of a summary section, where a named role counts as the job's ("Position Summary"). */
    summaryHeadings: sourcedPatterns,
    /**
     * Words that end a job's title ("Staff Accountant", "Housing Specialist"): a title that ends
     * with one and names no known role names another job.
     */
    jobTitleHeads: sourcedPatterns,
    /** Words of rank after a title's head that do not change the job ("Specialist II"). */
    jobTitleLevels: sourcedPatterns,
    /** Words after a title's head that start its complement ("Director of Operations"). */
    jobTitleComplements: sourcedPatterns,
    /** Words before a job's name at the start of a sentence ("The", "As a"). */
    subjectLeads: sourcedPatterns,
    /** A division named after a job's name in a title ("Billing Specialist – Peer Services"): not the job. */
    peerDivisions: sourcedPatterns,
    /** Nouns that make a word for the people served a modifier of records ("patient files"). */
    recordsOfThePeople: sourcedPatterns,
    /** Behavioral health settings where a job with a shared title is done; `names` only on the title and the employer's line; none counts beside `notWithTitleWords` in the title. */
    behavioralHealthSettings: z
      .object({
        ...fileComment,
        patterns: patternList,
        names: patternList,
        notWithTitleWords: patternList,
        sources: sourceList,
        examples: examplesSchema,
      })
      .strict(),
    /** Sentences that say the job itself is a peer role ("As a peer, you ...", "This is a peer position"). */
    jobIsPeerCues: sourcedPatterns,
    /** The job's part says the agency grows its peer team or asks the reader to join it. */
    growsPeerTeamCues: sourcedPatterns,
    /** Sentences that say the job is not a peer role ("This is not a peer position"): a preference for lived experience then opens it to people in recovery, no more. */
    jobIsNotPeerCues: sourcedPatterns.default({ patterns: [], sources: [] }),
    /** A sentence listing the team with the job among them ("... a nurse, a housing worker and this role"): the other jobs are colleagues. */
    teamListCues: sourcedPatterns.default({ patterns: [], sources: [] }),
    /** A verb of leading in an offer to hire before peer staff in the plural ("... to oversee our five peer specialists"): the staff the job leads. */
    offerLeadsCues: sourcedPatterns.default({ patterns: [], sources: [] }),
    /** A word just before a peer title that makes it the colleagues the job works with ("coordinate with our peer recovery coaches"). */
    colleagueCues: sourcedPatterns.default({ patterns: [], sources: [] }),
    /** A peer credential ("Certified Peer Recovery Specialist (CPRS) required"): asked of the applicant, it makes the job a peer role. */
    peerCredentialCues: sourcedPatterns,
    /** Words that make a credential the job's subject, not the applicant's ("knowledge of the peer certification process"). */
    peerCredentialNotAsked: sourcedPatterns,
    /** Another credential offered right after a peer credential ("... or addiction counseling credential"): the peer one is then one way in. */
    peerCredentialAlternatives: sourcedPatterns.default({ patterns: [], sources: [] }),
    /**
     * A title's first words that name a job by the people it stands beside ("Family Navigator",
     * "Youth Liaison"), by category: such a job no list knows is a peer job where the text names
     * lived experience of one of `types`.
     */
    peopleBesideTitles: z
      .object({
        ...fileComment,
        sources: sourceList,
        titles: z.array(z.object({ category: categorySchema, patterns: patternList, types: z.array(categorySchema).min(1) }).strict()),
      })
      .strict()
      .default({ sources: [], titles: [] }),
    /**
     * Heads of a managing or clinical job's name ("Recovery Housing Manager"): a preference for lived
     * experience does not make one a peer job; a requirement or a peer-position statement does.
     */
    leadingOrClinicalHeads: sourcedPatterns,
    /**
     * Families named beside the people served ("consumers ... and their family members"):
     * `patterns` the families, `people` the nouns for the people served that they follow.
     */
    servedWithFamilies: z.object({ ...ruleWithPatterns, people: patternList, examples: examplesSchema }).strict(),
    /**
     * Where a posting speaks of the employee, not the people served: `patterns` mark such a
     * sentence ("protected veteran status"), `headings` such a section ("Benefits").
     */
    employeeSections: z.object({ ...ruleWithPatterns, headings: patternList, examples: examplesSchema }).strict(),
    /**
     * Words that mark another field's job under a peer title ("Recovery Coach" at a stretching
     * studio for athletes): with one of them in the text, the listed titles head a peer job only
     * where the text names peer work, as a title shared with other fields does.
     */
    otherFieldTexts: z.array(z.object({ ...ruleWithPatterns, titles: z.array(id).min(1), examples: examplesSchema }).strict()).default([]),
  })
  .strict();

/** A mark of one kind of document (a job offer's pay, a question an explainer answers). */
const documentMarkSchema = z
  .object({
    ...ruleWithPatterns,
    /** Marks count once per kind. */
    kind: id,
    /** Words for people: "pay", "how to apply". */
    label: z.string().min(3),
    /**
     * heading: only in the title, heading lines, inline labels and short question lines; amount:
     * anywhere, when its first word is a sum of money (a number written after a currency sign).
     */
    where: z.enum(['text', 'heading', 'amount']),
    /** Also found in documents about peer work (how to apply, requirements): see document-kind.json. */
    alsoInDocuments: z.boolean().optional(),
    /** How many marks this one counts as (a call for proposals is never a job offer). */
    weight: z.number().int().min(1).max(5).optional(),
    /** How many marks it counts as when found in three sentences or more (a news story quotes people again and again). */
    repeatedWeight: z.number().int().min(1).max(5).optional(),
    /** Not on a line that asks a question ("Looking for a recovery coach?" offers one, it hires none). */
    notInQuestions: z.boolean().optional(),
    /** Only where it ends its heading or label ("You will:", not "What you will learn"). */
    endsTheLabel: z.boolean().optional(),
    examples: examplesSchema,
  })
  .strict();

export const documentKindFileSchema = z
  .object({
    ...fileComment,
    /** Marks of a job offer. */
    postingMarks: z.array(documentMarkSchema).min(5),
    /** Marks of a text that explains, reports, advises or certifies. */
    aboutMarks: z.array(documentMarkSchema).min(1),
    /** Words in a title that name a document about peer work, not a job ("Training Agenda", "What Is a Recovery Coach?"). */
    titleCues: z.array(patternSchema).min(5),
    /** Words that name a page of an organization's site after its name on the title line ("Harbor House - About Us"). */
    pageNameCues: z
      .object({
        ...fileComment,
        patterns: patternList,
        notAfter: wordList.default([]),
        /** A whole part of a title line set apart by " | " that names a part of the site ("Family Peer Support | Programs | ..."). */
        sections: z.array(z.string().min(1)).default([]),
        sources: sourceList,
        examples: examplesSchema,
      })
      .strict()
      .default({ patterns: [], notAfter: [], sections: [], sources: [], examples: { positive: [], traps: [] } }),
    /** Labels that, as the whole label, head a list of the jobs a page offers ("Hiring:", "Openings:"). */
    jobListLabels: sourcedPatterns,
    /** Words on a short line that make a sum of money something other than pay ("Cost: $450", "a $2 million grant"). */
    moneyNotPay: sourcedPatterns,
    /** Words that make the role a page offers a volunteer one: with an offer and a way in, a "Become a ..." title heads that role. */
    volunteerOffers: sourcedPatterns,
    /** Words that send the reader elsewhere for a job ("See our careers page"): a page's closing offer with them, and no job's details, offers no job here. */
    offersElsewhere: z.object({ ...fileComment, patterns: patternList, sources: sourceList, examples: examplesSchema }).strict(),
    /** Last words of a title that make it name a place or a program, not a job, beside context.json programWords ("Youth Peer Drop-In Center"). */
    programTitleEnds: z
      .object({ ...fileComment, words: wordList, sources: sourceList })
      .strict()
      .optional(),
    /** Words in a closing offer that say the job's full posting is elsewhere ("See the Careers page for the full posting"). */
    fullPostingElsewhere: z
      .object({ ...fileComment, patterns: patternList, sources: sourceList, examples: examplesSchema })
      .strict()
      .default({ patterns: [], sources: [], examples: { positive: [], traps: [] } }),
    decision: z
      .object({
        /** Posting marks needed when the title names a role. */
        titleRoleMinMarks: z.number().int().min(0),
        /** Posting marks needed when only the opening sentences name the role. */
        bodyRoleMinMarks: z.number().int().min(0),
        /** Posting marks that make a job offer even when no role is recognized. */
        anyRoleMinMarks: z.number().int().min(1),
        /**
         * Marks only job offers have (pay, hours ...) that, beside an offer to hire and no mark of
         * a document, make a page whose title names a document a job offer ("Become a Parent
         * Partner at ..." on a provider's page that hires for the role).
         */
        offerOverTitleCueMarks: z.number().int().min(1),
        /**
         * Where a page's closing part starts, as a share of its words: an offer to hire past it
         * that points elsewhere ("We're hiring! See our careers page.") closes a page about the
         * work (offersElsewhere).
         */
        closingPartFrom: z.number().gt(0).lt(1),
      })
      .strict(),
  })
  .strict();

/** A class of actions or of objects of the duty reading: a name and the words that say it. */
const readingClassSchema = z
  .object({
    id,
    patterns: patternList,
    /** The class that names the people a job serves (read beyond the duty reading: a job that serves no one is no peer job). */
    peopleServed: z.boolean().optional(),
    /** The class that names the courts, probation and others people are reported to: someone a job "reports to" there is no supervisor of it. */
    authorities: z.boolean().optional(),
    /** The duty an item of a list names when it is this object alone ("groups, one-on-ones, UAs"). */
    alone: id.optional(),
    /** The duty this object names whatever verb of the job acts on it: a thing only control or clinical care handles ("privileges are decided", "sets consequences"). */
    governs: id.optional(),
  })
  .strict();

/** A class of actions: its verbs, and the nouns of the action that follow their object ("urine collection"). */
const actionClassSchema = readingClassSchema.extend({
  /** Nouns of the action read after their object, as a bullet names a duty ("breathalyzer administration", "house rule enforcement"). */
  nouns: patternList.optional(),
});

/**
 * The duty reading (duties.json `reading`): which class of action on which class of object, in
 * one clause, is which duty. Read by src/core/rules/duty-reading.ts.
 */
export const dutyReadingSchema = z
  .object({
    ...fileComment,
    /** How many words after the action its object may start. */
    window: z.number().int().min(2).max(20),
    actions: z.array(actionClassSchema).min(1),
    objects: z.array(readingClassSchema).min(1),
    pairs: z
      .array(
        z
          .object({
            id,
            /** The id of the entry in `duties` whose message, reason and sources a match reports. */
            duty: id,
            actions: z.array(id).min(1),
            objects: z.array(id).min(1),
            /** "object": the verb's own object; "clause": anywhere up to the clause's end. */
            reach: z.enum(['object', 'clause']),
            /** At most this many words from the action to its object, when fewer than `window` ("responsible for the med cart"). */
            window: z.number().int().min(0).max(20).optional(),
            /** A word the clause must also hold ("keep the kitchen tidy"). */
            requires: z.array(patternSchema).optional(),
            /** Words in the clause that silence this pair. */
            unless: z.array(patternSchema).optional(),
            sources: sourceList,
            examples: examplesSchema,
          })
          .strict(),
      )
      .min(1),
    /** Words just before the action that make the person served its doer ("help residents keep ..."). */
    byThePerson: patternList,
    /** Words right before the action that make the job a helper in doing it, not the person served its doer ("help cook breakfast"). */
    helpsDoing: patternList.optional(),
    /** Staff other than the peer: as the subject or the agent ("by nursing staff") they do the action. */
    byOthers: patternList,
    /** A passive verb and its "by" before staff of `byOthers` ("... are handled by nurses"): the duties named before it in its sentence are theirs. */
    passiveForOthers: patternList.default([]),
    /** The person's request, choice or own goals named in the sentence. */
    unlessInSentence: patternList,
    /** Staff named right after a request in unlessInSentence ("when asked by the program director"): the request is theirs, not the person's. */
    askedByStaff: patternList.optional(),
    /** Objects that only look like one ("needs assessment", "peer contacts"). */
    notObjects: patternList,
    /** Words in a sentence that make an object named alone something asked of the applicant ("must pass UAs"). */
    aloneUnless: patternList.optional(),
    /** Words in the clause that make an object of `governs` the topic of support, not the job's act ("understand the consequences"). */
    notGoverning: patternList.optional(),
    /** Words before a noun of action that make it what an applicant knows, not what the job does ("experience with medication administration"). */
    knownNotDone: patternList.optional(),
    /** Phrases in which an action's word is a noun ("opioid use disorder", "drug use"): no action there. */
    notActions: patternList.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const actions = new Set(r.actions.map((a) => a.id));
    const objects = new Set(r.objects.map((o) => o.id));
    r.pairs.forEach((p, i) => {
      for (const a of p.actions)
        if (!actions.has(a)) ctx.addIssue({ code: 'custom', path: ['pairs', i, 'actions'], message: `no action class "${a}"` });
      for (const o of p.objects)
        if (!objects.has(o)) ctx.addIssue({ code: 'custom', path: ['pairs', i, 'objects'], message: `no object class "${o}"` });
    });
  });

export const dutiesFileSchema = z
  .object({
    ...fileComment,
    duties: z.array(dutyEntrySchema).min(1),
    competencies: z.array(competencySchema).min(1),
    barriers: z.array(barrierSchema).min(1),
    /** Organizational signals (reporting line, pay, supervision, more than one peer). */
    signals: z
      .array(
        z
          .object({
            ...ruleWithPatterns,
            kind: z.enum(['reporting-line', 'pay', 'peer-supervision', 'clinical-supervision', 'peer-team', 'career-ladder']),
            /** "Salary: commensurate with experience" states no pay (a sum beside it still does). */
            guards: guardsSchema.default({ ...NO_GUARDS, notNegated: false }),
            /** A credential that describes the supervisor only in the supervisor's own words: at
             * most `within` words after a reporting cue of the same sentence ("supervised by the
             * Team Leader, a licensed clinical social worker"), with none of `breaks` between
             * ("supervised by the Program Manager and works with an LCSW"). */
            namesTheSupervisor: z
              .object({ within: z.number().int().min(1).max(12), breaks: patternList })
              .strict()
              .optional(),
          })
          .strict(),
      )
      .min(1),
    /** Words just before a peer title that say there is more than one peer ("four other recovery
     * coaches", "another peer specialist"): the posting names a peer team without saying "team". */
    peerTeamCues: z
      .object({
        ...fileComment,
        /** Before a plural title: "other", "our", "#num", "a team of". */
        beforePlural: patternList,
        /** Before a title in the singular: "another", "one other". */
        beforeSingular: patternList,
        sources: sourceList,
        examples: examplesSchema,
      })
      .strict(),
    /** Peer work named by a verb and what it acts on rather than by a set phrase: a linking verb
     * and a resource ("linking tenants with community groups"), a sharing verb and one's own story
     * ("sharing insights from your own recovery"). Read in the job's own sentences. */
    competencyReading: z
      .object({
        ...fileComment,
        shapes: z
          .array(
            z
              .object({
                id,
                /** The competency entry the shape names. */
                competency: z.string().regex(/^competency-/),
                verbs: patternList,
                objects: patternList,
                /** What only looks like an object ("the care team", "group notes"). */
                notObjects: z.array(patternSchema).default([]),
                /** Words from the verb's end to the object's start at most. */
                window: z.number().int().min(0).max(10),
                sources: sourceList,
                examples: examplesSchema,
              })
              .strict(),
          )
          .min(1),
      })
      .strict()
      .optional(),
    /** A label opening a line that names a pay grade or band, read as stated pay when its value
     * holds a number ("Grade: 22, Step 1-5", "Band: 6"). */
    payGradeLabels: z
      .object({ ...fileComment, patterns: patternList, sources: sourceList, examples: examplesSchema })
      .strict()
      .optional(),
    /** A label opening a line that says who the peer reports to, whatever its value ("Responsible to: ..."). */
    reportingLabels: z.object({ ...fileComment, patterns: patternList, sources: sourceList, examples: examplesSchema }).strict(),
    /** Units of time after a number and a slash ("22.50/hr", "45,000/year"): the number states pay. */
    payUnitsOfTime: z
      .object({ ...fileComment, words: wordList.min(1), sources: sourceList })
      .strict()
      .optional(),
    /** What elsewhere in the posting makes a barrier none: driving that is part of the job (a
     * driver's license), a substitution for education (a degree). */
    barrierWaivers: z
      .object({
        ...fileComment,
        /** Per barrier id, the words that waive it. */
        byBarrier: z.record(z.string().regex(/^barrier-/), patternList),
        /** Per barrier id, words on the barrier's own line that keep it although a waiver is
         * found elsewhere: the licence's line says someone else does the driving. */
        keptBy: z.record(z.string().regex(/^barrier-/), patternList).default({}),
        sources: sourceList,
        examples: examplesSchema,
      })
      .strict(),
    /** Where the agency describes itself (mission, services), not the job: duties are not read there. */
    agencySections: z
      .object({
        headings: patternList,
        /** Headings that name the job although they match an agency heading ("About the role"). */
        jobHeadings: z.array(patternSchema).default([]),
        sentenceStarts: patternList,
        /** Verbs that, right after the employer's name opening a sentence, make it the agency describing itself ("Pinecrest provides ..."). */
        nameStartVerbs: z.array(patternSchema).default([]),
        /** After the employer's name opening a sentence, what it is ('Pinecrest is a community health center providing ...'): not the duties, though who it serves may name the job's category. */
        nameStartDescriptions: z.array(patternSchema).default([]),
        /** A sentence that says how to apply ("Pick up your application from reception"): no duty of the job. */
        applySentenceCues: z.array(patternSchema).default([]),
        /** Numbered labels that open one of several positions on a page ("Position 2:"): see rules/other-positions.ts. */
        positionLabels: z.array(patternSchema).default([]),
        /** Headings over the questions an application asks ("Supplemental Questionnaire"): what they ask of the applicant is no duty. */
        questionHeadings: z.array(patternSchema).default([]),
      })
      .strict(),
    rules: z.array(ruleTextSchema).min(1),
    reading: dutyReadingSchema,
  })
  .strict()
  .superRefine((f, ctx) => {
    const duties = new Set(f.duties.map((d) => d.id));
    f.reading.pairs.forEach((p, i) => {
      if (!duties.has(p.duty)) ctx.addIssue({ code: 'custom', path: ['reading', 'pairs', i, 'duty'], message: `no duty "${p.duty}"` });
    });
    f.duties.forEach((d, i) => {
      if (d.includesJoined !== undefined && !duties.has(d.includesJoined))
        ctx.addIssue({ code: 'custom', path: ['duties', i, 'includesJoined'], message: `no duty "${d.includesJoined}"` });
    });
    const competencies = new Set(f.competencies.map((c) => c.id));
    f.competencyReading?.shapes.forEach((s, i) => {
      if (!competencies.has(s.competency))
        ctx.addIssue({
          code: 'custom',
          path: ['competencyReading', 'shapes', i, 'competency'],
          message: `no competency "${s.competency}"`,
        });
    });
  });

export const prohibitedInquirySchema = z
  .object({
    ...ruleWithPatterns,
    kind: z.enum(['diagnosis', 'severity', 'hospitalization', 'treatment', 'medical-leave', 'clinician-letter']),
    ...flaggedRule,
  })
  .strict();

export const livedExperienceFileSchema = z
  .object({
    ...fileComment,
    /** Phrases that mean "lived experience" of some kind. */
    mentionCues: patternList,
    /** In the same sentence as a mention: how strong the requirement is. */
    requiredCues: patternList,
    preferredCues: patternList,
    /**
     * Phrases that name the applicant's own experience only on a requirements line (under a
     * qualifications heading or label): "Person in recovery from ...", "18 months of sobriety",
     * "Former recipient of public mental health services". Elsewhere they name the people served.
     */
    requirementLineCues: patternList,
    /**
     * A time in recovery asked as a label and its value ("Sobriety: 2 years", "Time in recovery:
     * 1 year minimum"): the label's whole words, and how its value opens (a length of time).
     */
    recoveryTimeLabels: patternList.default([]),
    recoveryTimeValues: patternList.default([]),
    /** The kind of experience such a label asks for when its words name none ("Recovery: 18 months"). */
    recoveryTimeType: categorySchema.default('substance-use-recovery'),
    /**
     * Categories whose own name makes a bare "recovery" plain: in a substance-use recovery job,
     * "Personal recovery experience preferred" names recovery from substance use.
     */
    bareRecoveryCategories: z.array(categorySchema).default([]),
    /** A whole short question to the reader without its "Are you" ('In recovery?'): a mention. */
    ellipticalQuestions: patternList.default([]),
    /** On a screening question's line after it, an answer the applicant may give instead ("Yes / No / Prefer not to answer"): the question asks for nothing. */
    optionalAnswerCues: patternList.default([]),
    /** Before such a phrase on its line, the people served ("Who: adults in recovery from ..."): the line names them, not the applicant. */
    servedBeforeRequirementLine: patternList,
    /** Earlier in the sentence, these make such a phrase someone else's experience ("knowledge of", "experience working with"). */
    notOwnExperienceCues: patternList,
    /** Right after such a phrase, these make it someone else's experience ("lived experience of our clients"). */
    othersAfterMentionCues: patternList,
    /** Right after such a phrase, these make it work experience ("experience with drug use treatment", "experience of homelessness services"). */
    workAfterMentionCues: patternList.default([]),
    /** Words right after a length of time in "recovery" that make it a field of work ("2 years recovery coaching experience"). */
    recoveryWorkWords: wordList.default([]),
    /** Right before a mention that opens with a bare "experience", these make it work experience ("two years of experience with addiction"). */
    workBeforeExperienceCues: patternList.default([]),
    /** Openings of a sentence about the agency's own staff ("Many of our coaches", "Our peer team"): it describes the team. */
    staffSubjectCues: patternList.default([]),
    /**
     * Words that say what the agency's team is made of ("Our team is made up of nurses and
     * people in recovery", "staffed by"): a phrase for people with lived experience in that list
     * names colleagues, a mention that asks nothing of the applicant.
     */
    staffMadeOfCues: patternList.default([]),
    /**
     * A subject of people other than the applicant with its verb ("council members must", "residents
     * should"): a mention after it in its clause is asked of them, not of the applicant.
     */
    othersSubjectCues: patternList.default([]),
    /**
     * Words that end a list of what the team is made of (staffMadeOfCues): what follows says what
     * its members do or whom they serve ("made up of nurses who care for people in recovery").
     */
    colleagueListBreaks: wordList.default([]),
    /**
     * Words for a kind of work experience or of degree. Right before the "or" that opens a
     * substitute cue they join two kinds into one requirement ("six months of paid or volunteer
     * experience", "a bachelor's or master's degree"): no other way in to the lived experience.
     */
    experienceKindWords: wordList.default([]),
    /** After a comma, words that open a clause of its own, where an opening about the staff describes the team. */
    staffClauseJoiners: wordList.default([]),
    /**
     * A person specification's column letters, one capital at the end of a line: "(E)", "[E]" or
     * "E" after a tab or a wide gap marks the line essential, "D" desirable. Read only where two or
     * more lines of the text end in such a mark.
     */
    requiredLineEndMarks: wordList.default([]),
    preferredLineEndMarks: wordList.default([]),
    /**
     * Openings of a clause after a semicolon or a dash on the mention's line that speak of the
     * same item ("...; it's a plus but not a must", "...; if you are too, we'd love to hear from
     * you"): its preference or denial is the mention's when the mention's own clause has none.
     */
    itemFollowUpOpenings: patternList.default([]),
    /** Openings of a sentence that says the one before holds for its item too ("So is ...", "The same goes for ..."). */
    sameAsBeforeOpenings: patternList.default([]),
    /** Words for the applicant ("you", "candidates", "someone"): a sentence about the staff that has one asks of the applicant. */
    applicantCues: patternList.default([]),
    /** In the same sentence: another kind of experience can replace lived experience, or it is said not to be required. */
    substituteCues: patternList,
    /** Right before a mention: it is what another experience replaces ('may substitute for lived experience'). */
    substituteForCues: patternList.default([]),
    /** After a mention in capitals, these make it part of a name ("the Lived Experience Advisory Council"). */
    namedBodyWords: patternList.default([]),
    /** Under a heading, from a sentence with one of these on, each way in is one of several ('Any combination of education and experience ... is qualifying'). */
    sectionSubstituteCues: patternList.default([]),
    /** With a preferred cue, these make a sentence an invitation to apply ("We encourage people in recovery to apply"). */
    applyInvitationCues: patternList.default([]),
    /** The opening of the sentence after a question that mentions it ('Join us!', 'Apply today'): the question invites the people it asks about. */
    questionInvitationOpenings: patternList.default([]),
    /** Anywhere in the sentence after a question that mentions it ('This could be the job for you'): the question invites the reader. */
    readerInvitationCues: patternList.default([]),
    /** 'your own' and a word for what one lives through, with a kind of experience (typeCues) between: the applicant's own ('your own mental health journey'). */
    ownStoryCues: patternList.default([]),
    laterItemPreferredCues: patternList.default([]),
    /** A heading that says what the employer does not ask ("What we don't need to know"): nothing under it is an inquiry. */
    notAskedHeadings: patternList.default([]),
    /** A preferred cue's word that only describes the noun after it ('speak of it in a helpful way', 'your preferred name'): no preference. */
    describingPreferredCues: patternList.default([]),
    /** In the same sentence: it is said not to be required; a preferred cue there still makes it preferred. */
    notRequiredCues: patternList,
    /** A condition on the applicant's own status before the mention in its clause, or right after its required cue ('if in recovery, ...', '... required for those in recovery'): asked of some applicants, not all. */
    applicantConditionCues: patternList.default([]),
    /** A condition of applicability ('where applicable'): read as applicantConditionCues are, except that it names no experience of the applicant's, so it never reaches a demand made earlier in its clause. */
    applicabilityConditionCues: patternList.default([]),
    /** The whole value of a label that names a mention, saying it is not asked ('Lived experience required: No'). */
    deniedValues: patternList.default([]),
    /** The whole value of a label that names a mention, saying it is asked ('Lived experience: Yes'). */
    affirmedValues: patternList.default([]),
    /** Words for whoever holds the job, opening a sentence that says who that is ('Incumbents in this class are persons who ...'). */
    holderSubjectCues: patternList.default([]),
    /** In the sentence that decides the status: it says lived experience is all the job asks ('The only requirement is ...'): the only qualification, whatever else its section says. */
    soleRequirementCues: patternList.default([]),
    /** Words that accept the applicant's own experience or a family member's alike ("personal or family experience"): the kind is blurred. */
    ownOrFamilyCues: patternList.default([]),
    /** Section headings that make everything under them required or preferred. */
    requiredHeadings: patternList,
    /** Headings and labels that stand for the qualifications only as the whole heading ("Who:", "Is this you?"). */
    wholeRequiredHeadings: patternList,
    preferredHeadings: patternList,
    /** Headings of a job board's list of other postings ("Similar jobs"): what they carry is not this job's. */
    otherPostingsHeadings: patternList,
    /** Type cues inside a lived-experience sentence: what kind of experience is asked for. */
    typeCues: z.array(z.object({ category: categorySchema, patterns: patternList }).strict()).min(1),
    /** How far around a mention its type is read, in words, and the words that end the reach ("who", "to support"). */
    typeWindow: z.object({ before: z.number().int().min(0), after: z.number().int().min(1), breaks: z.array(patternSchema) }).strict(),
    /** Which kinds of lived experience fit each category; a category not listed accepts any. */
    compatibleTypes: z.array(z.object({ category: categorySchema, accepts: z.array(categorySchema).min(1) }).strict()),
    shareCues: patternList,
    /** With a story-sharing mention: the job welcomes doing it ("sharing your story is encouraged"), it does not prefer having it. */
    encouragedActCues: patternList,
    prohibitedInquiries: z.array(prohibitedInquirySchema).min(1),
    /** Rewrite templates: the requirement sentence to offer per category. */
    requirementSentences: z
      .array(z.object({ category: categorySchema, sentence: z.string().min(20), sources: sourceList }).strict())
      .min(6),
    rules: z.array(ruleTextSchema).min(1),
  })
  .strict();

/** When a question for the employer is asked: what the posting says or leaves out. */
export const questionTriggerSchema = z.enum([
  'conflicting-duties',
  'no-peer-supervision',
  'history-asked',
  'lived-experience-unclear',
  'no-pay',
  'single-peer',
  'no-career-ladder',
  'peer-posting',
]);

/** What PeerLens tells a job seeker: reasons, questions to ask, qualifications to check. */
export const jobSeekerFileSchema = z
  .object({
    ...fileComment,
    /** The kind of lived experience in words, per category ("of recovery from substance use"). */
    experienceWords: z.partialRecord(categorySchema, z.string().min(5)),
    /** Words that make driving part of the job: without them a driver's license is a barrier. */
    drivingDuties: sourcedPatterns,
    /** Sentences of a verdict's reasons; "{items}" is filled with the posting's own words. */
    reasons: z.array(z.object({ id, text: z.string().min(10).max(240), sources: sourceList }).strict()).min(1),
    questions: z
      .array(
        z
          .object({
            id,
            when: questionTriggerSchema,
            text: z.string().min(10).max(240),
            why: z.string().min(10).max(300),
            sources: sourceList,
          })
          .strict(),
      )
      .min(1),
    qualifications: z
      .array(
        z
          .object({
            ...ruleWithPatterns,
            /** Words for people: "Background check". */
            item: z.string().min(3),
            /** Barrier findings (duties.json barriers) that make this item a barrier. */
            barrierRules: z.array(id),
            /** Listed only when asked for (required or preferred): a mere mention names the people served ("youth ages 12 to 17"). */
            onlyWhenAsked: z.boolean().optional(),
            guards: dutyGuards,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const sourcesFileSchema = z
  .object({
    ...fileComment,
    sources: z
      .array(
        z
          .object({
            id: z.string().min(1),
            kind: z.enum(['seed', 'guide']),
            /** Our text copy of the document, for building its section map; readers never see it. */
            file: z.string().optional(),
            author: z.string().min(2).optional(),
            publisher: z.string().min(2).optional(),
            title: z.string().min(3),
            year: z.number().int().min(1900).max(2100).optional(),
            url: z.string().url().optional(),
            /** Whether, and how, a citation of our copy can name the printed page; why not, when it cannot. */
            pages: z.string().min(20).optional(),
          })
          .strict()
          .refine((s) => s.author !== undefined || s.publisher !== undefined, {
            message: 'every source names its author or its publisher',
          })
          .refine((s) => s.kind !== 'seed' || s.pages !== undefined, {
            message: 'every document we hold a copy of says whether its citations can name a printed page',
          }),
      )
      .min(1),
  })
  .strict();

/** Proper names and other spans never to flag inside (organization names, programs). */
export const contextFileSchema = z
  .object({
    ...fileComment,
    properNames: patternList,
    /** Words after which a term is being discussed, not used ("avoid", "instead of"). */
    metaCues: patternList,
    /** With a year on the same line, words that make the line a bibliographic reference ("Press", "et al"). */
    citationCues: patternList,
    /** Words that negate a duty in the same clause ("not", "never", "will not be asked to"). */
    negationCues: patternList,
    /** Phrases that hold a negation word but negate nothing after them ("including but not limited to"). */
    negationLookalikes: z.array(patternSchema).default([]),
    /** Verbs that put a label on someone ("call", "refer to ... as"): negated, the label is rejected, not used. */
    namingVerbs: z.array(patternSchema).default([]),
    /** Verbs that, right before a naming verb, reject the label ("stop calling people junkies"). */
    stoppedNaming: z.array(patternSchema).default([]),
    /** Nouns right after a word that name it as a label ("a drug-seeking label"): it is discussed, not used. */
    labelNouns: z.array(patternSchema).default([]),
    /** A table's heading over the words to avoid ("Instead of", "Avoid"): a word in a cell under it is listed, not used. */
    avoidColumnHeadings: z.array(patternSchema).default([]),
    /** A table's heading over the words to use ("Say", "Preferred"): with an avoid heading beside it, one heading
     * a line, it marks a table pasted one cell a line ("Instead of", "Say", "addict", "person with ..."). */
    useColumnHeadings: z.array(patternSchema).default([]),
    /** Words for a work whose title may follow ("her memoir, Diary of a Former Junkie"): the title is a name. */
    workTitleCues: z.array(patternSchema).default([]),
    /** Nouns that name people, for the personSubject guard. */
    personNouns: z.array(z.string().min(1)).min(1),
    /** Nouns a capitalized name is put before ("the Crazy Wisdom writing workshop"): the name is a program's, a group's or an event's. */
    namedThings: wordList.default([]),
    /** Verbs in the singular right after a capitalized two-word run ("Addicts Victorious meets ..."): the run is one group's name. */
    groupNameVerbs: wordList.default([]),
    /** Words ending in -ly that describe a noun ("elderly parents"): not adverbs set aside in the lived-experience phrases. */
    lyAdjectives: wordList.default([]),
    /** Words that make a capitalized run of three or more words an organization's name ("Office of ... Services"). */
    organizationWords: wordList.default([]),
    /** The last word of a place's, a business's or an event's name, a name inside a sentence ("Crazy Mountain Brewery"). */
    placeWords: wordList.default([]),
    /** Lower-case words a capitalized name carries on across ("Institute on Drug Abuse"). */
    nameConnectors: wordList.default([]),
    /** Words a name writes in lower case: capitalized, they mark a title-case headline ("Addicts Find Hope At ..."). */
    headlineWords: wordList.default([]),
    /** The last word of an old institution's name ("the Eastbrook Insane Asylum"). */
    institutionWords: wordList.default([]),
    /** The last word of a law's name ("... Workforce Act"): a run in capitals that ends with one is that law's name. */
    lawWords: wordList.default([]),
    /** Words for what a program delivers: "Program for ... Adults" names whom it serves, a heading. */
    programWords: wordList.default([]),
    /** Lower-case words before a capitalized run that names the noun after it ("the Crazy Wisdom workshop"). */
    nameDeterminers: wordList.default([]),
    /** Nouns that, after "is a", call the capitalized run before an organization ("... is a nonprofit coalition"). */
    calledWords: wordList.default([]),
    /** Past forms without -ed that take an object ("been through"): a verb a comma clause is read across. */
    pastFormsWithoutEd: wordList.default([]),
    /** A preposition ending a verb's clause before the object ("recovered from, ..."). */
    prepositionsAfterVerb: wordList.default([]),
    /** A chart's words for a person, matched as written ("Pt", "pt": "PT" is part-time or physical therapy). */
    personAbbreviations: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** A phrase the engine can find in a text; refused with the reason when it could not (no letters, only "'s"). */
const findablePhraseSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .superRefine((phrase, ctx) => {
    const problem = customTermProblem(phrase);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** An organization's own term, from the options page or a CLI file. */
export const customTermSchema = z
  .object({
    term: findablePhraseSchema,
    /** Empty: the term is flagged with its note and no wording to apply. */
    suggestion: z.string().trim().max(160).default(''),
    severity: severitySchema.default('warning'),
    note: z.string().max(240).default(''),
  })
  .strict();

/** A phrase an organization allows: held to the same "can it be found" check as a term. */
export const allowedPhraseSchema = findablePhraseSchema;

export type Severity = z.infer<typeof severitySchema>;
export type LanguageEntry = z.infer<typeof languageEntrySchema>;
export type Guards = z.infer<typeof guardsSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
export type DutyEntry = z.infer<typeof dutyEntrySchema>;
export type Competency = z.infer<typeof competencySchema>;
export type Barrier = z.infer<typeof barrierSchema>;
export type RuleText = z.infer<typeof ruleTextSchema>;
export type RolesFile = z.infer<typeof rolesFileSchema>;
export type DocumentKindFile = z.infer<typeof documentKindFileSchema>;
export type DocumentMark = z.infer<typeof documentMarkSchema>;
export type DutiesFile = z.infer<typeof dutiesFileSchema>;
export type LivedExperienceFile = z.infer<typeof livedExperienceFileSchema>;
export type JobSeekerFile = z.infer<typeof jobSeekerFileSchema>;
export type QuestionTrigger = z.infer<typeof questionTriggerSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
export type ContextFile = z.infer<typeof contextFileSchema>;
export type ProhibitedInquiry = z.infer<typeof prohibitedInquirySchema>;
export type CustomTerm = z.infer<typeof customTermSchema>;
