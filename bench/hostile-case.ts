// One hostile case of bench/hostile.ts in a process of its own, so that the peak resident memory
// it prints (one JSON line) is that case's alone. Usage: node --import tsx bench/hostile-case.ts <index>
import { analyze } from '../src/core/index.js';
import { runHostileCase } from './hostile.js';

const result = await runHostileCase(Number(process.argv[2]), (input, options) => analyze(input, options));
console.log(JSON.stringify(result));
