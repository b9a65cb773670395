// The analyze() the bench measures: the shipped one, over the bundled lexicons. That is the
// analyzer as the CLI build bundles it (dist/analyzer.mjs, the CLI's own chunks) when that build
// is newer than every source and lexicon file; otherwise the TypeScript source run through tsx,
// which also wraps every function it defines to keep its name (about a tenth slower), and the
// report says so. If the lexicons cannot be loaded the bench stops with the reason: numbers for
// any other analyzer would measure the wrong thing.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnalyzeInput, AnalyzeOptions, Report } from '../src/core/types.js';

export interface AnalyzerUnderTest {
  analyze: (input: AnalyzeInput, options?: AnalyzeOptions) => Report;
  /** What the numbers are for, printed in the report. */
  label: string;
  /** Time to make the analyzer ready (revive the build-time compiled lexicons). */
  compileMs: number;
}

interface AnalyzerModule {
  analyze: AnalyzerUnderTest['analyze'];
  getAnalyzer: () => unknown;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUILT_ANALYZER = join(ROOT, 'dist/analyzer.mjs');

/** The newest modification time of the files under `dir`. */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Why the built analyzer is not measured, or null when it is current. */
export function builtAnalyzerMissing(): string | null {
  if (!existsSync(BUILT_ANALYZER)) return 'dist/analyzer.mjs is not built';
  const built = statSync(BUILT_ANALYZER).mtimeMs;
  const source = Math.max(newestUnder(join(ROOT, 'src')), newestUnder(join(ROOT, 'lexicons')));
  return source > built ? 'dist/analyzer.mjs is older than the source' : null;
}

/** `fromSource`: the source even when the build is current (a profile reads the source's names). */
export async function loadAnalyzerUnderTest({ fromSource = false } = {}): Promise<AnalyzerUnderTest> {
  const missing = fromSource ? null : builtAnalyzerMissing();
  let core: AnalyzerModule;
  let label: string;
  if (!fromSource && missing === null) {
    core = (await import(pathToFileURL(BUILT_ANALYZER).href)) as AnalyzerModule;
    label = 'analyze() as built for the CLI (dist/analyzer.mjs), with the shipped lexicons';
  } else {
    // As in the CLI: compromise is required the first time a guard needs parts of speech.
    const { requirePartsOfSpeechWhenNeeded } = await import('../src/input/parts-of-speech-loader.js');
    requirePartsOfSpeechWhenNeeded();
    core = await import('../src/core/index.js');
    label = 'analyze() from the TypeScript source through tsx, with the shipped lexicons';
    if (missing !== null) label += ` (${missing}: after npm run build:cli the built one is measured)`;
  }
  const t0 = performance.now();
  core.getAnalyzer();
  const compileMs = performance.now() - t0;
  return { analyze: (input, options) => core.analyze(input, options), label, compileMs };
}
