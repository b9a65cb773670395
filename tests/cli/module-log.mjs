// `node --import ./tests/cli/module-log.mjs …`: appends every module the process loads (ES
// imports through a resolve hook, CommonJS requires through Module._load) to the file named by
// PEERLENS_MODULE_LOG, one line each, so a test can see what a CLI run loaded.
import Module, { register } from 'node:module';
import { appendFileSync } from 'node:fs';

const log = process.env.PEERLENS_MODULE_LOG;
if (log) {
  register('./module-log-hooks.mjs', import.meta.url, { data: { log } });
  const load = Module._load;
  Module._load = function (request, ...rest) {
    appendFileSync(log, `require ${request}\n`);
    return load.call(this, request, ...rest);
  };
}
