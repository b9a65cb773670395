// Is this a peer role, and which kind? Decided from the title first, then an offer to hire,
// then the summary; and only in a text that is a job offer (document-kind.ts). The category
// from the title, else from cues in the text, else from the employer's name under the title. A peer title mentioned in the body of a counselor
// posting ("work alongside peer specialists") does not make it a peer job.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { DocumentReport, Finding, RoleCategory, RoleReport } from '../types.js';
import {
  documentMarks,
  insideAProgramName,
  marksEvidence,
  readJobOffer,
  saidOfTheStaff,
  type DocumentMarks,
  type RoleSource,
} from './document-kind.js';
import { spaceOrHyphen, tokenize } from '../text/tokenize.js';
import { isMenuLine, isPageChrome } from '../text/document-structure.js';
import { overlapChecker } from '../text/span-overlap.js';
import { listedJobs } from './job-listing.js';
import { runPatternRules } from './pattern-rule-runner.js';
import { describesTheJob, listsOtherPostings } from './agency-sections.js';
import { namesAThingAfter } from './names-a-thing.js';
import { askingMentions, readLivedExperience } from './lived-experience.js';
import { namedKinds } from './lived-experience-category-kind.js';
import {
  besidePeopleMention,
  jobIsPeerCue,
  jobTitleHead,
  offeredJob,
  repeatedJobNameLine,
  subjectJobName,
  topLineJobName,
  topLinePeerName,
} from './job-title.js';
import { aboutTheEmployee } from './employee-sections.js';
import { servedWithFamilies, whoTheJobServes } from './who-the-job-serves.js';

