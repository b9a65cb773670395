// analyze(): read a posting or document, run the three rule families, score, explain.
// Pure and deterministic: no DOM, no browser API, no clock, no randomness.
import { buildDocument } from './analysis-document.js';
import { compileLexicons, compileRuleSet, type CompiledLexicons, type RuntimeLexicons } from './compiled-lexicons.js';
import type { Lexicons } from './lexicon/load-lexicons.js';
import { adviceOnlyTermIds, customTermEntries } from './rules/custom-terms.js';
import { languageFindings } from './rules/language-rules.js';
import { readLivedExperience } from './rules/lived-experience.js';
import { readingForCategory } from './rules/lived-experience-category-kind.js';
import { readingWithOwnOrFamily } from './rules/lived-experience-own-or-family.js';
import { withoutCoveredLanguage } from './rules/covered-language.js';
import { jobSeekerReport } from './job-seeker/job-seeker-report.js';
import { dropUserExceptions } from './rules/user-exceptions.js';
import { DOCUMENT_CHECKS } from './checks/registry.js';
import { detectRole } from './rules/role-detection.js';
import { scoreFindings } from './scoring/score-report.js';
import { postingText } from './text/posting-text.js';
import { overlapChecker } from './text/span-overlap.js';
import { compareRuleIds } from './rule-id-order.js';
import { analyzedLength, cutNotice, MAX_ANALYZE_CHARS } from './text/input-limit.js';
import type {
  AnalyzeInput,
  AnalyzeOptions,
  DocumentKind,
  DocumentReport,
  Finding,
  LivedExperienceReport,
  Report,
  RoleReport,
} from './types.js';

const DOCUMENT_KIND_WORDS: Record<DocumentKind, string> = {
  'peer-posting': 'a peer-role job posting',
  'non-peer-posting': 'a job posting for a role that is not a peer role',
  'about-peer-work': 'a document about peer work, not a job posting',
  other: 'not a job posting',
};

/** The note a report carries when only its language is scored, saying why in plain words. */
const NOT_SCORED_AS_PEER_POSTING: Record<DocumentKind, string> = {
  'peer-posting': 'Scored on language only.',
  'non-peer-posting': 'Not recognized as a peer-support role: scored on language only.',
  'about-peer-work':
    'This reads as a document about peer work (it explains, reports, advises or certifies), not a job posting: scored on language only. Duties and lived-experience requirements are checked on job postings.',
  other: 'This does not read as a job posting: scored on language only.',
};

export interface Analyzer {
  analyze(input: AnalyzeInput, options?: AnalyzeOptions): Report;
  lexicons: RuntimeLexicons;
}

export function createAnalyzer(lexicons: Lexicons): Analyzer {
  return analyzerFrom(compileLexicons(lexicons));
}

