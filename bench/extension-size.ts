// Size of the content script(s) in the built Chrome extension, against issue 3's 40 KB budget
// (the script injected into every checked page must stay small).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_BUDGET_BYTES = 40 * 1024;
const BUILD_DIR = fileURLToPath(new URL('../.output/chrome-mv3/', import.meta.url));

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** null when there is no build (run `npm run build` first). */
export function contentScriptSizes(): ScriptSize[] | null {
  if (!existsSync(BUILD_DIR)) return null;
  const dir = join(BUILD_DIR, 'content-scripts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return { file: `content-scripts/${f}`, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    });
}
