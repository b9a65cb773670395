// `npm run eval`: scores analyze() on the labeled corpus in tests/corpus/, beside alex, prints the
// result and writes it to tests/corpus/last-eval.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, loadCorpus } from './eval/load-corpus.js';
import { evaluate, type Analyze } from './eval/evaluate.js';
import { formatReport } from './eval/format-report.js';

// Imported by path until src/core/index.ts exists in every checkout.
const enginePath = '../src/core/index.js';
const { analyze } = (await import(enginePath)) as { analyze: Analyze };

const docs = loadCorpus();
const result = evaluate(docs, analyze, { withAlex: true });
console.log(formatReport(result));

const out = join(CORPUS_DIR, 'last-eval.json');
writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), ...result }, null, 2)}\n`);
console.log(`\nWrote ${out}`);
