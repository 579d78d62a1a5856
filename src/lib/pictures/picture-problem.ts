import type { PictureFacts } from './picture-facts.ts';

/** Formats Astro's image service turns into web pictures. */
const WEB_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'svg']);

/**
 * The most pixels the image library decodes (sharp's default limit, 16,383 × 16,383). A camera
 * photograph has under 100 million; a picture past the limit would stop the build mid-way.
 */
export const MAX_PIXELS = 0x3fff * 0x3fff;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * What is wrong with a story's picture, in words that say what to do; undefined when nothing is.
 * `written` is the path as the story gives it, `file` where that leads.
 */
export function pictureProblem(written: string, file: string, facts: PictureFacts): string | undefined {
  const picture = `the picture "${written}"`;
  switch (facts.kind) {
    case 'missing':
      return `${picture} is not there (looked for ${file}). Put the picture at that path, or correct the path in the story.`;
    case 'folder':
      return `${picture} is a folder (${file}), not a picture file. Give the path of the picture inside it.`;
    case 'empty':
      return `${picture} is an empty file (0 bytes, ${file}). Save the picture there again, or remove it from the story.`;
    case 'unreadable':
      return `${picture} cannot be read as a picture (${facts.reason}; ${file}). Save it again as JPEG, PNG or WebP.`;
    case 'picture':
      if (facts.format === 'heic') {
        return `${picture} is a HEIC photo (${file}), which most browsers cannot show. Convert it to JPEG and point the story at the new file.`;
      }
      if (!WEB_FORMATS.has(facts.format)) {
        return `${picture} is ${facts.format.toUpperCase()} (${file}), not a web picture format. Save it again as JPEG, PNG or WebP.`;
      }
      if (facts.width * facts.height > MAX_PIXELS) {
        return (
          `${picture} is ${count(facts.width)} × ${count(facts.height)} pixels (${file}), more than the ${Math.floor(MAX_PIXELS / 1e6)} million the image library reads. ` +
          'Scale it down (a photograph needs no more than a few thousand pixels on its longest side) and save it again.'
        );
      }
      return undefined;
  }
}
