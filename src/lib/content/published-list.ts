// The list of every story a build must publish, handed from the content sync to the closing
// count check through a file in Astro's cache folder: the two run in different module graphs of
// one build, one after the other, so a file is a channel both can name and neither must time.
// The file is the build process's own: builds of one archive share its cache folder, and may
// run at once.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function listFile(cacheDir: URL | string): string {
  return path.join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), `clippings-published-stories.${process.pid}.json`);
}

/** `paths`: the site path of every published story. */
export function writePublishedList(cacheDir: URL | string, paths: string[]): void {
  const file = listFile(cacheDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written whole under another name, then renamed: a reader never sees half a list.
  fs.writeFileSync(`${file}.partial`, JSON.stringify({ paths }));
  fs.renameSync(`${file}.partial`, file);
}

/** The list the last sync wrote, or undefined if there is none. */
export function readPublishedList(cacheDir: URL | string): string[] | undefined {
  try {
    return JSON.parse(fs.readFileSync(listFile(cacheDir), 'utf8')).paths;
  } catch {
    return undefined;
  }
}

export function clearPublishedList(cacheDir: URL | string): void {
  fs.rmSync(listFile(cacheDir), { force: true });
}