/** Before a last word that qualifies a title: a bracket, a spaced dash or a comma ("Aide (Peer)", "Aide - Peer"). */
const QUALIFIER_BEFORE = /^\s*\(\s*$|^\s+[-–—]\s+$|^,\s*$/;

/** Categories named by a condition, not by who the person is to someone (family) or their age (youth). */
const CONDITION_CATEGORIES: ReadonlySet<RoleCategory> = new Set(['adult-mental-health', 'substance-use-recovery', 'general-peer']);

/** Marks of a job offer that describe one job: a careers page that names none has none of them. */
const JOB_DETAILS: ReadonlySet<string> = new Set(['pay', 'duties', 'qualifications', 'job-description']);

/** How far into the text the summary reaches, in tokens after the title. */
const SUMMARY_TOKENS = 160;

/** How many sentences after the title are read for a job's name as their subject. */
const OPENING_SENTENCES = 2;

/** How close after a population (veterans) a condition says which of them are served, in tokens. */
const CONDITION_WINDOW = 8;

/** Tokens after an offer's hiring words within which "peer" alone names the job offered. */
const OFFER_NAME_REACH = 2;

/** How much of a deciding sentence the evidence quotes, in characters. */
const QUOTE_CHARS = 140;

/** The strongest cue of each category in one sentence. */
type SentenceCues = Map<RoleCategory, { weight: number; first: number; end: number }>;

/**
 * The cues of a sentence that count: one that names who is served by their relationship or age
 * ("parents of children with mental health needs") counts that, not the conditions it names, as
 * the lived-experience reading does.
 */
function countingCues(cues: SentenceCues): [RoleCategory, { weight: number; first: number; end: number }][] {
  const byWho = cues.has('family') || cues.has('parent-caregiver') || cues.has('youth');
  // Parents and young people in one sentence: the first named is served ("parents of teens ages
  // 13 to 17"; "youth ages 16 to 21 and their parents").
  const parent = cues.get('parent-caregiver');
  const youth = cues.get('youth');
  const second = parent && youth ? (parent.first < youth.first ? 'youth' : 'parent-caregiver') : null;
  return [...cues].filter(([c]) => !(byWho && CONDITION_CATEGORIES.has(c)) && c !== second);
}

export interface RoleDetection extends RoleReport {
  /** token range of the title, if any */
  titleTokens: [number, number] | null;
  document: DocumentReport;
  /** The marks of a job offer and of a document about peer work that were found. */
  marks: DocumentMarks;
}

/**
 * `flagged`: the language findings on the text. For the category, each counts as the cues of its
 * first suggestion and its own words count for nothing, so replacing "addicts" by "people with
 * substance use disorders" does not move the category (and the score) under the user's feet.
 */
export function detectRole(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  structured = false,
  flagged: readonly Finding[] = [],
): RoleDetection {
  const { structure, tokens } = doc;
  const titleTokens = structure.title ? doc.tokenRange(structure.title.start, structure.title.end) : null;
  const evidence: string[] = [];
  const quote = (first: number, end: number) => `"${doc.slice(first, end).text}"`;
  const marks = documentMarks(doc, lex);
  // The line or sentence that decided the judgment, quoted for the user.
  let decidedBy = '';
  let weakTitle = false;
  const sentenceQuote = (tok: number) => {
    const text = doc.sentenceText(structure.sentenceOf[tok]!).replace(/\s+/g, ' ').trim();
    return `"${text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS).replace(/\s\S*$/, '')} …` : text}"`;
  };
  const titleQuote = () => (structure.title ? `"${doc.text.slice(structure.title.start, structure.title.end)}"` : '');
  // Another job's name on a line near the top with "Peer" set apart after it ("Community Health
  // Worker - Peer (Integrated Care)"): the peer kind of that job.
  let peerKindLine: [number, number] | null = null;
  const namedOtherJob = (): { name: [number, number]; said: string } | null => {
    if (marks.titleCue) return null;
    const fromTitle = titleTokens ? (jobTitleHead(doc, lex, titleTokens) ?? jobAfterEmployer(doc, lex, titleTokens)) : null;
    if (fromTitle && peerQualifierAfter(doc, fromTitle)) {
      peerKindLine = fromTitle;
      return null;
    }
    if (fromTitle) return { name: fromTitle, said: `the title names another job, not a peer role: ${titleQuote()}` };
    const onALine = topLineJobName(doc, lex);
    if (onALine && !lex.roles.peerTitles.matcher.test(tokens, onALine[0], onALine[1])) {
      if (!peerQualifierAfter(doc, onALine))
        return { name: onALine, said: `a line near the top names another job, not a peer role: ${quote(onALine[0], onALine[1])}` };
      peerKindLine = onALine;
    }
    if (onALine) return null;
    const after = titleTokens ? titleTokens[1] : 0;
    const opening = structure.sentences.filter((x) => x.first >= after).slice(0, OPENING_SENTENCES);
    for (const sent of opening) {
      const name = subjectJobName(doc, lex, structure.sentenceOf[sent.first]!);
      if (!name) continue;
      if (lex.roles.peerTitles.matcher.test(tokens, name[0], name[1])) return null;
      return { name, said: `the opening names another job, not a peer role: ${sentenceQuote(name[0])}` };
    }
    return null;
  };
  const summaryHeadings = lex.roles.summaryHeadings;

  // 0. A page that lists several jobs is checked on language only: select one posting to check it.
  // A list of openings inside a page whose title names a document (a newsletter's "Job Openings") is part of that document.
  const jobs = structured || marks.titleCue ? [] : listedJobs(doc, lex);
  if (jobs.length) {
    const named = jobs
      .slice(0, 3)
      .map((j) => `"${j}"`)
      .join(', ');
    return {
      isPeerRole: false,
      category: null,
      evidence: ['several jobs listed'],
      titleTokens,
      marks,
      document: { kind: 'other', evidence: [`the page lists several jobs (${named}): select the text of one posting to check it`] },
    };
  }

  // Whether a sentence lists the team with the job among them, each sentence read once.
  const inTeamList = teamListSentences(doc, lex);
  let isPeer: boolean | null = null;
  let category: RoleCategory | null = null;
  let source: RoleSource = null;
  let prior: RoleCategory | null = null;
  let priorTitle = '';
  // A peer role's name on a header line of its own near the top, read once: the opening's reading
  // and the source of the role both ask.
  let peerHeader: [number, number] | null | undefined;
  const peerHeaderLine = () => {
    if (peerHeader === undefined) peerHeader = topLinePeerName(doc, lex);
    return peerHeader;
  };
  const setPrior = (matches: readonly { entry: number; first: number; end: number }[]) => {
    const m = matches.find((x) => lex.roles.peerTitles.entries[x.entry]!.prior);
    if (!m) return;
    prior = lex.roles.peerTitles.entries[m.entry]!.prior ?? null;
    priorTitle = quote(m.first, m.end);
  };

  // 1. The title decides when it names a role.
  if (titleTokens && !marks.titleCue) {
    // Title entries may carry guards ("peer" in a title, but not "Peer Review Coordinator").
    const inTitle = (m: { first: number; end: number }) => m.first >= titleTokens[0] && m.end <= titleTokens[1];
    const titleSentences = (s: number) => {
      const sent = structure.sentences[s]!;
      return sent.first < titleTokens[1] && sent.endTok > titleTokens[0];
    };
    const peer = runPatternRules(doc, lex, lex.roles.peerTitles, {
      skipLiteral: false,
      sentenceFilter: titleSentences,
      keepOverlaps: true,
    })
      .filter(inTitle)
      .map((m) => ({ ...m, payload: m.entry }));
    // "Recovery Worker (Lived Experience)": "lived experience" set apart in the title (in brackets,
    // after a dash or a comma) says it is the lived experience kind of that job, so the job no
    // list names is read as one the text decides.
    let livedQualifier = false;
    for (let i = titleTokens[0] + 1; i + 1 < titleTokens[1] && !livedQualifier; i++)
      livedQualifier =
        tokens[i]!.norm === 'lived' &&
        tokens[i + 1]!.norm === 'experience' &&
        QUALIFIER_BEFORE.test(doc.text.slice(tokens[i - 1]!.end, tokens[i]!.start)) &&
        (i + 2 === titleTokens[1] || /^\s*\)/.test(doc.text.slice(tokens[i + 1]!.end)));
    const nonPeer = livedQualifier ? [] : lex.roles.nonPeerTitles.matcher.matchAll(tokens, titleTokens[0], titleTokens[1]);
    // Whichever role the title names first is the job ("Case Manager (works with peer specialists)").
    const titleJob = jobTitleHead(doc, lex, titleTokens);
    const onlyWeak = peer.every((m) => lex.roles.peerTitles.entries[m.payload]!.weak);
    // "peer" alone after another job's name, naming a division, is not the job ("Billing
    // Specialist – Peer Services"); "Recovery Specialist - Peer" is a peer job.
    const divisionOnly =
      titleJob !== null &&
      onlyWeak &&
      peer.every(
        (m) => m.first >= titleJob[1] && lex.roles.peerDivisions.matchAll(tokens, m.first, titleTokens[1]).some((d) => d.first === m.first),
      );
    if (divisionOnly) peer.splice(0);
    // "Mental Health Aide (Peer)", "Behavioral Health Worker - Peer": "peer" as the title's last
    // word, set apart by a bracket, a dash or a comma, says which kind of that job it is.
    const qualifier = peer.some(
      (m) =>
        m.end === titleTokens[1] &&
        m.end - m.first === 1 &&
        m.first > titleTokens[0] &&
        QUALIFIER_BEFORE.test(doc.text.slice(tokens[m.first - 1]!.end, tokens[m.first]!.start)),
    );
    if (peer.length && (!nonPeer.length || peer[0]!.first <= nonPeer[0]!.first || qualifier)) {
      isPeer = true;
      // "peer" alone names no job ("Willow House Peer Respite") unless the title reads as a job's
      // name ("Peer Support Volunteer"): such a title counts as the body would.
      weakTitle = onlyWeak && !titleJob;
      // The whole title named first, its overlapping names joined: "Peer Recovery Coach", not its
      // first word "Peer"; "Youth Peer Advocate", not "Youth Peer".
      const [first, end] = joinedName(peer);
      // A name that stops at "peer" where a service's name goes on ("Youth Peer Support at Horizon",
      // "Youth Peer Services") names the service, not a job: such a title counts as the body would.
      if (
        !onlyWeak &&
        tokens[end - 1]!.norm === 'peer' &&
        lex.roles.peerDivisions.matchAll(tokens, end - 1, titleTokens[1]).some((d) => d.first === end - 1)
      )
        weakTitle = true;
      // A name followed by the program word that ends the title ("Parent Partner Program",
      // "Recovery Coach Project") names the program that employs such peers, not a job.
      // So does a name inside a place's or a program's name that ends the title ("Youth Peer
      // Drop-In Center"), not one set apart from it ("Peer Specialist - Crisis Center").
      if (insideAProgramName(doc, lex, end, titleTokens[1] - 1)) weakTitle = true;
      // A role named only in the plural ("Peer Support Workers | ... Trust", "Our Recovery Coaches")
      // names the work or the team; a posting for several says so in its text.
      const named = peer.filter((m) => !lex.roles.peerTitles.entries[m.payload]!.weak);
      if (named.length && named.every((m) => m.plural)) weakTitle = true;
      evidence.push(`title ${quote(first, end)}`);
      decidedBy = `the title names a peer role: ${titleQuote()}`;
      category = peer.map((m) => lex.roles.peerTitles.entries[m.payload]!.category).find((c) => c !== null) ?? null;
      setPrior(peer.map((m) => ({ entry: m.payload, first: m.first, end: m.end })));
      // A title other fields use too (Head Start's "Family Advocate", a college's "Peer Mentor")
      // heads a peer job only when the text names peer work or what it serves.
      const names = peer.map((m) => lex.roles.peerTitles.entries[m.payload]!).filter((e) => !e.weak);
      // So does "peer" alone naming a program before another job's name ("Peer Mentoring Program
      // Coordinator" in a school district): that program's staff, a peer job only where peer work is named.
      const programStaff =
        titleJob !== null &&
        onlyWeak &&
        peer.every((m) =>
          lex.roles.peerDivisions.matchAll(tokens, m.first, titleJob[1]).some((d) => d.first === m.first && d.end < titleJob[1]),
        );
      // ... and a title another field uses where the text speaks that field's words ("Recovery
      // Coach" at a stretching studio for athletes: roles.json otherFieldTexts).
      const otherField = (e: (typeof names)[number]) => lex.roles.otherFieldTexts.some((g) => g.titles.has(e.id) && g.words.test(tokens));
      const sharedTitle = names.length ? names.every((e) => e.sharedWithOtherFields || otherField(e)) : programStaff;
      if (sharedTitle && !namesPeerWork(doc, lex, titleTokens)) {
        isPeer = false;
        category = null;
        prior = null;
        evidence.splice(0, evidence.length, `title used in other fields too ${quote(first, end)}`);
        decidedBy = `the title names a job other fields use too, and the text names no lived experience, peer support or behavioral health condition: ${titleQuote()}`;
      }
    } else if (nonPeer.length && peerQualifierAfter(doc, [nonPeer[0]!.first, nonPeer[0]!.end])) {
      // Another job's name with "Peer" set apart after it ("Mental Health Aide - Consumer Peer"):
      // the peer kind of that job.
      isPeer = true;
      evidence.push(`title ${quote(nonPeer[0]!.first, nonPeer[0]!.end)} (peer)`);
      decidedBy = `the title names the peer kind of a job: ${titleQuote()}`;
    } else if (nonPeer.length) {
      isPeer = false;
      evidence.push(`non-peer title ${quote(nonPeer[0]!.first, nonPeer[0]!.end)}`);
      decidedBy = `the title names another job, not a peer role: ${titleQuote()}`;
    }
    if (isPeer !== null) source = weakTitle ? 'body' : 'title';
  }
  // A title, or the subject of the opening sentences, that names a job no list knows ("Staff
  // Accountant", "The Intake Coordinator is ...") is the job, whatever peer roles the page
  // mentions around it.
  let otherJob = isPeer === null ? namedOtherJob() : null;
  if (isPeer === null && peerKindLine) {
    const line = doc.lines.lines[doc.lines.lineAt(tokens[peerKindLine[0]]!.start)]!;
    isPeer = true;
    source = 'title';
    evidence.push(`header line ${quote(peerKindLine[0], peerKindLine[1])} (peer)`);
    decidedBy = `a line near the top names the peer kind of a job: "${line.text.trim()}"`;
  }

  // 2. An offer to hire that names the role ("... is hiring Peer Support Specialists").
  if (isPeer === null) {
    const hiring = marks.posting.find((m) => m.kind === 'hiring');
    if (hiring) {
      const sentence = structure.sentenceOf[hiring.first]!;
      // "peer" alone names the job only right after the hiring words ("We're hiring peers"); further
      // on it is the team ("We're hiring a CNA to ... support our peer staff").
      const peer = runPatternRules(doc, lex, lex.roles.peerTitles, {
        skipLiteral: false,
        sentenceFilter: (i) => i === sentence || i === sentence + 1,
        keepOverlaps: true,
      })
        .filter((m) => !lex.roles.peerTitles.entries[m.entry]!.weak || (m.first >= hiring.end && m.first - hiring.end <= OFFER_NAME_REACH))
        .filter((m) => !ledByTheOffered(doc, lex, hiring.end, m))
        // A title at a course's or a program's name ("the spring Recovery Coach Academy, and we are hiring") names that.
        .filter((m) => !peerNamesAThing(doc, lex, m.end))
        .sort((a, b) => a.first - b.first);
      // The job the offer names comes first after the hiring words; roles further on are the team.
      const offered = offeredJob(
        doc,
        lex,
        hiring.end,
        peer.map((m) => m.first),
      );
      // Another job offered is that job unless the text makes it a peer role (2b, 4).
      if (offered?.kind === 'other')
        otherJob = {
          name: [offered.first, offered.first + 1],
          said: `an offer to hire names another job, not a peer role: ${sentenceQuote(offered.first)}`,
        };
      else if (peer.length) {
        isPeer = true;
        source = 'title';
        // The name the offer gives, its overlapping names joined ("Parent Peer Support Specialist").
        const named = joinedName(peer);
        evidence.push(`offer to hire ${quote(...named)}`);
        decidedBy = `an offer to hire names a peer role: ${sentenceQuote(peer[0]!.first)}`;
        category =
          peer
            .filter((m) => m.first < named[1])
            .map((m) => lex.roles.peerTitles.entries[m.entry]!.category)
            .find((c) => c !== null) ?? null;
        setPrior(peer);
      }
    }
  }

  // 2b. The job's own part says it is a peer role ("As a peer, you will ...").
  if (isPeer === null && otherJob) {
    const leading = lex.roles.leadingOrClinicalHeads.test(tokens, otherJob.name[0], otherJob.name[1]);
    const reading = readLivedExperience(doc, lex);
    const cue = jobIsPeerCue(doc, lex, describesTheJob(doc, lex), reading.mentions, reading.headingKinds, !leading);
    if (cue) {
      isPeer = true;
      source = 'title';
      evidence.push(`the job is a peer role ${quote(cue.first, cue.end)}`);
      decidedBy = `the text makes the job a peer role: ${sentenceQuote(cue.first)}`;
    }
  }

  // 3. Otherwise the summary: the role named in the first lines after the title, and in any summary section.
  if (isPeer === null && !otherJob) {
    const after = titleTokens ? titleTokens[1] : 0;
    const summaryEnd = Math.min(tokens.length, after + SUMMARY_TOKENS);
    const inSummary = (s: number) => {
      const sent = structure.sentences[s]!;
      if (sent.first < summaryEnd) return true;
      const h = structure.headings[sent.heading];
      return h !== undefined && summaryHeadings.test(tokens, ...doc.tokenRange(h.start, h.end));
    };
    // Overlapping names are one ("PARENT PEER SUPPORT SPECIALIST" is "Parent Peer" and "Peer Support
    // Specialist"): each says something of the role, as in a title.
    // Not the colleagues the job works with ("Coordinate with our peer recovery coaches"), nor the
    // team listed with the job among them, nor one of examples in brackets (as for other jobs below),
    // nor what a sentence about the staff calls them ("Our outreach staff are mostly peers").
    const peer = runPatternRules(doc, lex, lex.roles.peerTitles, {
      skipLiteral: false,
      sentenceFilter: inSummary,
      keepOverlaps: true,
    })
      .filter(
        (m) =>
          !onAMenuLine(doc, m.first) &&
          !workedWith(doc, lex, m.first) &&
          !inTeamList(m.sentence) &&
          !inExamplesInBrackets(doc, m.first) &&
          !saidOfTheStaff(doc, lex, m.first) &&
          !(lex.roles.peerTitles.entries[m.entry]!.weak && peerNamesAThing(doc, lex, m.end)),
      )
      .sort((a, b) => a.first - b.first);
    // A summary cue in a sentence that only wishes for it ("Lived experience of recovery is an
    // asset") describes no peer work: a counselor's posting may wish for the same.
    const cue = lex.roles.peerSummaryCues.matchAll(tokens, after, summaryEnd).filter((c) => {
      const sent = structure.sentences[structure.sentenceOf[c.first]!]!;
      return !lex.livedExperience.preferred.test(tokens, sent.first, sent.endTok);
    });
    // "Give the assigned caseworker an update": someone the job works with, named as one already
    // there, inside a sentence; the job is named at a sentence's start or as one to be hired.
    // Nor is the one the job reports to ("Reports to: Clinical Supervisor").
    const reportingTo = marks.posting.filter((m) => m.kind === 'reporting');
    const nonPeer = runPatternRules(doc, lex, lex.roles.nonPeerTitles, { skipLiteral: false, sentenceFilter: inSummary }).filter(
      (m) =>
        !onAMenuLine(doc, m.first) &&
        !someoneAlreadyThere(doc, m.first) &&
        !workedWith(doc, lex, m.first) &&
        !inExamplesInBrackets(doc, m.first) &&
        !inTeamList(m.sentence) &&
        !reportingTo.some((r) => r.end <= m.first && structure.sentenceOf[r.first] === structure.sentenceOf[m.first]),
    );
    // A peer role's header line of its own near the top is the job (below); another job the opening
    // names is in the employer's blurb above it ("Our doctors, nurses and therapists care for ...").
    const header = nonPeer.length ? peerHeaderLine() : null;
    // "This is office work, not a peer support job": the opening's peer words name the place or
    // the team, not the job (roles.json jobIsNotPeerCues).
    const saysNotPeer = saidNotPeer(doc, lex);
    if (saysNotPeer) {
      isPeer = false;
      decidedBy = `the text says the job is not a peer role: ${sentenceQuote(saysNotPeer.first)}`;
    } else if (peer.length && (!nonPeer.length || peer[0]!.first < nonPeer[0]!.first)) {
      isPeer = true;
      const named = joinedName(peer);
      evidence.push(`summary ${quote(...named)}`);
      decidedBy = `the opening names a peer role: ${sentenceQuote(peer[0]!.first)}`;
      // The name the opening gives the job, not the team it lists later ("... a family partner and
      // two peer support specialists").
      const itsName = peer.filter((m) => m.first < named[1]);
      category = itsName.map((m) => lex.roles.peerTitles.entries[m.entry]!.category).find((c) => c !== null) ?? null;
      setPrior(itsName);
    } else if (cue.length && !nonPeer.length) {
      isPeer = true;
      evidence.push(`summary ${quote(cue[0]!.first, cue[0]!.end)}`);
      decidedBy = `the opening describes peer work: ${sentenceQuote(cue[0]!.first)}`;
    } else if (header) {
      const named = lex.roles.peerTitles.matcher
        .matchAll(tokens, header[0], header[1])
        .map((m) => ({ entry: m.payload, first: m.first, end: m.end }));
      isPeer = true;
      decidedBy = `a header line names a peer role: ${sentenceQuote(header[0])}`;
      category = named.map((m) => lex.roles.peerTitles.entries[m.entry]!.category).find((c) => c !== null) ?? null;
      setPrior(named);
    } else if (nonPeer.length) {
      isPeer = false;
      evidence.push(`non-peer role ${quote(nonPeer[0]!.first, nonPeer[0]!.end)}`);
      decidedBy = `the opening names another job, not a peer role: ${sentenceQuote(nonPeer[0]!.first)}`;
    }
    if (isPeer !== null) source = 'body';
  }
  // A peer role named on a header line of its own near the top heads the job as a title does.
  if (isPeer === true && source === 'body') {
    const header = peerHeaderLine();
    if (header) {
      source = 'title';
      evidence.push(`header line ${quote(header[0], header[1])}`);
    }
  }

  // 4. A title that names no known role ("Recovery Advocate", "Family Navigator") heads a peer job
  // when the job requires the applicant's own lived experience: that requirement is what makes a
  // job a peer job.
  // A managing or clinical job ("House Manager" of a sober home that asks a year of sobriety) is
  // not made a peer job by the requirement alone: the job's own part must say so (2b).
  // So is one the title names as the job's other name, after a slash ("Recovery Housing
  // Coordinator / House Manager").
  const leadingJob =
    otherJob !== null &&
    (lex.roles.leadingOrClinicalHeads.test(doc.tokens, otherJob.name[0], otherJob.name[1]) || leadingOtherName(doc, lex, titleTokens));
  if (isPeer === null && !leadingJob) {
    const reading = readLivedExperience(doc, lex);
    // "This job is not a certified peer specialist role": the page's own word outweighs a
    // requirement read from it (a sober home's year of sobriety).
    const saysNotPeer = reading.best === 'required' ? saidNotPeer(doc, lex) : undefined;
    if (saysNotPeer) {
      isPeer = false;
      decidedBy = `the text says the job is not a peer role: ${sentenceQuote(saysNotPeer.first)}`;
    } else if (reading.best === 'required' && reading.lead) {
      isPeer = true;
      source = 'body';
      evidence.push(`requires lived experience ${quote(reading.lead.first, reading.lead.end)}`);
      decidedBy = `the job requires the applicant's own lived experience: ${sentenceQuote(reading.lead.first)}`;
    } else {
      // A job named by the people it stands beside ("Family Navigator", "Parent Ally"), whether or
      // not its name ends in a job's head word, with lived experience of theirs named.
      const name = otherJob?.name ?? titleTokens;
      const theirs = name ? besidePeopleMention(lex, doc, name, reading.mentions) : null;
      // A title no list knows and that names no other job ("Recovery Ally"): a preference for lived
      // experience makes it a peer job when its duties are peer work as the competency check reads it
      // (sharing one's story, linking to mutual aid); work with people alone does not.
      const cue =
        theirs || otherJob
          ? undefined
          : jobIsPeerCue(doc, lex, describesTheJob(doc, lex), reading.mentions, reading.headingKinds, true, false, true);
      if (theirs) {
        isPeer = true;
        source = 'body';
        evidence.push(`a job named by the people it stands beside, with their lived experience ${quote(theirs.first, theirs.end)}`);
        decidedBy = `the job is named by the people it stands beside, and the text names lived experience of theirs: ${sentenceQuote(theirs.first)}`;
      } else if (cue) {
        isPeer = true;
        source = 'body';
        evidence.push(`the job is a peer role ${quote(cue.first, cue.end)}`);
        decidedBy = `the text makes the job a peer role: ${sentenceQuote(cue.first)}`;
      }
    }
  }
  // A careers page: its title offers work ("Join Our Team", "We're Hiring"), the page names no job
  // and describes none (no pay, duties or qualifications: "Now Hiring!" above a Home Parent's pay
  // and duties is that job's posting).
  const describesAJob = marks.posting.some((m) => JOB_DETAILS.has(m.kind));
  // A peer role named only in the body of such a page ("every peer worker has a supervisor") is
  // its staff, unless the page says how to apply to it here ("To apply, email your resume").
  const namesNoJob = isPeer === null || (source === 'body' && !marks.posting.some((m) => m.kind === 'apply'));
  const careersPage = namesNoJob && !otherJob && !structured && !describesAJob && titleOffersWork(doc, lex);
  // Under "Now Hiring!", a job's name no list knows on a line of its own that the offer names
  // again ("... is adding a Community Connector to our team") is the job offered.
  const offered = careersPage && isPeer === null ? repeatedJobNameLine(doc) : null;
  if (offered) {
    otherJob = { name: offered, said: `the page offers a job by name: ${quote(offered[0], offered[1])}` };
  } else if (careersPage) {
    return {
      isPeerRole: false,
      category: null,
      evidence: ['no job named'],
      titleTokens,
      marks,
      document: { kind: 'other', evidence: ['the page offers work but names no job: open one posting to check it'] },
    };
  }
  if (isPeer === null && otherJob) {
    isPeer = false;
    source = 'title';
    evidence.push(`another job named ${quote(otherJob.name[0], otherJob.name[1])}`);
    decidedBy = otherJob.said;
  }

  // 5. A peer title is not a peer job unless the text is a job offer (a structured JobPosting is one).
  const markEvidence = marksEvidence(doc, marks);
  // A title naming no known role still heads a job offer when the text has its marks ("Home Parent").
  const offer = structured ? null : readJobOffer(marks, lex, source ?? (titleTokens ? 'body' : null));
  if (offer && !offer.offer) {
    const aboutPeers = isPeer === true || lex.roles.peerSummaryCues.test(tokens) || lex.roles.peerTitles.matcher.test(tokens);
    return {
      isPeerRole: false,
      category: null,
      evidence: [...evidence, 'not a job posting'],
      titleTokens,
      marks,
      document: { kind: aboutPeers ? 'about-peer-work' : 'other', evidence: offer.why ? [offer.why, ...markEvidence] : markEvidence },
    };
  }
  const decided = decidedBy ? [decidedBy] : isPeer ? [] : ['no peer role is named as the job'];
  const document: DocumentReport = {
    kind: isPeer ? 'peer-posting' : 'non-peer-posting',
    evidence: [...decided, ...(structured ? ['the page marks it as a job posting'] : []), ...markEvidence],
  };

  if (!isPeer) return { isPeerRole: false, category: null, evidence, titleTokens, document, marks };

  // 6. The category from the text's cues when the title left it open; title and summary count double.
  const fromCues = !category;
  // A title no list knows that names the people the job stands beside ("Family Navigator - Early
  // Psychosis Program", roles.json peopleBesideTitles) gives the category a prior as a peer title does.
  if (!category && prior === null && titleTokens) {
    const beside = lex.roles.peopleBesideTitles.matcher.matchAll(tokens, ...titleTokens).find((m) => m.first === titleTokens[0]);
    if (beside) {
      prior = lex.roles.peopleBesideTitles.entries[beside.payload]!.category;
      priorTitle = quote(beside.first, beside.end);
    }
  }
  // Who the agency serves (its mission, its divisions) counts only when the job names no one;
  // benefits and the equal-opportunity statement speak of the employee ("protected veteran status").
  const aboutTheJob = describesTheJob(doc, lex);
  const aboutEmployee = aboutTheEmployee(doc, lex);
  // The sentence that says whom the job serves, found once.
  let whoFound: number | null | undefined;
  const whoServed = (): number | null => {
    if (whoFound === undefined) whoFound = whoTheJobServes(doc, lex, (i) => aboutTheJob(i) && !aboutEmployee(i));
    return whoFound;
  };
  if (!category) {
    // A family or caregiver title: its two kinds are read together below.
    const familyTitle = prior !== null && FAMILY_KINDS.has(prior);
    const counts = new Map<RoleCategory, number>();
    const firstCue = new Map<RoleCategory, string>();
    const weightEnd = (titleTokens?.[1] ?? 0) + SUMMARY_TOKENS;
    const weightEndOffset = tokens[weightEnd]?.start ?? Infinity;
    const replaced = flagged.filter((f) => f.fix === 'replace' && f.end > f.start && f.suggestions.length);
    const isFlagged = overlapChecker(replaced);
    // A cue inside a job's name ("Mental Health Worker III", "mental health counselors", "Family
    // Peer Support Specialist") names a job, not the people served.
    // Marked per token: one pass, not every cue against every job name (quadratic on a long page).
    const inJobNameToken = new Uint8Array(tokens.length);
    for (const j of lex.roles.nonPeerTitles.matcher.matchAll(tokens)) inJobNameToken.fill(1, j.first, j.end);
    for (const j of lex.roles.peerTitles.matcher.matchAll(tokens)) inJobNameToken.fill(1, j.first, j.end);
    const inJobName = (first: number, end: number) => inJobNameToken.subarray(first, end).includes(1);
    // Each sentence counts a category once ("PTSD, depression and substance use" is one mental
    // health cue beside one substance-use cue).
    const bySentence = new Map<number, SentenceCues>();
    const populationBySentence = new Map<number, SentenceCues>();
    // A division named in the title ("Peer Specialist - Adult Mental Health Services") says who
    // the job serves, though it is a name.
    const populationMentions: { sentence: number; end: number }[] = [];
    const otherPostings = listsOtherPostings(doc, lex);
    const cueMatches = runPatternRules(doc, lex, lex.roles.categoryCues, { skipLiteral: true, namesReadIn: titleTokens }).filter(
      (m) => !otherPostings(m.sentence),
    );
    const jobCues = cueMatches.filter((m) => aboutTheJob(m.sentence));
    for (const m of jobCues.length ? jobCues : cueMatches) {
      // A sentence that lists the team names colleagues by what they do ("a substance use specialist").
      if (aboutEmployee(m.sentence) || inTeamList(m.sentence)) continue;
      const span = doc.slice(m.first, m.end);
      if (isFlagged(span.start, span.end) || inJobName(m.first, m.end)) continue;
      const { category, weight, yieldsToCondition, adultsToAFamilyTitle } = lex.roles.categoryCues.entries[m.entry]!;
      // Young adults under a family title are adults whose relatives the job serves.
      const c = adultsToAFamilyTitle && familyTitle ? 'family' : category;
      // Every mention of such people, not only the strongest of its sentence, may be the one a condition describes.
      if (yieldsToCondition) populationMentions.push({ sentence: m.sentence, end: m.end });
      const byCue = yieldsToCondition ? populationBySentence : bySentence;
      const cues = byCue.get(m.sentence) ?? new Map();
      byCue.set(m.sentence, cues);
      const w = weight * (m.first < weightEnd ? 2 : 1);
      if ((cues.get(c)?.weight ?? 0) < w) cues.set(c, { weight: w, first: m.first, end: m.end });
    }
    // Veterans or people coming home from prison that a condition right after them describes
    // ("veterans with mental health conditions such as PTSD") are that condition's population, and
    // so are the later mentions of the same people ("help veterans connect"): none counts then.
    // Beside a condition ("Jail Mental Health and Reentry Services") they count.
    const described = populationMentions.some((p) =>
      [...(bySentence.get(p.sentence) ?? [])].some(
        ([k, x]) => CONDITION_CATEGORIES.has(k) && x.first >= p.end && x.first - p.end <= CONDITION_WINDOW,
      ),
    );
    if (!described)
      for (const [sentence, population] of populationBySentence) {
        const cues = bySentence.get(sentence) ?? new Map();
        bySentence.set(sentence, cues);
        for (const [c, cue] of population) if ((cues.get(c)?.weight ?? 0) < cue.weight) cues.set(c, cue);
      }
    for (const cues of bySentence.values()) {
      for (const [c, cue] of countingCues(cues)) {
        counts.set(c, (counts.get(c) ?? 0) + cue.weight);
        if (!firstCue.has(c)) firstCue.set(c, quote(cue.first, cue.end));
      }
    }
    // A long page repeats the same few suggestions: each is read for cues once.
    const cuesOfSuggestion = new Map<string, ReturnType<typeof lex.roles.categoryCues.matcher.matchAll>>();
    // The categories the sentence that says whom the job serves names (its flagged words as their
    // suggestions: "substance abuse" is substance use).
    const who = whoServed();
    const named = new Map(who === null ? [] : (bySentence.get(who) ?? []));
    for (const f of replaced) {
      // A flagged word counts as its suggestion would, where a cue in the text would count.
      const at = doc.structure.sentenceOf[doc.tokenRange(f.start, f.end)[0]] ?? -1;
      if ((jobCues.length && !aboutTheJob(at)) || aboutEmployee(at)) continue;
      // Read with the word before it, as the rewritten text will be: "drug habit" becomes "drug use
      // disorder", a cue that "use disorder" alone is not.
      const [flaggedFirst] = doc.tokenRange(f.start, f.end);
      const before = flaggedFirst > 0 && tokens[flaggedFirst]!.gap === 'space' ? tokens[flaggedFirst - 1]!.norm : '';
      const suggestion = f.suggestions[0]!;
      const read = before ? `${before} ${suggestion}` : suggestion;
      let found = cuesOfSuggestion.get(read);
      if (!found) {
        found = lex.roles.categoryCues.matcher.matchAll(tokenize(read)).filter((m) => !before || m.end > 1);
        cuesOfSuggestion.set(read, found);
      }
      // Each category once, as a cue in the text counts once in its sentence: the suggestion
      // "people who use drugs" matches two patterns of one cue.
      const counted = new Set<string>();
      for (const m of found) {
        const c = lex.roles.categoryCues.entries[m.payload]!.category;
        // ... and not again where a cue of its sentence counted it ("address a drug habit by
        // connecting them with harm reduction" is one mention of substance use).
        if (counted.has(c) || bySentence.get(at)?.has(c)) continue;
        counted.add(c);
        if (at === who && !named.has(c)) {
          const [first, end] = doc.tokenRange(f.start, f.end);
          named.set(c, { weight: 0, first, end });
        }
        counts.set(c, (counts.get(c) ?? 0) + (f.start < weightEndOffset ? 2 : 1));
        if (!firstCue.has(c)) firstCue.set(c, `"${f.text}" (as "${f.suggestions[0]}")`);
      }
    }
    // A caregiver title's usual kind is the parent's, but it too serves families (roles.json title-caregiver-peer).
    if (familyTitle) servesFamilies(counts, named, firstCue);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const top = ranked[0];
    // Mental health and substance use side by side ("mental health or substance use") stay
    // general: a category has to be clearly ahead (twice the runner-up) to be chosen.
    // A family title's two kinds are no mix: the one ahead is the job's ("supports the parents and
    // caregivers of students" beside the families it also names), a tie leaves the title's.
    const familyKinds = familyTitle && ranked.length === 2 && ranked.every(([c]) => FAMILY_KINDS.has(c));
    const clear = top && (ranked.length === 1 || top[1] >= 2 * ranked[1]![1] || (familyKinds && top[1] > ranked[1]![1]));
    // The one population the sentence that says whom the job serves names decides when the cues
    // leave the category open, or only mix conditions elsewhere ("serves adults in our substance
    // use disorder program" beside a requirement of "mental health and/or substance use" lived
    // experience, or an agency's "mental health and substance use services"); a sentence naming
    // several ("people in emotional distress and people worried about a loved one's substance
    // use") decides nothing.
    const served = named.size === 1 ? [...named][0]! : null;
    if (served && (!clear || (top[0] === 'general-peer' && served[0] !== 'general-peer'))) {
      category = served[0];
      evidence.push(`whom the job serves ${quote(served[1].first, served[1].end)}`);
    } else if (clear && (top[1] >= 2 || !prior || top[0] === prior)) {
      // A title's usual category (a recovery coach: substance-use recovery) holds unless the
      // population the text names overrules it; one incidental word does not.
      category = top[0];
      evidence.push(`category cue ${firstCue.get(top[0])}`);
    } else if (prior && (ranked.length === 0 || clear)) {
      category = prior;
      evidence.push(`usual category of the title ${priorTitle}`);
    } else {
      // Nothing in the text says whom the job serves: the employer's name on the line under the
      // title may ("Meadowview Psychiatric Hospital", "Center for Addiction Recovery").
      const employer = ranked.length === 0 ? employerNameCategory(doc, lex, titleTokens) : null;
      // ... nor the employer's name: the one kind of lived experience the job asks for does
      // ("Must be clean and sober for at least one year" under a title that names no kind).
      const asked = ranked.length === 0 && !employer ? kindAskedFor(doc, lex) : null;
      category = employer?.category ?? asked?.category ?? 'general-peer';
      if (employer) evidence.push(`the employer's name ${quote(employer.first, employer.end)}`);
      else if (asked) evidence.push(`the kind of lived experience asked for ${quote(asked.first, asked.end)}`);
    }
  }
  // A role named by a condition that serves the people and their families together is general;
  // so is one the text's cues made a family role only by naming those families ("individuals in
  // recovery and their loved ones"), which a family title does not.
  if (category === 'adult-mental-health' || category === 'substance-use-recovery' || (category === 'family' && fromCues)) {
    const together = servedWithFamilies(doc, lex, whoServed());
    if (together) {
      category = 'general-peer';
      evidence.push(`serves people and their families together ${quote(together.first, together.end)}`);
    }
  }
  return { isPeerRole: true, category, evidence, titleTokens, document, marks };
}

