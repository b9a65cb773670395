// ../shared beside the repository holds the source documents (seeds/) and the real-world
// development set. A test that reads it runs when it is there. On CI (CI set) it must be there:
// the test fails instead of skipping. Elsewhere the test is skipped, and the skip names the folder.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** True when `part` (a path inside ../shared) exists. */
export function sharedHas(part: string): boolean {
  return existsSync(SHARED_DIR + part);
}

/** Skip a test needing `part` of ../shared only outside CI and only when it is missing. */
export function skipWithoutShared(part: string): boolean {
  return !sharedHas(part) && !process.env.CI;
}
