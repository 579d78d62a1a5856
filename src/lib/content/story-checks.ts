// Checks that need the whole archive or the files beside a story, run once its stories are read:
// every published story needs an address of its own, and every picture it shows must be there.
import path from 'node:path';
import { storyAddress, urlCollisions, type StoryEntry } from '../story.ts';
import type { StoryProblems } from './story-problems.ts';

export interface CheckedEntry extends StoryEntry {
  /** Absolute path of the story file. */
  filePath: string;
  /** Pictures the body shows from files, as written (relative to the story file). */
  localImagePaths?: string[];
}

/**
 * Records in `problems` every published story without a usable address, every address two
 * stories want, and every picture that is not on disk. Returns the published stories' site paths,
 * sorted, leaving out stories that had a problem.
 */
export function checkStories(entries: CheckedEntry[], problems: StoryProblems, fileExists: (file: string) => boolean): string[] {
  const addressed: { path: string; file: string }[] = [];
  for (const entry of entries) {
    if (problems.has(entry.filePath)) continue;
    for (const image of entry.localImagePaths ?? []) {
      const where = path.resolve(path.dirname(entry.filePath), image);
      if (!fileExists(where)) {
        problems.add(entry.filePath, `the image "${image}" is not there (looked for ${where}). Put the picture at that path, or correct the path in the story.`);
      }
    }
    if (entry.data.draft) continue;
    try {
      addressed.push({ path: storyAddress(entry).path, file: entry.filePath });
    } catch (error) {
      problems.addError(entry.filePath, error);
    }
  }
  for (const [url, files] of urlCollisions(addressed)) {
    for (const file of files) {
      const others = files.filter((other) => other !== file).join(' and ');
      problems.add(file, `${url} is wanted by this story and by ${others}. Rename one of the files (the URL is /year/month/<file name>/), or change its date.`);
    }
  }
  return addressed.filter(({ file }) => !problems.has(file)).map(({ path }) => path).sort();
}
