// The guided job description's data (lexicons/job-description-builder.json), typed, with the
// parts it borrows from the analyzer's lexicons: each category's lived-experience sentence and,
// for each duty to leave out, the analyzer's own message and sources. The file is validated by
// builder-data-schema.ts when lexicons are compiled and in the tests.
import builderFile from '../../../lexicons/job-description-builder.json';
import dutiesFile from '../../../lexicons/duties.json';
import livedExperienceFile from '../../../lexicons/lived-experience.json';
import type { RoleCategory, SourceRef } from '../types.js';
import type { DraftAnswers } from './answers.js';

export type StepId =
  | 'category'
  | 'title'
  | 'summary'
  | 'reporting'
  | 'responsibilities'
  | 'knowledge'
  | 'qualifications'
  | 'pay'
  | 'team'
  | 'career';

export interface BuilderStep {
  id: StepId;
  title: string;
  prompt: string;
  why: string;
  sources: SourceRef[];
}

export interface Competency {
  id: string;
  label: string;
  /** The competencies of the compiled list it sums up. */
  sources: SourceRef[];
}

export interface CompetencyGroup {
  id: string;
  label: string;
  sources: SourceRef[];
  competencies: Competency[];
}

export interface InterviewQuestion {
  label: string;
  sources: SourceRef[];
}

export interface CategoryProfile {
  category: RoleCategory;
  label: string;
  interviewQuestions: InterviewQuestion[];
  example: DraftAnswers;
}

/** A duty that conflicts with the peer role, offered only as something to leave out. */
export interface DutyToLeaveOut {
  duty: string;
  label: string;
  why: string;
  reason: 'clinical' | 'power-agenda' | 'busy-work';
  sources: SourceRef[];
}

export interface BuilderData {
  steps: BuilderStep[];
  competencyGroups: CompetencyGroup[];
  leaveOut: Array<{ duty: string; label: string }>;
  /** Advice for the hiring panel, printed with every category's interview questions. */
  interviewAdvice: InterviewQuestion[];
  categories: CategoryProfile[];
}

export const builderData = builderFile as unknown as BuilderData;

interface DutyEntry {
  id: string;
  message: string;
  reason: DutyToLeaveOut['reason'];
  sources: SourceRef[];
}
interface RequirementSentence {
  category: RoleCategory;
  sentence: string;
  sources: SourceRef[];
}
const duties = new Map((dutiesFile.duties as unknown as DutyEntry[]).map((d) => [d.id, d]));
const requirementSentences = livedExperienceFile.requirementSentences as unknown as RequirementSentence[];

export function stepOf(id: StepId): BuilderStep {
  const step = builderData.steps.find((s) => s.id === id);
  if (!step) throw new Error(`the builder has no step "${id}"`);
  return step;
}

export function categoryProfile(category: RoleCategory): CategoryProfile {
  const profile = builderData.categories.find((c) => c.category === category);
  if (!profile) throw new Error(`the builder has no profile for the category "${category}"`);
  return profile;
}

/** A fresh copy of the category's complete example answers (callers may edit it). */
export function exampleAnswers(category: RoleCategory): DraftAnswers {
  return structuredClone(categoryProfile(category).example);
}

/** The sentence that requires the category's kind of lived experience, with its source. */
export function livedExperienceSentence(category: RoleCategory): RequirementSentence {
  const found = requirementSentences.find((r) => r.category === category);
  if (!found) throw new Error(`no lived-experience sentence for the category "${category}"`);
  return found;
}

export function allCompetencies(): Competency[] {
  return builderData.competencyGroups.flatMap((g) => g.competencies);
}

export function competencyById(id: string): Competency | undefined {
  return allCompetencies().find((c) => c.id === id);
}

/** The duties to leave out, each with the analyzer's reason, explanation and sources. */
export function dutiesToLeaveOut(): DutyToLeaveOut[] {
  return builderData.leaveOut.map(({ duty, label }) => {
    const entry = duties.get(duty);
    if (!entry) throw new Error(`the duty "${duty}" is not in the duty list`);
    return { duty, label, why: entry.message, reason: entry.reason, sources: entry.sources };
  });
}
