import type { Story } from '../story.ts';
import type { PictureFacts } from './picture-facts.ts';

/**
 * Fills in each lead picture's size and file stamp from its file (`facts`: pictureFacts), so
 * pages can size it and every page showing it has a key that changes with the file. The content
 * sync has checked every picture; one that has gone since is an error.
 */
export async function withPictureFacts(stories: Story[], facts: (file: string) => Promise<PictureFacts>): Promise<Story[]> {
  await Promise.all(
    stories.map(async ({ leadImage, file }) => {
      if (!leadImage) return;
      const found = await facts(leadImage.file);
      if (found.kind !== 'picture') throw new Error(`${file}: image: the picture ${leadImage.file} changed during the build (${found.kind}); build again.`);
      leadImage.width = found.width;
      leadImage.height = found.height;
      leadImage.stamp = `${found.bytes}:${found.modified}`;
    }),
  );
  return stories;
}