/** The two kinds a family title may have: a family member's of an adult, a parent's or caregiver's of a child. */
const FAMILY_KINDS: ReadonlySet<RoleCategory> = new Set(['family', 'parent-caregiver']);

/** The one kind of lived experience a job requires or prefers, with the mention that asks it, or null. */
function kindAskedFor(doc: AnalysisDocument, lex: CompiledLexicons): { category: RoleCategory; first: number; end: number } | null {
  const reading = readLivedExperience(doc, lex);
  if (reading.best !== 'required' && reading.best !== 'preferred') return null;
  const deciding = askingMentions(reading);
  // A kind every job accepts ("emotional or behavioral challenges") gives way to one named beside it.
  const kinds = namedKinds(lex, new Set(deciding.flatMap((m) => [...m.types])));
  if (kinds.length !== 1) return null;
  const category = kinds[0]!;
  const m = deciding.find((d) => d.types.has(category))!;
  return { category, first: m.first, end: m.end };
}

/**
 * A family or caregiver title's job serves families (its usual category is family, or parent for
 * a caregiver title): the young people the text names are their children, which makes it a parent/caregiver role ("parents of teens in our
 * adolescent program"), and the conditions it names are their loved ones' ("a child with a mental
 * health or substance use challenge"), not the category of the people served.
 */
