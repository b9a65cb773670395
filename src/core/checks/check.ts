// What every document-level check is: an id, the family its findings belong to, the rule texts
// (lexicon `rules` entries) it may emit, and a function of the analysis context. Checks run on
// peer-role postings only; each lives in its own file and is listed in registry.ts.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { LivedExperienceReading } from '../rules/lived-experience.js';
import type { Family, Finding, RoleCategory } from '../types.js';

export interface CheckContext {
  doc: AnalysisDocument;
  lex: CompiledLexicons;
  category: RoleCategory;
  /** How the posting asks for lived experience, read once for every lived-experience check. */
  livedExperience: LivedExperienceReading;
}

export interface DocumentCheck {
  id: string;
  family: Exclude<Family, 'language'>;
  /** Ids of the lexicon rule texts this check emits (its pattern entries' ids are their own). */
  rules: readonly string[];
  run(ctx: CheckContext): Finding[];
}
