// Every file and link under a folder (relative paths), to prove a run wrote nothing else.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function listTree(root: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else out.push(relative(root, path));
    }
  };
  await visit(root);
  return out.sort();
}
