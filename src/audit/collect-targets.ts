// The audit's arguments -> the documents to read. Folders are walked in name order; hidden
// folders and files, node_modules and Office lock files (~$…) are skipped; a symbolic link is
// followed only when it points inside the folder being walked (no escaping the tree, no loops).
// The same file reached twice is read once; the report files themselves are never read (and
// nothing else near them is left out).
import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Extensions read when walking a folder. A file named on the command line is read whatever it is called. */
export const DOCUMENT_EXTENSIONS = ['.html', '.htm', '.txt', '.md', '.pdf', '.docx'] as const;

export interface AuditTarget {
  /** A path or an http(s) URL, as handed to the reader. */
  spec: string;
}

export interface CollectedTargets {
  targets: AuditTarget[];
  /** Files met while walking that are not documents PeerLens reads. */
  skippedFiles: number;
}

export interface CollectOptions {
  /** The report files: never read, even when they lie inside an audited folder. */
  exclude?: readonly string[];
}

const isUrl = (spec: string): boolean => /^https?:\/\//i.test(spec);

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function skippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules' || name.startsWith('~$');
}

function isDocument(name: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

class Walker {
  readonly targets: AuditTarget[] = [];
  skippedFiles = 0;
  private readonly seenFiles = new Set<string>();
  private readonly seenDirs = new Set<string>();

  constructor(private readonly exclude: ReadonlySet<string>) {}

  private excluded(real: string): boolean {
    return this.exclude.has(real);
  }

  addFile(spec: string, real: string): void {
    if (this.excluded(real) || this.seenFiles.has(real)) return;
    this.seenFiles.add(real);
    this.targets.push({ spec });
  }

  async walk(dir: string, realDir: string, root: string): Promise<void> {
    if (this.seenDirs.has(realDir)) return;
    this.seenDirs.add(realDir);
    let entries: Dirent[];
    try {
      entries = await readdir(realDir, { withFileTypes: true });
    } catch {
      this.targets.push({ spec: dir }); // reading it reports why (permission denied, …)
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (skippedName(entry.name)) continue;
      const shown = join(dir, entry.name);
      let real = join(realDir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          real = await realpath(real);
          const info = await stat(real);
          [isDir, isFile] = [info.isDirectory(), info.isFile()];
        } catch {
          continue; // a dangling link
        }
        if (!isInside(real, root)) continue;
      }
      if (isDir) await this.walk(shown, real, root);
      else if (isFile && isDocument(entry.name)) this.addFile(shown, real);
      else if (isFile) this.skippedFiles += 1;
    }
  }
}

/** A path that may not exist yet, resolved through the links of the part that does. */
async function realOrResolved(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

export async function collectTargets(specs: readonly string[], options: CollectOptions = {}): Promise<CollectedTargets> {
  const exclude = new Set(await Promise.all((options.exclude ?? []).map(realOrResolved)));
  const walker = new Walker(exclude);
  for (const spec of specs) {
    if (isUrl(spec)) {
      walker.targets.push({ spec });
      continue;
    }
    let info;
    try {
      info = await lstat(spec);
    } catch {
      walker.targets.push({ spec }); // reading it reports "no such file" as an error row
      continue;
    }
    const real = await realOrResolved(spec);
    // A folder named on the command line (even through a link) is the root of its own walk.
    if (info.isDirectory() || (info.isSymbolicLink() && (await stat(real).catch(() => undefined))?.isDirectory())) {
      await walker.walk(spec, real, real);
    } else {
      walker.addFile(spec, real);
    }
  }
  return { targets: walker.targets, skippedFiles: walker.skippedFiles };
}
