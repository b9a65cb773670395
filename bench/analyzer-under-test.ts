// The analyze() the bench measures: the shipped one (bundled lexicons), or — only while the
// lexicon files are still being written — the engine over the test mini-lexicons, said loudly.
import type { AnalyzeInput, AnalyzeOptions, Report } from '../src/core/types.js';

export interface AnalyzerUnderTest {
  analyze: (input: AnalyzeInput, options?: AnalyzeOptions) => Report;
  /** What the numbers are for, printed in the report. */
  label: string;
  shipped: boolean;
  /** Time to make the analyzer ready (the shipped one: revive the build-time compiled lexicons). */
  compileMs: number;
}

async function loadShipped(): Promise<AnalyzerUnderTest> {
  // Imported here, not at the top: the bundled lexicons are static JSON imports that fail to
  // resolve while a lexicon file is missing.
  const core = await import('../src/core/index.js');
  const t0 = performance.now();
  core.getAnalyzer();
  const compileMs = performance.now() - t0;
  return { analyze: (input, options) => core.analyze(input, options), label: 'analyze() with the shipped lexicons', shipped: true, compileMs };
}

async function loadMini(why: string): Promise<AnalyzerUnderTest> {
  const { createAnalyzer } = await import('../src/core/analyze.js');
  const { loadLexicons } = await import('../src/core/lexicon/load-lexicons.js');
  const { miniLexicons } = await import('../tests/core/mini-lexicons.js');
  const t0 = performance.now();
  const analyzer = createAnalyzer(loadLexicons(miniLexicons()));
  const compileMs = performance.now() - t0;
  return {
    analyze: (input, options) => analyzer.analyze(input, options),
    label: `engine over tests/core/mini-lexicons.ts — NOT the shipped analyze() (${why})`,
    shipped: false,
    compileMs,
  };
}

export async function loadAnalyzerUnderTest(): Promise<AnalyzerUnderTest> {
  // As in the CLI: compromise is required the first time a guard needs parts of speech.
  const { requirePartsOfSpeechWhenNeeded } = await import('../src/input/parts-of-speech-loader.js');
  requirePartsOfSpeechWhenNeeded();
  try {
    return await loadShipped();
  } catch (error) {
    // Missing or malformed shipped lexicons (still being written): measure the engine anyway.
    const missing = /lexicons\/[\w/.-]+\.json/.exec(String(error))?.[0];
    const why = missing ? `${missing} could not be loaded` : String(error).split('\n').slice(0, 2).join(' ').slice(0, 200);
    return loadMini(why);
  }
}
