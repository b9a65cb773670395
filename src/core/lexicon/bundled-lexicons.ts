// The lexicon files shipped with PeerLens, as raw JSON (validated by load-lexicons.ts).
import sources from '../../../lexicons/sources.json';
import context from '../../../lexicons/context.json';
import roles from '../../../lexicons/roles.json';
import documentKind from '../../../lexicons/document-kind.json';
import duties from '../../../lexicons/duties.json';
import livedExperience from '../../../lexicons/lived-experience.json';
import jobSeeker from '../../../lexicons/job-seeker.json';
import identityLabels from '../../../lexicons/language/identity-labels.json';
import pityFraming from '../../../lexicons/language/pity-framing.json';
import slursAndMetaphors from '../../../lexicons/language/slurs-and-metaphors.json';
import pathologizingJargon from '../../../lexicons/language/pathologizing-jargon.json';
import substanceUse from '../../../lexicons/language/substance-use.json';
import suicide from '../../../lexicons/language/suicide.json';
import contestedLabels from '../../../lexicons/language/contested-labels.json';
import type { RawLexicons } from './load-lexicons.js';

export const bundledLexicons: RawLexicons = {
  sources,
  context,
  roles,
  documentKind,
  duties,
  livedExperience,
  jobSeeker,
  language: {
    'language/identity-labels.json': identityLabels,
    'language/pity-framing.json': pityFraming,
    'language/slurs-and-metaphors.json': slursAndMetaphors,
    'language/pathologizing-jargon.json': pathologizingJargon,
    'language/substance-use.json': substanceUse,
    'language/suicide.json': suicide,
    'language/contested-labels.json': contestedLabels,
  },
};
