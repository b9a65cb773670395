// Validates raw lexicon JSON into typed lexicons, and checks what a schema alone cannot:
// unique ids across files, sources that exist, patterns that compile.
import { compilePattern, PatternError } from '../patterns/compile-pattern.js';
import { LexiconError, parseLexicon } from './lexicon-error.js';
import {
  contextFileSchema,
  documentKindFileSchema,
  dutiesFileSchema,
  jobSeekerFileSchema,
  languageFileSchema,
  livedExperienceFileSchema,
  rolesFileSchema,
  sourcesFileSchema,
  type ContextFile,
  type DocumentKindFile,
  type DutiesFile,
  type JobSeekerFile,
  type LanguageEntry,
  type LivedExperienceFile,
  type RolesFile,
  type SourcesFile,
} from './schema.js';

export interface RawLexicons {
  sources: unknown;
  context: unknown;
  roles: unknown;
  documentKind: unknown;
  duties: unknown;
  livedExperience: unknown;
  jobSeeker: unknown;
  /** file name → contents */
  language: Record<string, unknown>;
}

export interface Lexicons {
  sources: SourcesFile;
  context: ContextFile;
  roles: RolesFile;
  documentKind: DocumentKindFile;
  duties: DutiesFile;
  livedExperience: LivedExperienceFile;
  jobSeeker: JobSeekerFile;
  language: LanguageEntry[];
}

interface Checked {
  file: string;
  id: string;
  patterns: string[];
  sources?: { id: string; ref: string }[];
}

function collect(file: string, items: readonly object[]): Checked[] {
  return items.map((it) => {
    const o = it as {
      id?: string;
      patterns?: string[];
      sources?: { id: string; ref: string }[];
      guards?: { unless: string[]; unlessInSentence?: string[]; requireContext: string[] };
    };
    return {
      file,
      id: o.id ?? '(no id)',
      patterns: [
        ...(o.patterns ?? []),
        ...(o.guards?.unless ?? []),
        ...(o.guards?.unlessInSentence ?? []),
        ...(o.guards?.requireContext ?? []),
      ],
      sources: o.sources,
    };
  });
}