function servesFamilies(
  counts: Map<RoleCategory, number>,
  named: Map<RoleCategory, { weight: number; first: number; end: number }>,
  firstCue: Map<RoleCategory, string>,
): void {
  const young = counts.get('youth');
  if (young !== undefined) {
    counts.set('parent-caregiver', (counts.get('parent-caregiver') ?? 0) + young);
    if (!firstCue.has('parent-caregiver')) firstCue.set('parent-caregiver', firstCue.get('youth')!);
  }
  const youngNamed = named.get('youth');
  if (youngNamed && !named.has('parent-caregiver')) named.set('parent-caregiver', youngNamed);
  // Adults served make it the family kind, as young people make it the parent kind ("Family Peer
  // Advocate, Adult System of Care").
  const adults = counts.get('adult-mental-health');
  if (adults !== undefined) {
    counts.set('family', (counts.get('family') ?? 0) + adults);
    if (!firstCue.has('family')) firstCue.set('family', firstCue.get('adult-mental-health')!);
  }
  const adultsNamed = named.get('adult-mental-health');
  if (adultsNamed && !named.has('family')) named.set('family', adultsNamed);
  for (const c of [...CONDITION_CATEGORIES, 'youth' as const]) {
    counts.delete(c);
    named.delete(c);
  }
}

