// renderPosting and the interview questions sheet: what the builder page and `peerlens draft`
// write out, in every format.
import type { DraftAnswers } from '../core/job-description/answers.js';
import { builderData, categoryProfile } from '../core/job-description/builder-data.js';
import { postingOutline, type PostingOutline } from '../core/job-description/posting-outline.js';
import { referenceText, sourceReference } from '../core/sources/source-reference.js';
import type { RoleCategory } from '../core/types.js';
import { outlineFormats, type PostingFormats } from './posting-formats.js';

export function renderPosting(answers: DraftAnswers): PostingFormats {
  return outlineFormats(postingOutline(answers));
}

/** The category's interview questions for the hiring panel, each with where it comes from. */
export function interviewSheetOutline(category: RoleCategory, title?: string): PostingOutline {
  const profile = categoryProfile(category);
  const advice = builderData.interviewAdvice;
  const sources = [...profile.interviewQuestions, ...advice].flatMap((q) => q.sources);
  return {
    title: `Interview questions${title?.trim() ? `: ${title.trim()}` : ''}`,
    organization: `For the hiring panel. Role: peer support for ${profile.label.toLowerCase()}.`,
    sections: [
      { heading: 'Questions', paragraphs: [], items: profile.interviewQuestions.map((q) => q.label) },
      {
        heading: 'For the panel',
        paragraphs: [],
        items: advice.map((a) => a.label),
      },
      {
        heading: 'Where these questions come from',
        paragraphs: [],
        items: [...new Set(sources.map((s) => referenceText(sourceReference(s))))],
      },
    ],
  };
}

export function renderInterviewSheet(category: RoleCategory, title?: string): PostingFormats {
  return outlineFormats(interviewSheetOutline(category, title));
}
