// Is this a peer role, and which kind? Decided from the title first, then an offer to hire,
// then the summary; and only in a text that is a job offer (document-kind.ts). The category
// from the title, else from cues in the text. A peer title mentioned in the body of a counselor
// posting ("work alongside peer specialists") does not make it a peer job.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { DocumentReport, Finding, RoleCategory, RoleReport } from '../types.js';
import { documentMarks, isJobOffer, marksEvidence, type DocumentMarks, type RoleSource } from './document-kind.js';
import { tokenize } from '../text/tokenize.js';
import { overlapChecker } from '../text/span-overlap.js';
import { listedJobs } from './job-listing.js';
import { runPatternRules } from './pattern-rule-runner.js';
import { describesTheJob } from './agency-sections.js';
import { readLivedExperience } from './lived-experience.js';

/** Categories named by a condition, not by who the person is to someone (family) or their age (youth). */
const CONDITION_CATEGORIES: ReadonlySet<RoleCategory> = new Set(['adult-mental-health', 'substance-use-recovery', 'general-peer']);

/** How far into the text the summary reaches, in tokens after the title. */
const SUMMARY_TOKENS = 160;

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
  const summaryHeadings = lex.roles.summaryHeadings;
  const marks = documentMarks(doc, lex);

  // 0. A page that lists several jobs is checked on language only: select one posting to check it.
  const jobs = structured ? [] : listedJobs(doc, lex);
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

  let isPeer: boolean | null = null;
  let category: RoleCategory | null = null;
  let source: RoleSource = null;
  let prior: RoleCategory | null = null;
  let priorTitle = '';
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
    const peer = runPatternRules(doc, lex, lex.roles.peerTitles, { skipLiteral: false, sentenceFilter: titleSentences, keepOverlaps: true })
      .filter(inTitle)
      .map((m) => ({ ...m, payload: m.entry }));
    const nonPeer = lex.roles.nonPeerTitles.matcher.matchAll(tokens, titleTokens[0], titleTokens[1]);
    // Whichever role the title names first is the job ("Case Manager (works with peer specialists)").
    if (peer.length && (!nonPeer.length || peer[0]!.first <= nonPeer[0]!.first)) {
      isPeer = true;
      // The longest title named first: "Peer Recovery Coach", not its first word "Peer".
      const named = peer.filter((m) => m.first === peer[0]!.first).reduce((a, b) => (b.end > a.end ? b : a));
      evidence.push(`title ${quote(named.first, named.end)}`);
      category = peer.map((m) => lex.roles.peerTitles.entries[m.payload]!.category).find((c) => c !== null) ?? null;
      setPrior(peer.map((m) => ({ entry: m.payload, first: m.first, end: m.end })));
    } else if (nonPeer.length) {
      isPeer = false;
      evidence.push(`non-peer title ${quote(nonPeer[0]!.first, nonPeer[0]!.end)}`);
    }
    if (isPeer !== null) source = 'title';
  }

  // 2. An offer to hire that names the role ("... is hiring Peer Support Specialists").
  if (isPeer === null) {
    const hiring = marks.posting.find((m) => m.kind === 'hiring');
    if (hiring) {
      const sentence = structure.sentenceOf[hiring.first]!;
      const peer = runPatternRules(doc, lex, lex.roles.peerTitles, {
        skipLiteral: false,
        sentenceFilter: (i) => i === sentence || i === sentence + 1,
      });
      if (peer.length) {
        isPeer = true;
        source = 'title';
        evidence.push(`offer to hire ${quote(peer[0]!.first, peer[0]!.end)}`);
        category = lex.roles.peerTitles.entries[peer[0]!.entry]!.category;
        setPrior(peer);
      }
    }
  }

  // 3. Otherwise the summary: the role named in the first lines after the title, and in any summary section.
  if (isPeer === null) {
    const after = titleTokens ? titleTokens[1] : 0;
    const summaryEnd = Math.min(tokens.length, after + SUMMARY_TOKENS);
    const inSummary = (s: number) => {
      const sent = structure.sentences[s]!;
      if (sent.first < summaryEnd) return true;
      const h = structure.headings[sent.heading];
      return h !== undefined && summaryHeadings.test(tokens, ...doc.tokenRange(h.start, h.end));
    };
    const peer = runPatternRules(doc, lex, lex.roles.peerTitles, { skipLiteral: false, sentenceFilter: inSummary });
    const cue = lex.roles.peerSummaryCues.matchAll(tokens, after, summaryEnd);
    const nonPeer = runPatternRules(doc, lex, lex.roles.nonPeerTitles, { skipLiteral: false, sentenceFilter: inSummary });
    if (peer.length && (!nonPeer.length || peer[0]!.first < nonPeer[0]!.first)) {
      isPeer = true;
      evidence.push(`summary ${quote(peer[0]!.first, peer[0]!.end)}`);
      category = peer.map((m) => lex.roles.peerTitles.entries[m.entry]!.category).find((c) => c !== null) ?? null;
      setPrior(peer);
    } else if (cue.length && !nonPeer.length) {
      isPeer = true;
      evidence.push(`summary ${quote(cue[0]!.first, cue[0]!.end)}`);
    } else if (nonPeer.length) {
      isPeer = false;
      evidence.push(`non-peer role ${quote(nonPeer[0]!.first, nonPeer[0]!.end)}`);
    }
    if (isPeer !== null) source = 'body';
  }

  // 4. A title that names no known role ("Recovery Advocate", "Family Navigator") heads a peer job
  // when the job requires the applicant's own lived experience: that requirement is what makes a
  // job a peer job.
  if (isPeer === null) {
    const reading = readLivedExperience(doc, lex);
    if (reading.best === 'required' && reading.lead) {
      isPeer = true;
      source = 'body';
      evidence.push(`requires lived experience ${quote(reading.lead.first, reading.lead.end)}`);
    }
  }

  // 5. A peer title is not a peer job unless the text is a job offer (a structured JobPosting is one).
  const markEvidence = marksEvidence(doc, marks);
  // A title naming no known role still heads a job offer when the text has its marks ("Home Parent").
  if (!structured && !isJobOffer(marks, lex, source ?? (titleTokens ? 'body' : null))) {
    const aboutPeers = isPeer === true || lex.roles.peerSummaryCues.test(tokens) || lex.roles.peerTitles.matcher.test(tokens);
    return {
      isPeerRole: false,
      category: null,
      evidence: [...evidence, 'not a job posting'],
      titleTokens,
      marks,
      document: { kind: aboutPeers ? 'about-peer-work' : 'other', evidence: markEvidence },
    };
  }
  const document: DocumentReport = {
    kind: isPeer ? 'peer-posting' : 'non-peer-posting',
    evidence: structured ? ['the page marks it as a job posting', ...markEvidence] : markEvidence,
  };

  if (!isPeer) return { isPeerRole: false, category: null, evidence, titleTokens, document, marks };

  // 6. The category from the text's cues when the title left it open; title and summary count double.
  if (!category) {
    const counts = new Map<RoleCategory, number>();
    const firstCue = new Map<RoleCategory, string>();
    const weightEnd = (titleTokens?.[1] ?? 0) + SUMMARY_TOKENS;
    const weightEndOffset = tokens[weightEnd]?.start ?? Infinity;
    const replaced = flagged.filter((f) => f.fix === 'replace' && f.end > f.start && f.suggestions.length);
    const isFlagged = overlapChecker(replaced);
    // A cue inside a job's name ("Mental Health Worker III", "mental health counselors", "Family
    // Peer Support Specialist") names a job, not the people served.
    const jobNames = [...lex.roles.nonPeerTitles.matcher.matchAll(tokens), ...lex.roles.peerTitles.matcher.matchAll(tokens)];
    const inJobName = (first: number, end: number) => jobNames.some((j) => j.first < end && first < j.end);
    // Each sentence counts a category once ("PTSD, depression and substance use" is one mental
    // health cue beside one substance-use cue), and a sentence that names who is served by their
    // relationship or age ("parents of children with mental health needs") counts that, not the
    // conditions it names, as the lived-experience reading does.
    const bySentence = new Map<number, Map<RoleCategory, { weight: number; first: number; end: number }>>();
    // Who the agency serves (its mission, its divisions) counts only when the job names no one.
    const aboutTheJob = describesTheJob(doc, lex);
    // A division named in the title ("Peer Specialist - Adult Mental Health Services") says who
    // the job serves, though it is a name.
    const cueMatches = runPatternRules(doc, lex, lex.roles.categoryCues, { skipLiteral: true, namesReadIn: titleTokens });
    const jobCues = cueMatches.filter((m) => aboutTheJob(m.sentence));
    for (const m of jobCues.length ? jobCues : cueMatches) {
      const span = doc.slice(m.first, m.end);
      if (isFlagged(span.start, span.end) || inJobName(m.first, m.end)) continue;
      const { category: c, weight } = lex.roles.categoryCues.entries[m.entry]!;
      const cues = bySentence.get(m.sentence) ?? new Map();
      bySentence.set(m.sentence, cues);
      const w = weight * (m.first < weightEnd ? 2 : 1);
      if ((cues.get(c)?.weight ?? 0) < w) cues.set(c, { weight: w, first: m.first, end: m.end });
    }
    for (const cues of bySentence.values()) {
      const byWho = cues.has('family') || cues.has('parent-caregiver') || cues.has('youth');
      for (const [c, cue] of cues) {
        if (byWho && CONDITION_CATEGORIES.has(c)) continue;
        counts.set(c, (counts.get(c) ?? 0) + cue.weight);
        if (!firstCue.has(c)) firstCue.set(c, quote(cue.first, cue.end));
      }
    }
    for (const f of replaced) {
      // A flagged word counts as its suggestion would, where a cue in the text would count.
      if (jobCues.length && !aboutTheJob(doc.structure.sentences.findIndex((x) => x.start <= f.start && f.start < x.end))) continue;
      for (const m of lex.roles.categoryCues.matcher.matchAll(tokenize(f.suggestions[0]!))) {
        const c = lex.roles.categoryCues.entries[m.payload]!.category;
        counts.set(c, (counts.get(c) ?? 0) + (f.start < weightEndOffset ? 2 : 1));
        if (!firstCue.has(c)) firstCue.set(c, `"${f.text}" (as "${f.suggestions[0]}")`);
      }
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const top = ranked[0];
    // Mental health and substance use side by side ("mental health or substance use") stay
    // general: a category has to be clearly ahead (twice the runner-up) to be chosen.
    const clear = top && (ranked.length === 1 || top[1] >= 2 * ranked[1]![1]);
    // A title's usual category (a recovery coach: substance-use recovery) holds unless the
    // population the text names overrules it; one incidental word does not.
    if (clear && (top[1] >= 2 || !prior || top[0] === prior)) {
      category = top[0];
      evidence.push(`category cue ${firstCue.get(top[0])}`);
    } else if (prior && (ranked.length === 0 || clear)) {
      category = prior;
      evidence.push(`usual category of the title ${priorTitle}`);
    } else category = 'general-peer';
  }
  return { isPeerRole: true, category, evidence, titleTokens, document, marks };
}