/** Outside the title, the text names lived experience, peer support or a behavioral health condition. */
function namesPeerWork(doc: AnalysisDocument, lex: CompiledLexicons, title: readonly [number, number]): boolean {
  const outside = (m: { first: number; end: number }) => m.first >= title[1] || m.end <= title[0];
  if (lex.roles.peerSummaryCues.matchAll(doc.tokens).some(outside)) return true;
  if (lex.roles.conditionWords.matchAll(doc.tokens).some(outside)) return true;
  const { entries } = lex.roles.categoryCues;
  // A title that says "peer" and serves people by who they are ("Peer Mentor, Reentry Services"
  // for people coming home from prison, a veterans' peer mentor) names peers of those people;
  // without "peer" (a Head Start "Family Advocate" whose text names veterans) it does not.
  const peerInTitle = doc.tokens.slice(title[0], title[1]).some((t) => t.norm === 'peer' || t.norm === 'peers');
  // With the cues' guards: services people are referred to name no one served.
  const condition = runPatternRules(doc, lex, lex.roles.categoryCues, { skipLiteral: true }).some(
    (m) => outside(m) && CONDITION_CATEGORIES.has(entries[m.entry]!.category) && (!entries[m.entry]!.yieldsToCondition || peerInTitle),
  );
  return condition || readLivedExperience(doc, lex).best !== 'absent' || namesBehavioralHealthSetting(doc, lex, title);
}

