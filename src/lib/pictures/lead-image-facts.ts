import type { Story } from '../story.ts';

/**
 * Fills in each lead picture's size and stamp from the picture the build answered for it
 * (src/integrations/pictures-in-place.ts: its size from the file's header, and an address that
 * carries the digest of its bytes), so pages size it without opening the file again, and every
 * page showing it has a key that changes when the picture does.
 */
export function withPictureFacts(stories: Story[]): Story[] {
  for (const { leadImage } of stories) {
    if (!leadImage) continue;
    const { src, width, height } = leadImage.picture;
    Object.assign(leadImage, { width, height, stamp: src });
  }
  return stories;
}
