// Runs a CommonJS file of the CLI bundle (scripts/build-cli.mjs) with the V8 code cache the build
// made of it: its functions then start compiled, instead of being compiled as they are first
// called, on every run. A cache V8 cannot use (another Node version, other V8 flags) is ignored
// and the code compiled as usual. Only Node built-ins here: the audit worker's entry
// (src/audit/worker-loader.ts) loads this before anything else.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

export interface CachedCommonJs {
  exports: unknown;
  /** To make the cache (the build): script.createCachedData() once the code has run. */
  script: vm.Script;
}

/** Runs `file` as CommonJS, from `cacheFile` when that is given and readable. */
export function runCachedCommonJs(file: string, cacheFile: string | null): CachedCommonJs {
  let cachedData: Buffer | undefined;
  if (cacheFile !== null) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // no cache: the code is compiled as it runs
    }
  }
  // CommonJS's own wrapper, on the first line, so the bundle's line numbers stay as they are.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}
