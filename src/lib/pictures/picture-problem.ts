import path from 'node:path';
import type { PictureFacts } from './picture-facts.ts';

/** Formats Astro's image service turns into web pictures. */
const WEB_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'svg']);
/** The file names Astro's image service takes a picture by (not .tif: it takes TIFF only as .tiff). */
const WEB_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tiff', '.svg']);

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
export function pictureProblem(written: string, file: string, facts: PictureFacts, lead = false): string | undefined {
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
      if (lead && facts.format === 'svg') {
        return `${picture} is a drawing (SVG, ${file}), which cannot be cut to the sizes link previews and lists need. Use a JPEG, PNG or WebP as the lead picture; an SVG can go in the text.`;
      }
      if (!WEB_FORMATS.has(facts.format)) {
        return `${picture} is ${facts.format.toUpperCase()} (${file}), not a web picture format. Save it again as JPEG, PNG or WebP.`;
      }
      if (!WEB_EXTENSIONS.has(path.extname(file).toLowerCase())) {
        const extension = path.extname(file);
        return `${picture} is named ${extension ? `"${extension}"` : 'without an extension'} (${file}); the image service takes pictures by their extension. Rename it to end in .${facts.format === 'jpeg' ? 'jpg' : facts.format} and change the path in the story.`;
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