export function loadLexicons(raw: RawLexicons): Lexicons {
  const sources = parseLexicon(sourcesFileSchema, 'sources.json', raw.sources);
  const context = parseLexicon(contextFileSchema, 'context.json', raw.context);
  const roles = parseLexicon(rolesFileSchema, 'roles.json', raw.roles);
  const documentKind = parseLexicon(documentKindFileSchema, 'document-kind.json', raw.documentKind);
  const duties = parseLexicon(dutiesFileSchema, 'duties.json', raw.duties);
  const livedExperience = parseLexicon(livedExperienceFileSchema, 'lived-experience.json', raw.livedExperience);
  const jobSeeker = parseLexicon(jobSeekerFileSchema, 'job-seeker.json', raw.jobSeeker);
  const language: LanguageEntry[] = [];
  const checked: Checked[] = [];
  for (const [file, data] of Object.entries(raw.language)) {
    const parsed = parseLexicon(languageFileSchema, file, data);
    language.push(...parsed.entries);
    checked.push(...collect(file, parsed.entries));
  }
  checked.push(
    ...collect('roles.json', [...roles.peerTitles, ...roles.nonPeerTitles]),
    ...collect('roles.json', [
      { ...roles.servedWithFamilies, patterns: [...roles.servedWithFamilies.patterns, ...roles.servedWithFamilies.people] },
      { ...roles.employeeSections, patterns: [...roles.employeeSections.patterns, ...roles.employeeSections.headings] },
    ]),
    ...collect('document-kind.json', [...documentKind.postingMarks, ...documentKind.aboutMarks]),
    ...collect('duties.json', [...duties.duties, ...duties.competencies, ...duties.barriers, ...duties.rules]),
    ...collect(
      'duties.json',
      duties.reading.pairs.map((p) => ({ id: p.id, patterns: [...(p.requires ?? []), ...(p.unless ?? [])], sources: p.sources })),
    ),
    ...collect('lived-experience.json', [...livedExperience.prohibitedInquiries, ...livedExperience.rules]),
    ...collect('job-seeker.json', [...jobSeeker.reasons, ...jobSeeker.questions, ...jobSeeker.qualifications]),
  );

  const known = new Set(sources.sources.map((s) => s.id));
  const dutyIds = new Set(duties.duties.map((d) => d.id));
  for (const e of language)
    for (const d of e.coveredByDuties ?? [])
      if (!dutyIds.has(d)) throw new LexiconError('language', [`entry "${e.id}", field coveredByDuties: no duty "${d}" in duties.json`]);
  const seen = new Map<string, string>();
  for (const c of checked) {
    const problems: string[] = [];
    const prev = seen.get(c.id);
    if (prev) problems.push(`entry "${c.id}": id is also used in ${prev}`);
    seen.set(c.id, c.file);
    for (const s of c.sources ?? [])
      if (!known.has(s.id)) problems.push(`entry "${c.id}", field sources: unknown source "${s.id}" (see sources.json)`);
    for (const p of c.patterns) {
      try {
        compilePattern(p);
      } catch (e) {
        if (e instanceof PatternError) problems.push(`entry "${c.id}", field patterns: ${e.message}`);
        else throw e;
      }
    }
    if (problems.length) throw new LexiconError(c.file, problems);
  }
  // Lists of patterns that are not entries (cues, names, signals) must compile too, or a typo
  // would surface later as a bare PatternError from createAnalyzer, naming no file.
  const lists: [string, string, readonly { patterns: readonly string[]; sources?: readonly { id: string }[] }[]][] = [
    ['context.json', 'properNames', [{ patterns: context.properNames }]],
    ['context.json', 'metaCues', [{ patterns: context.metaCues }]],
    ['context.json', 'citationCues', [{ patterns: context.citationCues }]],
    ['context.json', 'negationCues', [{ patterns: context.negationCues }]],
    ['context.json', 'negationLookalikes', [{ patterns: context.negationLookalikes }]],
    ['context.json', 'namingVerbs', [{ patterns: context.namingVerbs }]],
    ['context.json', 'stoppedNaming', [{ patterns: context.stoppedNaming }]],
    ['context.json', 'labelNouns', [{ patterns: context.labelNouns }]],
    ['context.json', 'avoidColumnHeadings', [{ patterns: context.avoidColumnHeadings }]],
    ['context.json', 'useColumnHeadings', [{ patterns: context.useColumnHeadings }]],
    ['context.json', 'workTitleCues', [{ patterns: context.workTitleCues }]],
    ['roles.json', 'categoryCues', roles.categoryCues],
    ['roles.json', 'peerSummaryCues', [roles.peerSummaryCues]],
    ['roles.json', 'conditionWords', roles.conditionWords ? [roles.conditionWords] : []],
    ['roles.json', 'summaryHeadings', [roles.summaryHeadings]],
    ['roles.json', 'jobTitleHeads', [roles.jobTitleHeads]],
    ['roles.json', 'jobTitleLevels', [roles.jobTitleLevels]],
    ['roles.json', 'jobTitleComplements', [roles.jobTitleComplements]],
    ['roles.json', 'subjectLeads', [roles.subjectLeads]],
    ['roles.json', 'jobIsPeerCues', [roles.jobIsPeerCues]],
    ['roles.json', 'growsPeerTeamCues', [roles.growsPeerTeamCues]],
    ['roles.json', 'jobIsNotPeerCues', [roles.jobIsNotPeerCues]],
    ['roles.json', 'peerCredentialCues', [roles.peerCredentialCues]],
    ['roles.json', 'peerCredentialNotAsked', [roles.peerCredentialNotAsked]],
    ['roles.json', 'peopleBesideTitles', roles.peopleBesideTitles.titles],
    ['roles.json', 'leadingOrClinicalHeads', [roles.leadingOrClinicalHeads]],
    ['roles.json', 'peerDivisions', [roles.peerDivisions]],
    ['roles.json', 'otherFieldTexts', roles.otherFieldTexts],
    ['roles.json', 'recordsOfThePeople', [roles.recordsOfThePeople]],
    [
      'roles.json',
      'behavioralHealthSettings',
      [
        roles.behavioralHealthSettings,
        { patterns: roles.behavioralHealthSettings.names },
        { patterns: roles.behavioralHealthSettings.notWithTitleWords },
      ],
    ],
    ['document-kind.json', 'titleCues', [{ patterns: documentKind.titleCues }]],
    ['document-kind.json', 'pageNameCues', [documentKind.pageNameCues]],
    ['document-kind.json', 'jobListLabels', [documentKind.jobListLabels]],
    ['document-kind.json', 'moneyNotPay', [documentKind.moneyNotPay]],
    ['document-kind.json', 'volunteerOffers', [documentKind.volunteerOffers]],
    ['document-kind.json', 'offersElsewhere', [documentKind.offersElsewhere]],
    ['document-kind.json', 'fullPostingElsewhere', [documentKind.fullPostingElsewhere]],
    ['duties.json', 'signals', duties.signals],
    [
      'duties.json',
      'signals',
      duties.signals.flatMap((e) => (e.namesTheSupervisor ? [{ patterns: e.namesTheSupervisor.breaks, sources: e.sources }] : [])),
    ],
    [
      'duties.json',
      'peerTeamCues',
      [{ patterns: [...duties.peerTeamCues.beforePlural, ...duties.peerTeamCues.beforeSingular], sources: duties.peerTeamCues.sources }],
    ],
    ['duties.json', 'reportingLabels', [duties.reportingLabels]],
    ['duties.json', 'payUnitsOfTime', duties.payUnitsOfTime ? [{ patterns: [], sources: duties.payUnitsOfTime.sources }] : []],
    ['duties.json', 'payGradeLabels', duties.payGradeLabels ? [duties.payGradeLabels] : []],
    [
      'duties.json',
      'competencyReading',
      (duties.competencyReading?.shapes ?? []).map((s) => ({ patterns: [...s.verbs, ...s.objects, ...s.notObjects], sources: s.sources })),
    ],
    [
      'duties.json',
      'barrierWaivers',
      [
        {
          patterns: Object.values(duties.barrierWaivers.byBarrier).flat(),
          sources: duties.barrierWaivers.sources,
        },
      ],
    ],
    [
      'duties.json',
      'reading',
      [
        ...duties.reading.actions,
        ...duties.reading.actions.map((a) => ({ patterns: a.nouns ?? [] })),
        ...duties.reading.objects,
        { patterns: duties.reading.byThePerson },
        { patterns: duties.reading.helpsDoing ?? [] },
        { patterns: duties.reading.byOthers },
        { patterns: duties.reading.passiveForOthers },
        { patterns: duties.reading.unlessInSentence },
        { patterns: duties.reading.askedByStaff ?? [] },
        { patterns: duties.reading.notObjects },
        { patterns: duties.reading.knownNotDone ?? [] },
        { patterns: duties.reading.notActions ?? [] },
        { patterns: duties.reading.aloneUnless ?? [] },
        { patterns: duties.reading.notGoverning ?? [] },
      ],
    ],
    [
      'duties.json',
      'agencySections',
      [
        { patterns: duties.agencySections.headings },
        { patterns: duties.agencySections.jobHeadings },
        { patterns: duties.agencySections.sentenceStarts },
        { patterns: duties.agencySections.nameStartVerbs },
        { patterns: duties.agencySections.nameStartDescriptions },
        { patterns: duties.agencySections.applySentenceCues },
        { patterns: duties.agencySections.positionLabels },
        { patterns: duties.agencySections.questionHeadings },
      ],
    ],
    ...(
      [
        'mentionCues',
        'requirementLineCues',
        'servedBeforeRequirementLine',
        'recoveryTimeLabels',
        'recoveryTimeValues',
        'ellipticalQuestions',
        'optionalAnswerCues',
        'notOwnExperienceCues',
        'othersAfterMentionCues',
        'workAfterMentionCues',
        'workBeforeExperienceCues',
        'staffSubjectCues',
        'staffMadeOfCues',
        'othersSubjectCues',
        'itemFollowUpOpenings',
        'sameAsBeforeOpenings',
        'applicantCues',
        'requiredCues',
        'preferredCues',
        'substituteCues',
        'substituteForCues',
        'applyInvitationCues',
        'questionInvitationOpenings',
        'ownStoryCues',
        'laterItemPreferredCues',
        'describingPreferredCues',
        'notAskedHeadings',
        'namedBodyWords',
        'sectionSubstituteCues',
        'notRequiredCues',
        'applicantConditionCues',
        'applicabilityConditionCues',
        'deniedValues',
        'affirmedValues',
        'holderSubjectCues',
        'soleRequirementCues',
        'ownOrFamilyCues',
        'readerInvitationCues',
        'requiredHeadings',
        'wholeRequiredHeadings',
        'preferredHeadings',
        'otherPostingsHeadings',
        'shareCues',
        'encouragedActCues',
      ] as const
    ).map((k): [string, string, { patterns: string[] }[]] => ['lived-experience.json', k, [{ patterns: livedExperience[k] }]]),
    ['lived-experience.json', 'typeCues', livedExperience.typeCues],
    ['job-seeker.json', 'drivingDuties', [jobSeeker.drivingDuties]],
    ['lived-experience.json', 'typeWindow', [{ patterns: livedExperience.typeWindow.breaks }]],
  ];
  for (const [file, field, groups] of lists) {
    const problems: string[] = [];
    for (const s of groups.flatMap((g) => g.sources ?? []))
      if (!known.has(s.id)) problems.push(`field ${field}, sources: unknown source "${s.id}" (see sources.json)`);
    for (const p of groups.flatMap((g) => g.patterns)) {
      try {
        compilePattern(p);
      } catch (e) {
        if (e instanceof PatternError) problems.push(`field ${field}: ${e.message}`);
        else throw e;
      }
    }
    if (problems.length) throw new LexiconError(file, problems);
  }
  return { sources, context, roles, documentKind, duties, livedExperience, jobSeeker, language };
}
