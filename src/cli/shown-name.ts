// The name a printed report gives a file: its path from the working folder when it lies inside
// it, else the file name alone, so a report handed to someone never carries a local absolute
// path (the audit names documents the same way). Addresses and "-" (stdin) are shown as given.
import { basename, isAbsolute, relative, resolve } from 'node:path';

export function shownName(source: string, cwd = process.cwd()): string {
  if (source === '-' || /^https?:\/\//i.test(source)) return source;
  const fromHere = relative(cwd, resolve(cwd, source));
  if (fromHere === '' || fromHere.startsWith('..') || isAbsolute(fromHere)) return basename(source);
  return fromHere;
}
