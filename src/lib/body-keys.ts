// What a page shows of a story's body, for its cache key (page-keys.ts): a hash of the body's HTML
// and the stamps of the picture files in it, whose sizes are made as the page renders. A story's
// own fields (in every key already) change with neither a reworded sentence nor a replaced picture.
import path from 'node:path';
import { storiesDir } from './content-dir.ts';
import { fileStamps, textKey } from './page-keys.ts';
import { getEntriesById } from './stories.ts';
import type { Story } from './story.ts';

const keys = new Map<string, unknown>();

/** The body key of each story, in order. */
export async function bodyKeys(stories: Story[]): Promise<unknown[]> {
  const entries = await getEntriesById();
  return stories.map((story) => {
    let key = keys.get(story.id);
    if (key === undefined) {
      const entry = entries.get(story.id);
      const pictures = (entry?.rendered?.metadata?.imagePaths as string[] | undefined) ?? [];
      // A story's id is its path in the stories folder.
      const folder = path.join(storiesDir(), path.dirname(story.id));
      key = [textKey(entry?.rendered?.html), fileStamps(pictures.map((picture) => path.resolve(folder, picture)))];
      keys.set(story.id, key);
    }
    return key;
  });
}
