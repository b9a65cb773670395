// The analyzer with the bundled lexicons, validated and compiled once, on first use.
import { createAnalyzer, type Analyzer } from './analyze.js';
import { bundledLexicons } from './lexicon/bundled-lexicons.js';
import { loadLexicons } from './lexicon/load-lexicons.js';
import type { AnalyzeInput, AnalyzeOptions, Report } from './types.js';

let defaultAnalyzer: Analyzer | null = null;

export function getAnalyzer(): Analyzer {
  defaultAnalyzer ??= createAnalyzer(loadLexicons(bundledLexicons));
  return defaultAnalyzer;
}

export function analyze(input: AnalyzeInput, options?: AnalyzeOptions): Report {
  return getAnalyzer().analyze(input, options);
}
