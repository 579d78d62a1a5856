// Checks that need the whole archive or the files beside a story, run once its stories are read:
// every published story needs an address of its own (pictures: picture-checks.ts).
import { storyAddress, urlCollisions, type StoryEntry } from '../story.ts';
import type { StoryProblems } from './story-problems.ts';

export interface CheckedEntry extends StoryEntry {
  /** Absolute path of the story file. */
  filePath: string;
}

/**
 * Records in `problems` every published story without a usable address and every address two
 * stories want. Returns the published stories' site paths, sorted, leaving out stories that had a
 * problem.
 */
export function checkStories(entries: CheckedEntry[], problems: StoryProblems): string[] {
  const addressed: { path: string; file: string }[] = [];
  for (const entry of entries) {
    if (problems.has(entry.filePath) || entry.data.draft) continue;
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