/**
 * Where the job is done is a behavioral health setting (roles.json behavioralHealthSettings): named
 * in the title, on the employer's line under it ("Greenfield Behavioral Hospital") or in the first
 * sentence after them ("... for our inpatient psychiatric units"). A title that names patients too
 * ("Patient and Family Advocate") is a patient-relations job wherever it is done.
 */
function namesBehavioralHealthSetting(doc: AnalysisDocument, lex: CompiledLexicons, title: readonly [number, number]): boolean {
  const { settings, names, notWithTitleWords } = lex.roles.behavioralHealthSettings;
  const { tokens } = doc;
  if (notWithTitleWords.test(tokens, title[0], title[1])) return false;
  let headEnd = title[1];
  const next = tokens[title[1]];
  if (next) {
    const line = doc.lines.lines[doc.lines.lineAt(next.start)]!;
    const [a, b] = doc.tokenRange(line.start, line.end);
    // A short line under the title is the employer's; a long one is the first sentence.
    if (b - a <= EMPLOYER_LINE_MAX_WORDS) headEnd = b;
  }
  if (settings.test(tokens, title[0], headEnd) || names.test(tokens, title[0], headEnd)) return true;
  const first = doc.structure.sentences.find((s) => s.first >= headEnd);
  return first !== undefined && settings.test(tokens, first.first, first.endTok);
}

