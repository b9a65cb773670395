// The core runs in the browser's service worker and analysis worker as well as in Node: it reads
// no Node global. `process` is undefined in a service worker, so one left in the core (a debugging
// switch, say) throws there on every analysis that reaches it, and the popup falls back to its own
// slower worker with no error shown.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '../../src/core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the core reads no Node global', () => {
  it('no source under src/core uses process, Buffer, __dirname or require', () => {
    const found = sources(CORE).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /^\s*(?:\/\/|\*|\/\*)/.test(line) || !/\b(?:process\.|Buffer\.|__dirname\b|require\()/.test(line)
            ? []
            : [`${file}:${i + 1}: ${line.trim()}`],
        ),
    );
    expect(found).toEqual([]);
  });
});
