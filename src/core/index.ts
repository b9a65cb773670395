// The analyzer's public surface, shared by the CLI, the extension and the tests.
export { analyzerFrom, createAnalyzer, type Analyzer } from './analyze.js';
export { analyze, getAnalyzer, withPartsOfSpeech } from './default-analyzer.js';
export { importPartsOfSpeechFrom, loadPartsOfSpeech, providePartsOfSpeech, PartsOfSpeechNotLoaded } from './nlp/parts-of-speech.js';
export { rewrite, isRewritable, type SuggestionChoice } from './rewrite.js';
export { loadLexicons, type Lexicons } from './lexicon/load-lexicons.js';
export { bundledLexicons } from './lexicon/bundled-lexicons.js';
export type { RawLexicons } from './lexicon/load-lexicons.js';
export { LexiconError } from './lexicon/lexicon-error.js';
export { customTermSchema, type CustomTerm } from './lexicon/schema.js';
export { gradeOf } from './scoring/score-report.js';
export { MAX_ANALYZE_CHARS } from './text/input-limit.js';
export type * from './types.js';
