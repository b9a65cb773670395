// The analyze() the bench measures: the shipped one, over the bundled lexicons. If they cannot be
// loaded the bench stops with the reason: numbers for any other analyzer would measure the wrong
// thing.
import type { AnalyzeInput, AnalyzeOptions, Report } from '../src/core/types.js';

export interface AnalyzerUnderTest {
  analyze: (input: AnalyzeInput, options?: AnalyzeOptions) => Report;
  /** What the numbers are for, printed in the report. */
  label: string;
  /** Time to make the analyzer ready (revive the build-time compiled lexicons). */
  compileMs: number;
}

export async function loadAnalyzerUnderTest(): Promise<AnalyzerUnderTest> {
  // As in the CLI: compromise is required the first time a guard needs parts of speech.
  const { requirePartsOfSpeechWhenNeeded } = await import('../src/input/parts-of-speech-loader.js');
  requirePartsOfSpeechWhenNeeded();
  const core = await import('../src/core/index.js');
  const t0 = performance.now();
  core.getAnalyzer();
  const compileMs = performance.now() - t0;
  return { analyze: (input, options) => core.analyze(input, options), label: 'analyze() with the shipped lexicons', compileMs };
}