/** The title, or the page's first line, offers work ("Join Our Team", "We're Hiring"). */
function titleOffersWork(doc: AnalysisDocument, lex: CompiledLexicons): boolean {
  // A breadcrumb ("Home > Careers > Open Positions") says where the page sits on its site, not what it offers.
  const first = doc.lines.lines.find((l) => l.text.trim() && !isPageChrome(l.text));
  const heads = [doc.structure.title, first ? { start: first.start, end: first.start + first.text.length } : null];
  // A title that asks ("Looking for a recovery coach?") offers one; it hires none.
  const asks = (h: { start: number; end: number }) => doc.text.slice(h.start, h.end).trim().endsWith('?');
  return heads.some(
    (h) =>
      h !== null &&
      lex.documentKind.postingMarks.matchAll(doc.tokens, ...doc.tokenRange(h.start, h.end)).some((m) => {
        const mark = lex.lexicons.documentKind.postingMarks[m.payload]!;
        return mark.kind === 'hiring' && !(mark.notInQuestions && asks(h));
      }),
  );
}

/** Words on the line under the title that may name its employer ("Meadowview Psychiatric Hospital | $17/hour"). */
const EMPLOYER_LINE_MAX_WORDS = 12;

/**
 * The one category the names on the line right under the title name, read like other words: the
 * employer a job board puts there. Null when the line is long, names a job, names no category or
 * several.
 */
function employerNameCategory(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  title: readonly [number, number] | null,
): { category: RoleCategory; first: number; end: number } | null {
  if (!title || title[1] <= title[0] || title[1] >= doc.tokens.length) return null;
  const line = doc.lines.lineAt(doc.tokens[title[1]]!.start);
  if (line === doc.lines.lineAt(doc.tokens[title[1] - 1]!.start)) return null;
  const { start, end } = doc.lines.lines[line]!;
  const range = doc.tokenRange(start, end);
  if (range[1] - range[0] > EMPLOYER_LINE_MAX_WORDS) return null;
  const { sentenceOf } = doc.structure;
  const wanted = new Set<number>();
  for (let t = range[0]; t < range[1]; t++) wanted.add(sentenceOf[t]!);
  const found = runPatternRules(doc, lex, lex.roles.categoryCues, {
    skipLiteral: true,
    namesReadIn: range,
    sentenceFilter: (i) => wanted.has(i),
  }).filter((m) => m.first >= range[0] && m.end <= range[1]);
  // A job's name there ("(Mental Health Worker III)", a class name under a county's title) names a
  // job, not the employer: its cues count for nothing, as in the text.
  const jobNames = [
    ...lex.roles.nonPeerTitles.matcher.matchAll(doc.tokens, range[0], range[1]),
    ...lex.roles.peerTitles.matcher.matchAll(doc.tokens, range[0], range[1]),
  ];
  if (jobNames.length || jobTitleHead(doc, lex, range) !== null) return null;
  const categories = new Set(found.map((m) => lex.roles.categoryCues.entries[m.entry]!.category));
  if (categories.size !== 1) return null;
  const m = found[0]!;
  return { category: lex.roles.categoryCues.entries[m.entry]!.category, first: m.first, end: m.end };
}

/** The first of some role names, joined with the names that overlap it ("Youth Peer Advocate", not "Youth Peer"). */
function joinedName(names: readonly { first: number; end: number }[]): [number, number] {
  const first = names[0]!.first;
  let end = first;
  for (const m of [...names].sort((a, b) => a.first - b.first)) if (m.first === first || m.first < end) end = Math.max(end, m.end);
  return [first, end];
}

/**
 * Peer staff named in the plural after a verb of leading in the offer's own sentence ("seeks a
 * seasoned manager to oversee our housing services and our five peer specialists", roles.json
 * offerLeadsCues): the staff the job leads, not the job.
 */
function ledByTheOffered(doc: AnalysisDocument, lex: CompiledLexicons, hiringEnd: number, m: { first: number; plural: boolean }): boolean {
  if (!m.plural || m.first < hiringEnd) return false;
  const s = doc.structure.sentences[doc.structure.sentenceOf[hiringEnd - 1]!]!;
  if (m.first >= s.endTok) return false;
  return lex.roles.offerLeadsCues.test(doc.tokens, hiringEnd, m.first);
}