/** The analyzer over lexicons already compiled (at build time, for the bundled ones). */
export function analyzerFrom(lex: CompiledLexicons): Analyzer {
  const { lexicons } = lex;
  const ruleWeights = new Map(
    [...lexicons.duties.rules, ...lexicons.livedExperience.rules].flatMap((r) =>
      r.weight === undefined ? [] : [[r.id, r.weight] as const],
    ),
  );
  const customCache = new Map<string, { rules: CompiledLexicons['language']; adviceOnly: Set<string> }>();
  const customRules = (options: AnalyzeOptions) => {
    if (!options.customTerms?.length) return null;
    const key = JSON.stringify(options.customTerms);
    let rules = customCache.get(key);
    if (!rules) {
      rules = { rules: compileRuleSet(customTermEntries(options.customTerms)), adviceOnly: adviceOnlyTermIds(options.customTerms) };
      if (customCache.size > 20) customCache.clear();
      customCache.set(key, rules);
    }
    return rules;
  };
  return {
    lexicons,
    analyze(input, options = {}) {
      const { text, title } = postingText(input);
      // Past the size limit only a prefix is analyzed; the report keeps the whole text, so
      // offsets stay valid and a rewrite of report.text loses nothing after the cut.
      const max = options.maxChars ?? MAX_ANALYZE_CHARS;
      const cut = analyzedLength(text, max);
      const analyzed = cut < text.length ? text.slice(0, cut) : text;
      const doc = buildDocument(
        analyzed,
        title && title.end <= cut ? title : null,
        lex.properNames,
        lex.citationCues,
        lex.personNouns,
        lex.workTitleCues,
        lex.nameWords,
        lex.roles.jobTitleHeads,
        lex.vocabulary,
      );
      const builtIn = languageFindings(doc, lex);
      const detected = detectRole(doc, lex, typeof input !== 'string' && input.kind === 'job-posting', builtIn);
      const role: RoleReport = { isPeerRole: detected.isPeerRole, category: detected.category, evidence: detected.evidence };
      const document: DocumentReport = { kind: detected.document.kind, evidence: detected.document.evidence };
      if (options.documentKind !== undefined && options.documentKind !== document.kind) {
        document.kind = options.documentKind;
        document.evidence = [...document.evidence, `set by user: ${DOCUMENT_KIND_WORDS[options.documentKind]}`];
        role.isPeerRole = options.documentKind === 'peer-posting';
        role.category = role.isPeerRole ? (detected.category ?? 'general-peer') : null;
      }
      if (options.category !== undefined) {
        role.isPeerRole = options.category !== null;
        role.category = options.category;
        role.evidence = [
          ...role.evidence,
          options.category === null ? 'set by user: not a peer role' : `category set by user: ${options.category}`,
        ];
        if (options.category !== null) document.kind = 'peer-posting';
        else if (document.kind === 'peer-posting') document.kind = 'non-peer-posting';
      }
      let findings: Finding[] = builtIn;
      const custom = customRules(options);
      if (custom) {
        // A custom term never doubles a built-in finding on the same words.
        const overlapsBuiltIn = overlapChecker(findings);
        const own = languageFindings(doc, lex, custom.rules).filter((f) => !overlapsBuiltIn(f.start, f.end));
        findings = findings.concat(own.map((f) => (custom.adviceOnly.has(f.ruleId) ? withoutFix(f) : f)));
      }
      let livedExperience: LivedExperienceReport = { status: 'absent', specific: false, evidence: [] };
      const notes: string[] = cut < text.length ? [cutNotice(cut, text.length, max)] : [];
      const isPosting = document.kind === 'peer-posting' || document.kind === 'non-peer-posting' || role.isPeerRole;
      const read = isPosting ? readLivedExperience(doc, lex) : null;
      // A peer job's category may make a bare "recovery" name its kind.
      const reading =
        read && role.isPeerRole && role.category
          ? readingWithOwnOrFamily(doc, lex, readingForCategory(doc, lex, read, role.category), role.category)
          : read;
      if (role.isPeerRole && role.category && reading) {
        const ctx = { doc, lex, category: role.category, livedExperience: reading };
        livedExperience = reading.report;
        // concat, not push(...): a huge document can have more findings than a call takes arguments
        for (const check of DOCUMENT_CHECKS) findings = findings.concat(check.run(ctx));
        findings = withoutCoveredLanguage(findings, lex);
      } else notes.push(NOT_SCORED_AS_PEER_POSTING[document.kind]);
      const jobSeeker = jobSeekerReport({ doc, lex, document, role, livedExperience, reading, findings });
      if (options.disabledRules?.length) {
        const off = new Set(options.disabledRules);
        findings = findings.filter((f) => !off.has(f.ruleId));
      }
      findings = dropUserExceptions(doc.tokens, findings, options.allowedPhrases, options.dismissed);
      if (options.hideInfo) findings = findings.filter((f) => f.severity !== 'info');
      findings.sort((a, b) => a.start - b.start || a.end - b.end || compareRuleIds(a.ruleId, b.ruleId));
      const scored = scoreFindings(findings, role.isPeerRole, ruleWeights);
      return {
        schemaVersion: 1,
        score: scored.score,
        grade: scored.grade,
        subscores: scored.subscores,
        notes,
        document,
        role,
        livedExperience,
        jobSeeker,
        findings: scored.findings,
        text,
      };
    },
  };
}

/** A finding with nothing to apply: its message is the advice. */
function withoutFix({ fix: _fix, ...finding }: Finding): Finding {
  return { ...finding, suggestions: [] };
}
