// The analyzer with the bundled lexicons. They are validated (by the tests and the build) and
// compiled at build time into ready-lexicons.generated.js (scripts/compile-lexicons.ts), so
// starting here costs a JSON parse, not zod and the pattern compiler.
import { analyzerFrom, type Analyzer } from './analyze.js';
import { reviveSnapshot, type CompiledSnapshot } from './compiled-snapshot.js';
import { loadPartsOfSpeech, PartsOfSpeechNotLoaded } from './nlp/parts-of-speech.js';
import readyLexicons from './lexicon/ready-lexicons.generated.js';
import type { AnalyzeInput, AnalyzeOptions, Report } from './types.js';

let defaultAnalyzer: Analyzer | null = null;

export function getAnalyzer(): Analyzer {
  defaultAnalyzer ??= analyzerFrom(reviveSnapshot(readyLexicons() as CompiledSnapshot));
  return defaultAnalyzer;
}

export function analyze(input: AnalyzeInput, options?: AnalyzeOptions): Report {
  return getAnalyzer().analyze(input, options);
}

/**
 * Runs `run` (an analysis); when it needs parts of speech before compromise is loaded, loads
 * compromise and runs it again. For shells that cannot load compromise synchronously.
 */
export async function withPartsOfSpeech<T>(run: () => T): Promise<T> {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof PartsOfSpeechNotLoaded)) throw error;
    await loadPartsOfSpeech();
    return run();
  }
}
