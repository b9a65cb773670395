// `npm run eval`: scores analyze() on the labeled corpus in tests/corpus/, beside alex, prints the
// result and writes it to tests/corpus/last-eval.json. With `-- --write-baseline` it also records
// new floors (measured minus a margin) in tests/corpus/baseline.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/index.js';
import { requirePartsOfSpeechWhenNeeded } from '../src/input/parts-of-speech-loader.js';
import { baselineFrom } from './eval/baseline.js';
import { evaluate } from './eval/evaluate.js';
import { formatReport } from './eval/format-report.js';
import { CORPUS_DIR, loadCorpus } from './eval/load-corpus.js';

requirePartsOfSpeechWhenNeeded();

const writeJson = (file: string, value: unknown) => {
  const path = join(CORPUS_DIR, file);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  console.log(`Wrote ${path}`);
};

const docs = await loadCorpus();
const result = evaluate(docs, analyze, { withAlex: true });
console.log(formatReport(result));
console.log('');
writeJson('last-eval.json', { generatedAt: new Date().toISOString(), ...result });
if (process.argv.includes('--write-baseline')) writeJson('baseline.json', baselineFrom(result));