/** Where the page says the job is not a peer role ("This is not a peer position", roles.json jobIsNotPeerCues), within one sentence. */
function saidNotPeer(doc: AnalysisDocument, lex: CompiledLexicons): { first: number } | undefined {
  const { sentenceOf } = doc.structure;
  return lex.roles.jobIsNotPeerCues.matchAll(doc.tokens).find((m) => sentenceOf[m.first] === sentenceOf[m.end - 1]);
}

/** Words that name a colleague already in place ("the assigned caseworker", "their therapist"). */
const ALREADY_THERE = new Set(['the', 'your', 'their', 'our', 'each', 'his', 'her']);
/** Words between such a word and the colleague's title ("the assigned", "their primary"). */
const ALREADY_THERE_WORDS = new Set(['assigned', 'primary', 'treating', 'referring', 'current', 'unit', 'team']);

/** Whether a sentence lists the team with the job among them ("... two nurses, a housing worker
 * and this role", roles.json teamListCues): each sentence read once, however many cues it holds. */
function teamListSentences(doc: AnalysisDocument, lex: CompiledLexicons): (sentence: number) => boolean {
  const read = new Map<number, boolean>();
  return (sentence) => {
    let listed = read.get(sentence);
    if (listed === undefined) {
      const s = doc.structure.sentences[sentence]!;
      listed = lex.roles.teamListCues.test(doc.tokens, s.first, s.endTok);
      read.set(sentence, listed);
    }
    return listed;
  };
}

/** Token `first` stands on a site's menu bar ("Careers | Nursing   Physicians   Allied Health"), which names no job of the page. */
function onAMenuLine(doc: AnalysisDocument, first: number): boolean {
  return isMenuLine(doc.lines.lines[doc.lines.lineAt(doc.tokens[first]!.start)]!.text);
}

/** A title inside brackets that list examples with commas ("sharing resources (LGBTQ+ groups, school counselors, drop-in centers)"): one of the things named, not the job. */
function inExamplesInBrackets(doc: AnalysisDocument, first: number): boolean {
  const { text, tokens } = doc;
  const at = tokens[first]!.start;
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open || text.slice(open, at).includes('\n')) return false;
  const close = text.indexOf(')', at);
  return close > 0 && !text.slice(at, close).includes('\n') && text.slice(open, close).includes(',');
}

/** A peer title at a program's or a group's name ("the peer support program", "peer groups", "Recovery Coach Academy"): a thing, not the job. */
function peerNamesAThing(doc: AnalysisDocument, lex: CompiledLexicons, end: number): boolean {
  return namesAThingAfter(doc, lex, end, true);
}

/** Words that may stand between a word of working with (roles.json colleagueCues) and the colleagues' title ("with the county's"). */
const COLLEAGUE_REACH = 3;

/** Words of a list of colleagues before the title after that word ("with parole, the shelters and our"). */
const COLLEAGUE_LIST_REACH = 20;

/**
 * The peer title at `first` names colleagues the job works with: "Work with peer support
 * specialists and social workers", "Coordinate with parole, the shelters and our peer
 * recovery coaches" (the word of working with, then at most a few words, or a list set apart by
 * commas and "and").
 */
function workedWith(doc: AnalysisDocument, lex: CompiledLexicons, first: number): boolean {
  const { tokens, structure, text } = doc;
  const sentenceFirst = structure.sentences[structure.sentenceOf[first]!]!.first;
  const from = Math.max(sentenceFirst, first - 1 - COLLEAGUE_LIST_REACH);
  let listed = false;
  for (let k = first - 1; k >= from; k--) {
    const gap = tokens[k + 1]!.gap;
    if (!spaceOrHyphen(gap)) {
      if (gap !== 'punct' || text.slice(tokens[k]!.end, tokens[k + 1]!.start).trim() !== ',') return false;
      listed = true;
    }
    if (tokens[k]!.norm === 'and' || tokens[k]!.norm === 'or') listed = true;
    if (!listed && first - k > COLLEAGUE_REACH + 1) return false;
    if (lex.roles.colleagueCues.test(tokens, k, k + 1)) return true;
  }
  return false;
}

/** The title at `first` names a colleague already in place, inside its sentence: "Providing the assigned caseworker with updates". */
function someoneAlreadyThere(doc: AnalysisDocument, first: number): boolean {
  const { tokens, structure } = doc;
  const sentenceFirst = structure.sentences[structure.sentenceOf[first]!]!.first;
  let k = first - 1;
  while (k > sentenceFirst && ALREADY_THERE_WORDS.has(tokens[k]!.norm)) k--;
  return k > sentenceFirst && ALREADY_THERE.has(tokens[k]!.norm);
}

/**
 * The job's name after the employer's and a dash in the title ("Marlow County — Benefits
 * Officer"): the part after the first dash, when the part before it names no job.
 */
function jobAfterEmployer(doc: AnalysisDocument, lex: CompiledLexicons, title: readonly [number, number]): [number, number] | null {
  const { tokens, text } = doc;
  for (let k = title[0] + 1; k < title[1]; k++)
    if (/^\s+[-–—|]\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return jobTitleHead(doc, lex, [k, title[1]]);
  return null;
}

/** A managing or clinical job's name after a slash in the title: the job's other name. */
function leadingOtherName(doc: AnalysisDocument, lex: CompiledLexicons, title: readonly [number, number] | null): boolean {
  if (!title) return false;
  const { tokens, text } = doc;
  for (let k = title[0] + 1; k < title[1]; k++)
    if (/^\s*\/\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && lex.roles.leadingOrClinicalHeads.test(tokens, k, title[1]))
      return true;
  return false;
}

/**
 * "Community Health Worker - Peer (Lived Experience)": after a job's name on its line, "peer" set
 * apart by a dash or a bracket, or "lived experience" in brackets, says it is the peer kind of that
 * job, as QUALIFIER_BEFORE reads such a word at a title's end.
 */
function peerQualifierAfter(doc: AnalysisDocument, name: readonly [number, number]): boolean {
  const { tokens, text } = doc;
  const line = doc.lines.lines[doc.lines.lineAt(tokens[name[0]]!.start)]!;
  // The word at `last` ends the line or comes before a bracket.
  const endsTheName = (last: number) => {
    const next = tokens[last + 1];
    return !next || next.start >= line.end || text.slice(tokens[last]!.end, next.start).includes('(');
  };
  for (let i = name[1]; i < tokens.length && tokens[i]!.start < line.end; i++) {
    const before = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (!/[-–—(]/.test(before)) continue;
    // "- Peer" that ends the line or comes before a bracket, not a division ("- Peer & Family
    // Services"); "- Consumer Peer", one word before it, ends the line too.
    const peerAt = tokens[i]!.norm === 'peer' ? i : tokens[i + 1]?.norm === 'peer' && tokens[i + 1]!.gap === 'space' ? i + 1 : -1;
    // "- Peer Support (Transition Age Youth)": the service's word after "peer" ends the name too.
    const peerEnd = peerAt >= 0 && tokens[peerAt + 1]?.norm === 'support' && tokens[peerAt + 1]!.gap === 'space' ? peerAt + 1 : peerAt;
    if (peerAt >= 0 && endsTheName(peerEnd)) return true;
    // "(Lived Experience)", or "- Lived Experience" that ends the line or comes before a bracket.
    if (tokens[i]!.norm === 'lived' && tokens[i + 1]?.norm === 'experience' && (before.includes('(') || endsTheName(i + 1))) return true;
  }
  return false;
}
