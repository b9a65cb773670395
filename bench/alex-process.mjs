// alex as a whole process on one file: its API (retext-equality + retext-profanities) in the
// smallest script that reads a file and prints the messages as JSON. Faster than alex's own CLI
// (which adds unified-engine), so it is the stricter baseline for the process budgets.
import { readFileSync } from 'node:fs';
import { text } from 'alex';

const file = readFileSync(process.argv[2], 'utf8');
process.stdout.write(JSON.stringify(text(file).messages));
