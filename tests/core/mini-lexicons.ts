// A small, hand-made lexicon set for testing the engine apart from the shipped data.
import type { RawLexicons } from '../../src/core/lexicon/load-lexicons.js';

const src = [{ id: 'wise-toolkit', ref: 'L2389' }];
const ex = (positive: string[], traps: string[] = []) => ({ positive, traps });
const mark = (id: string, kind: string, where: 'text' | 'heading', patterns: string[]) => ({
  id,
  kind,
  label: kind,
  where,
  patterns,
  sources: src,
  examples: ex([patterns[0]!]),
});

export function miniLexicons(): RawLexicons {
  return {
    sources: {
      sources: [
        {
          id: 'wise-toolkit',
          kind: 'seed',
          title: 'WISE toolkit',
          publisher: 'Cal Voices',
          file: 'seeds/000.txt',
          pages: 'A test copy with no page numbers, so citations give the section.',
        },
      ],
    },
    context: {
      properNames: ['Substance Abuse and Mental Health Services Administration', 'Alcoholics Anonymous'],
      metaCues: ['avoid', 'instead of'],
      citationCues: ['press'],
      negationCues: ['not', 'never', "n't"],
      personNouns: ['people', 'members', 'person'],
    },
    roles: {
      peerTitles: [
        {
          id: 'title-peer-support-specialist',
          patterns: ['peer support specialist~n'],
          category: null,
          sources: src,
          examples: ex(['Peer Support Specialist']),
        },
        {
          id: 'title-recovery-coach',
          patterns: ['recovery coach~n'],
          category: 'substance-use-recovery',
          sources: src,
          examples: ex(['Recovery Coach']),
        },
      ],
      categoryCues: [
        { id: 'cue-mh', patterns: ['mental health'], category: 'adult-mental-health', sources: src },
        { id: 'cue-sud', patterns: ['substance use'], category: 'substance-use-recovery', sources: src },
      ],
      nonPeerTitles: [{ id: 'title-counselor', patterns: ['counselor~n'], sources: src, examples: ex(['Counselor']) }],
      peerSummaryCues: { patterns: ['share their own recovery'], sources: src },
      summaryHeadings: { patterns: ['summary'], sources: src },
      jobTitleHeads: { patterns: ['specialist', 'accountant'], sources: src },
      jobTitleLevels: { patterns: ['ii'], sources: src },
      jobTitleComplements: { patterns: ['of'], sources: src },
      subjectLeads: { patterns: ['the'], sources: src },
      jobIsPeerCues: { patterns: ['as a peer'], sources: src },
      peerDivisions: { patterns: ['peer services'], sources: src },
    },
    documentKind: {
      postingMarks: [
        mark('mark-duties', 'duties', 'heading', ['responsibilities']),
        mark('mark-qualifications', 'qualifications', 'heading', ['qualification~n']),
        mark('mark-apply', 'apply', 'text', ['apply']),
        mark('mark-pay', 'pay', 'text', ['per hour']),
        mark('mark-schedule', 'schedule', 'text', ['full-time']),
      ],
      aboutMarks: [mark('about-question', 'explains', 'heading', ['what is'])],
      titleCues: ['training~n', 'agenda~n', 'policy', 'guide~n', 'handbook~n'],
      jobListLabels: { patterns: ['hiring'], sources: src },
      decision: { titleRoleMinMarks: 0, bodyRoleMinMarks: 2, anyRoleMinMarks: 3, offerOverTitleCueMarks: 2 },
    },
    duties: {
      duties: [
        {
          id: 'duty-administer-medication',
          patterns: ['(administer|dispense)~v medication~n'],
          reason: 'clinical',
          severity: 'error',
          message: 'Administering medication is a clinical duty.',
          suggestions: ['support people to talk with their prescriber'],
          sources: src,
          examples: ex(['Administer medications to residents.'], ['Peers do not administer medication.']),
        },
      ],
      competencies: [
        {
          id: 'comp-share',
          label: 'Sharing lived experience',
          patterns: ['share~v * (own)? (story|experience)'],
          sources: src,
          examples: ex(['Share your story']),
        },
      ],
      barriers: [
        {
          id: 'barrier-years-clean',
          patterns: ['#num (years|months) (clean|sober)'],
          severity: 'warning',
          message: 'A fixed clean time is a hiring barrier.',
          sources: src,
          examples: ex(['Two years clean required.']),
        },
      ],
      signals: [
        { id: 'signal-reports', kind: 'reporting-line', patterns: ['reports to'], sources: src },
        { id: 'signal-pay', kind: 'pay', patterns: ['per hour'], sources: src },
        { id: 'signal-clinical-sup', kind: 'clinical-supervision', patterns: ['clinical supervisor'], sources: src },
      ],
      peerTeamCues: { beforePlural: ['other'], beforeSingular: ['another'], sources: src, examples: ex(['two other peer specialists']) },
      agencySections: { headings: ['about us'], jobHeadings: [], sentenceStarts: ['our agency'] },
      reading: {
        window: 6,
        actions: [{ id: 'give', patterns: ['(hand|pass)~v out'] }],
        objects: [{ id: 'medication', patterns: ['medication~n'] }],
        pairs: [
          {
            id: 'reading-giving-medication',
            duty: 'duty-administer-medication',
            actions: ['give'],
            objects: ['medication'],
            reach: 'object',
            sources: src,
            examples: ex(['Hands out medications at night.']),
          },
        ],
        byThePerson: ['help~v'],
        byOthers: ['nurse~n'],
        unlessInSentence: ['if they ask'],
        notObjects: ['medication education'],
      },
      rules: ['role-no-peer-competencies', 'role-no-reporting-line', 'role-no-pay', 'role-clinical-supervision-only'].map((id) => ({
        id,
        severity: id === 'role-no-peer-competencies' ? 'warning' : 'info',
        message: `Text of the rule ${id}.`,
        sources: src,
      })),
    },
    livedExperience: {
      mentionCues: ['lived experience', 'personal experience'],
      requiredCues: ['required', 'must'],
      preferredCues: ['preferred'],
      requirementLineCues: ['in recovery from'],
      notOwnExperienceCues: ['knowledge of'],
      othersAfterMentionCues: ['of our clients'],
      substituteCues: ['or equivalent'],
      notRequiredCues: ['not required'],
      requiredHeadings: ['minimum qualifications', 'requirements'],
      preferredHeadings: ['preferred qualifications'],
      typeCues: [
        { category: 'adult-mental-health', patterns: ['mental health'] },
        { category: 'substance-use-recovery', patterns: ['substance use', 'addiction'] },
        { category: 'parent-caregiver', patterns: ['parent~n', 'caregiver~n'] },
      ],
      typeWindow: { before: 6, after: 16, breaks: ['who'] },
      compatibleTypes: [
        { category: 'parent-caregiver', accepts: ['parent-caregiver'] },
        { category: 'substance-use-recovery', accepts: ['substance-use-recovery'] },
      ],
      shareCues: ['willing to share'],
      prohibitedInquiries: [
        {
          id: 'le-inquiry-diagnosis',
          kind: 'diagnosis',
          patterns: ['documentation of (your)? diagnosis'],
          severity: 'error',
          message: 'Asking for a diagnosis before an offer is restricted.',
          sources: src,
          examples: ex(['Provide documentation of your diagnosis.']),
        },
      ],
      requirementSentences: (
        ['adult-mental-health', 'substance-use-recovery', 'family', 'parent-caregiver', 'youth', 'general-peer'] as const
      ).map((category) => ({
        category,
        sentence: `Lived experience of recovery required for ${category} roles, shared to support others.`,
        sources: src,
      })),
      rules: [
        'le-absent',
        'le-preferred-only',
        'le-mentioned-not-required',
        'le-not-specific',
        'le-category-mismatch',
        'le-no-willingness-to-share',
        'le-only-qualification',
      ].map((id) => ({
        id,
        severity: id === 'le-absent' ? 'error' : id.includes('willing') || id.includes('only-q') ? 'info' : 'warning',
        message: `Text of the rule ${id}.`,
        sources: src,
      })),
    },
    jobSeeker: {
      experienceWords: { 'substance-use-recovery': 'of recovery from substance use' },
      drivingDuties: { patterns: ['drive~v'], sources: src },
      reasons: [{ id: 'reason-not-a-posting', text: 'This reads as {items}, not as a job posting.', sources: src }],
      questions: [{ id: 'question-pay', when: 'no-pay', text: 'What does the job pay?', why: 'No pay is stated in it.', sources: src }],
      qualifications: [
        { id: 'qualification-license', item: "Driver's license", patterns: ["driver's license"], barrierRules: [], sources: src },
      ],
    },
    language: {
      'language/mini.json': {
        entries: [
          {
            id: 'addict',
            group: 'identity-label',
            severity: 'error',
            patterns: ['addict~n'],
            suggestions: [{ singular: 'person with a substance use disorder', plural: 'people with a substance use disorder' }],
            message: 'Labels a person by a condition.',
            sources: src,
            examples: ex(['Addicts are welcome.']),
          },
          {
            id: 'suffer-from',
            group: 'pity-framing',
            severity: 'warning',
            patterns: ['suffer~v from'],
            suggestions: ['live with'],
            message: 'Pity framing.',
            guards: { personSubject: true },
            sources: src,
            examples: ex(['Members suffer from anxiety.'], ['The budget suffers from delays.']),
          },
          {
            id: 'substance-abuse',
            group: 'substance-use',
            severity: 'warning',
            patterns: ['substance abuse'],
            suggestions: ['substance use'],
            message: 'Abuse frames a health condition as wrongdoing.',
            sources: src,
            examples: ex(['We treat substance abuse.']),
          },
          {
            id: 'clean-person',
            group: 'substance-use',
            severity: 'warning',
            patterns: ['clean and sober', '(stay|stayed|staying|be|been|get|got) clean'],
            suggestions: ['in recovery'],
            message: 'Clean implies that people who use drugs are dirty.',
            guards: { unless: ['clean * record'] },
            sources: src,
            examples: ex(['Must be clean and sober.']),
          },
          {
            id: 'the-mentally-ill',
            group: 'identity-label',
            severity: 'error',
            patterns: ['the mentally ill'],
            suggestions: ['people with mental illness'],
            message: 'Lumps people together by a condition.',
            guards: { nominal: true },
            sources: src,
            examples: ex(['We serve the mentally ill.']),
          },
        ],
      },
    },
  };
}
