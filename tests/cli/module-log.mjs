// `node --import ./tests/cli/module-log.mjs …`: appends every module the process loads (ES
// imports through a resolve hook, CommonJS requires through Module._load, and the bundle's files
// run from a code cache through vm.Script, as "script <file>") to the file named by
// PEERLENS_MODULE_LOG, one line each, so a test can see what a CLI run loaded.
import Module, { register } from 'node:module';
import { appendFileSync } from 'node:fs';
import vm from 'node:vm';

const log = process.env.PEERLENS_MODULE_LOG;
if (log) {
  register('./module-log-hooks.mjs', import.meta.url, { data: { log } });
  const load = Module._load;
  Module._load = function (request, ...rest) {
    appendFileSync(log, `require ${request}\n`);
    return load.call(this, request, ...rest);
  };
  const Script = vm.Script;
  vm.Script = class extends Script {
    constructor(code, options) {
      super(code, options);
      if (options?.filename) appendFileSync(log, `script ${options.filename}\n`);
    }
  };
}
