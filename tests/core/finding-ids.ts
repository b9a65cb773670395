// The rule ids a text's report holds, for round files that assert which rules speak.
import { analyze } from '../../src/core/index.js';

/** Every finding's rule id, in report order. */
export const ruleIds = (text: string): string[] => analyze(text).findings.map((f) => f.ruleId);

/** The language findings' rule ids, in report order. */
export const languageRuleIds = (text: string): string[] =>
  analyze(text)
    .findings.filter((f) => f.family === 'language')
    .map((f) => f.ruleId);

/** A short peer posting that requires lived experience, with `line` as its second duty: for round
 * files that ask what one duty's wording makes of the job. */
export const postingWithDuty = (line: string): string =>
  `Peer Support Specialist\nHarborview Services | $20 an hour\n\nDuties\n- Meet people and talk about their goals.\n- ${line}\n\nQualifications\n- Personal experience of mental health recovery is required.`;

/** The same posting with `line` as a qualification of its own, before the lived-experience one:
 * for round files that ask what one requirement's wording makes of the job. */
export const postingWithQualification = (line: string): string =>
  postingWithDuty('Talk with people.').replace('- Personal experience', `- ${line}\n- Personal experience`);
