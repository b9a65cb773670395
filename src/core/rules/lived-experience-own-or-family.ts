// Lived experience asked as one's own or a family member's alike ("personal or family experience
// with addiction", "either personally or as a carer") names no one kind: a consumer peer and a
// family member peer need different experience (wise-toolkit L2773-2798). For a job whose
// category is one of those kinds the requirement is therefore not specific; a general peer job,
// which serves people and their families together, may ask for either.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { RoleCategory } from '../types.js';
import { askingMentions, type LivedExperienceReading } from './lived-experience.js';

export function readingWithOwnOrFamily(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  reading: LivedExperienceReading,
  category: RoleCategory,
): LivedExperienceReading {
  const { best } = reading;
  if (!reading.specific || category === 'general-peer' || (best !== 'required' && best !== 'preferred')) return reading;
  const { sentences } = doc.structure;
  const deciding = askingMentions(reading);
  const blurred = (sentence: number) => {
    const s = sentences[sentence]!;
    return lex.livedExperience.ownOrFamily.test(doc.tokens, s.first, s.endTok);
  };
  if (!deciding.length || !deciding.every((m) => blurred(m.sentence))) return reading;
  return { ...reading, specific: false, report: { ...reading.report, specific: false } };
}
