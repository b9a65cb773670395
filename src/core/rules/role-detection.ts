// Is this a peer role, and which kind? Decided from the title first, then the summary; the
// category from the title, else from cues in the text. A peer title mentioned in the body of
// a counselor posting ("work alongside peer specialists") does not make it a peer job.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { Finding, RoleCategory, RoleReport } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import { overlapChecker } from '../text/span-overlap.js';
import { runPatternRules } from './pattern-rule-runner.js';

/** How far into the text the summary reaches, in tokens after the title. */
const SUMMARY_TOKENS = 160;
const SUMMARY_HEADING = /summary|purpose|overview|about (the|this) (role|position|job)|position description|job description/i;

export interface RoleDetection extends RoleReport {
  /** token range of the title, if any */
  titleTokens: [number, number] | null;
}

/** Enough posting vocabulary (distinct cues) to read the text as a job posting. */
function looksLikePosting(doc: AnalysisDocument, lex: CompiledLexicons): boolean {
  const distinct = new Set(lex.roles.postingCues.matchAll(doc.tokens).map((m) => m.payload));
  return distinct.size >= 2;
}

/**
 * `flagged`: the language findings on the text. For the category, each counts as the cues of its
 * first suggestion and its own words count for nothing, so replacing "addicts" by "people with
 * substance use disorders" does not move the category (and the score) under the user's feet.
 */
export function detectRole(doc: AnalysisDocument, lex: CompiledLexicons, structured = false, flagged: readonly Finding[] = []): RoleDetection {
  const { structure, tokens } = doc;
  const titleTokens = structure.title ? doc.tokenRange(structure.title.start, structure.title.end) : null;
  const evidence: string[] = [];
  const quote = (first: number, end: number) => `"${doc.slice(first, end).text}"`;

  // 0. A title that names a document ("Peer Specialist Core Training — Agenda", "Language Guide")
  //    is about peer work, not a posting for it. A structured posting is always a posting.
  let isPeer: boolean | null = null;
  let category: RoleCategory | null = null;
  const docCue = !structured && titleTokens ? lex.roles.documentTitleCues.matchAll(tokens, titleTokens[0], titleTokens[1])[0] : undefined;
  if (docCue) {
    evidence.push(`document title ${quote(docCue.first, docCue.end)}`);
    return { isPeerRole: false, category: null, evidence, titleTokens };
  }

  // 1. The title decides when it names a role.
  if (titleTokens) {
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
      evidence.push(`title ${quote(peer[0]!.first, peer[0]!.end)}`);
      category = peer.map((m) => lex.roles.peerTitles.entries[m.payload]!.category).find((c) => c !== null) ?? null;
    } else if (nonPeer.length) {
      isPeer = false;
      evidence.push(`non-peer title ${quote(nonPeer[0]!.first, nonPeer[0]!.end)}`);
    }
  }

  // 2. Otherwise the summary: the first lines after the title, and any summary section.
  if (isPeer === null && (structured || looksLikePosting(doc, lex))) {
    const after = titleTokens ? titleTokens[1] : 0;
    const summaryEnd = Math.min(tokens.length, after + SUMMARY_TOKENS);
    const inSummary = (s: number) => {
      const sent = structure.sentences[s]!;
      if (sent.first < summaryEnd) return true;
      const h = structure.headings[sent.heading];
      return h !== undefined && SUMMARY_HEADING.test(h.text);
    };
    const peer = runPatternRules(doc, lex, lex.roles.peerTitles, { skipLiteral: false, sentenceFilter: inSummary });
    const cue = lex.roles.peerSummaryCues.matchAll(tokens, after, summaryEnd);
    const nonPeer = runPatternRules(doc, lex, lex.roles.nonPeerTitles, { skipLiteral: false, sentenceFilter: inSummary });
    if (peer.length && (!nonPeer.length || peer[0]!.first < nonPeer[0]!.first)) {
      isPeer = true;
      evidence.push(`summary ${quote(peer[0]!.first, peer[0]!.end)}`);
      category = peer.map((m) => lex.roles.peerTitles.entries[m.entry]!.category).find((c) => c !== null) ?? null;
    } else if (cue.length && !nonPeer.length) {
      isPeer = true;
      evidence.push(`summary ${quote(cue[0]!.first, cue[0]!.end)}`);
    } else if (nonPeer.length) {
      isPeer = false;
      evidence.push(`non-peer role ${quote(nonPeer[0]!.first, nonPeer[0]!.end)}`);
    }
  }

  if (!isPeer) return { isPeerRole: false, category: null, evidence, titleTokens };

  // 3. The category from the text's cues when the title left it open; title and summary count double.
  if (!category) {
    const counts = new Map<RoleCategory, number>();
    const firstCue = new Map<RoleCategory, string>();
    const weightEnd = (titleTokens?.[1] ?? 0) + SUMMARY_TOKENS;
    const weightEndOffset = tokens[weightEnd]?.start ?? Infinity;
    const replaced = flagged.filter((f) => f.fix === 'replace' && f.end > f.start && f.suggestions.length);
    const isFlagged = overlapChecker(replaced);
    for (const m of runPatternRules(doc, lex, lex.roles.categoryCues, { skipLiteral: true })) {
      const span = doc.slice(m.first, m.end);
      if (isFlagged(span.start, span.end)) continue;
      const c = lex.roles.categoryCues.entries[m.entry]!.category;
      // Who the role serves (families, parents, youth) outranks the conditions a text names.
      const population = c === 'family' || c === 'parent-caregiver' || c === 'youth' ? 3 : 1;
      counts.set(c, (counts.get(c) ?? 0) + population * (m.first < weightEnd ? 2 : 1));
      if (!firstCue.has(c)) firstCue.set(c, quote(m.first, m.end));
    }
    for (const f of replaced) {
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
    if (top && (ranked.length === 1 || top[1] >= 2 * ranked[1]![1])) {
      category = top[0];
      evidence.push(`category cue ${firstCue.get(top[0])}`);
    } else category = 'general-peer';
  }
  return { isPeerRole: true, category, evidence, titleTokens };
}
