// What a build left in its output folder, file by file, so the next build can tell whether the
// folder is still exactly that (then the pages it does not render again can stay where they are)
// and which of those files it did not produce again (they must go: a deleted story's page, an old
// script bundle).
import fs from 'node:fs';
import path from 'node:path';

/** A file's size and modification time in nanoseconds: any write to it changes the time. */
export type FileStamp = `${bigint}:${bigint}`;

/**
 * Every file under `dir` by its path relative to `dir` (with `/`), with its stamp. A top-level
 * `.git` folder (an output folder deployed as a branch of its own) is not the build's.
 */
export function listOutput(dir: string): Map<string, FileStamp> {
  const files = new Map<string, FileStamp>();
  // One folder at a time: faster than a recursive readdir, and lets .git be skipped whole.
  const walk = (folder: string, prefix: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if (prefix === '' && (error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const name = `${prefix}${entry.name}`;
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (name !== '.git') walk(file, `${name}/`);
      } else if (entry.isFile()) {
        const { size, mtimeNs } = fs.statSync(file, { bigint: true });
        files.set(name, `${size}:${mtimeNs}`);
      }
    }
  };
  walk(dir, '');
  return files;
}

/** Whether two listings hold the same files with the same stamps. */
export function sameListing(a: ReadonlyMap<string, FileStamp>, b: ReadonlyMap<string, FileStamp>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, stamp] of a) if (b.get(name) !== stamp) return false;
  return true;
}

/**
 * The files of a kept folder that this build did not produce: present before it with the same
 * stamp (so not written by it) and not one of the pages it kept in place (`kept`).
 */
export function staleFiles(before: ReadonlyMap<string, FileStamp>, after: ReadonlyMap<string, FileStamp>, kept: ReadonlySet<string>): string[] {
  const stale: string[] = [];
  for (const [name, stamp] of after) if (before.get(name) === stamp && !kept.has(name)) stale.push(name);
  return stale.sort();
}
