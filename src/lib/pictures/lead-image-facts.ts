import path from 'node:path';
import type { Story } from '../story.ts';
import type { PictureFacts } from './picture-facts.ts';

/**
 * Fills in where each lead picture's file is (beside its story in `storiesFolder`: a story's id
 * is its path there), its size and its file stamp (`facts`: pictureFacts), so pages can size it
 * and every page showing it has a key that changes with the file. The content sync has checked
 * every picture; one that has gone since is an error.
 */
export async function withPictureFacts(stories: Story[], storiesFolder: string, facts: (file: string) => Promise<PictureFacts>): Promise<Story[]> {
  await Promise.all(
    stories.map(async ({ leadImage, file, id }) => {
      if (!leadImage) return;
      leadImage.file = path.resolve(storiesFolder, path.dirname(id), leadImage.written);
      const found = await facts(leadImage.file);
      if (found.kind !== 'picture') throw new Error(`${file}: image: the picture ${leadImage.file} changed during the build (${found.kind}); build again.`);
      leadImage.width = found.width;
      leadImage.height = found.height;
      leadImage.stamp = `${found.bytes}:${found.modified}`;
    }),
  );
  return stories;
}
