// `npm run eval`: scores analyze() on two labeled splits, each beside alex: the written corpus in
// tests/corpus/ and the real-world development set in ../shared/corpus-realworld/ (paraphrased
// real postings and agency documents, read where they stand). Prints both and writes
// tests/corpus/last-eval.json. With `-- --write-baseline` it also records new floors (measured
// minus a margin) for both splits in tests/corpus/baseline.json.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/index.js';
import { requirePartsOfSpeechWhenNeeded } from '../src/input/parts-of-speech-loader.js';
import { baselineFrom, type Baselines } from './baseline.js';
import { evaluate, type EvalResult } from './evaluate.js';
import { formatReport } from './format-report.js';
import { CORPUS_DIR, REALWORLD_DIR, loadCorpus } from './load-corpus.js';

requirePartsOfSpeechWhenNeeded();

const writeJson = (file: string, value: unknown) => {
  const path = join(CORPUS_DIR, file);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  console.log(`Wrote ${path}`);
};

const written = evaluate(await loadCorpus(), analyze, { withAlex: true });
console.log(formatReport(written, 'written documents (tests/corpus)'));
console.log('');
let realworld: EvalResult | null = null;
if (existsSync(REALWORLD_DIR)) {
  realworld = evaluate(await loadCorpus(REALWORLD_DIR), analyze, { withAlex: true });
  console.log(formatReport(realworld, 'real-world documents (../shared/corpus-realworld)'));
  console.log('');
} else console.log(`The real-world set is not at ${REALWORLD_DIR}: only the written corpus was measured.\n`);
writeJson('last-eval.json', { generatedAt: new Date().toISOString(), written, realworld });
if (process.argv.includes('--write-baseline')) {
  if (!realworld) throw new Error('Recording floors needs both splits; ../shared/corpus-realworld is missing.');
  const baselines: Baselines = { written: baselineFrom(written), realworld: baselineFrom(realworld) };
  writeJson('baseline.json', baselines);
}
