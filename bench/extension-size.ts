// Sizes of the built Chrome extension's scripts: the content script(s) injected into every
// checked page (budget 40 KB), the popup's analysis worker and the background service worker
// (both loaded, parsed and run on every popup opening or browser wake-up).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_BUDGET_BYTES = 40 * 1024;
/**
 * What the popup's worker loads and runs before it can analyze: the analyzer and the compiled
 * lexicons. compromise (about 350 KB) is a chunk of its own, loaded when a text needs it.
 */
export const WORKER_BUDGET_BYTES = 640 * 1024;
/**
 * The background is parsed at every wake-up. A service worker cannot import() a chunk, so it
 * carries the analyzer and compromise, wrapped to run only when an automatic check needs them.
 */
export const BACKGROUND_BUDGET_BYTES = 1200 * 1024;
const BUILD_DIR = fileURLToPath(new URL('../.output/chrome-mv3/', import.meta.url));

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function sizeOf(dir: string, file: string): ScriptSize {
  const bytes = readFileSync(join(dir, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

function filesIn(sub: string, match: RegExp): ScriptSize[] {
  const dir = join(BUILD_DIR, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => match.test(f))
    .sort()
    .map((f) => sizeOf(BUILD_DIR, `${sub}/${f}`));
}

/** null when there is no build (run `npm run build` first). */
export function contentScriptSizes(): ScriptSize[] | null {
  if (!existsSync(BUILD_DIR)) return null;
  return filesIn('content-scripts', /\.js$/);
}

export interface ExtensionScripts {
  worker: ScriptSize[];
  background: ScriptSize[];
  /** Chunks loaded later, on demand (compromise, for the part-of-speech checks). */
  lazy: ScriptSize[];
}

export function extensionScriptSizes(): ExtensionScripts | null {
  if (!existsSync(BUILD_DIR)) return null;
  const worker = filesIn('assets', /^analysis\.worker.*\.js$/);
  const background = existsSync(join(BUILD_DIR, 'background.js')) ? [sizeOf(BUILD_DIR, 'background.js')] : [];
  const lazy = filesIn('assets', /\.js$/).filter((s) => !/analysis\.worker/.test(s.file));
  return { worker, background, lazy };
}
