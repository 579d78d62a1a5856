// What a story's picture is to the pages that show it: its size and format, read from the file's
// header, and the address under the site's assets folder where the image service finds the
// original while it makes the sizes pages ask for. Pure: the I/O is the caller's.
import path from 'node:path';

/** Astro's names for the formats its image service takes in, from sharp's. */
const ASTRO_FORMAT: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif', tiff: 'tiff' };

export function astroFormat(sharpFormat: string): string | undefined {
  return ASTRO_FORMAT[sharpFormat];
}

/**
 * The original's name in the assets folder: its own name, made safe for an address, and the
 * digest of its bytes, so a changed picture gets new names for everything made from it.
 */
export function originalName(file: string, digest: string, format: string): string {
  const stem = path
    .basename(file, path.extname(file))
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    // Lower case: on a disk that ignores case, Photo.jpg and photo.jpg of the same bytes are one name.
    .toLowerCase()
    .slice(0, 60);
  return `${stem || 'picture'}.${digest}.${format}`;
}

/** The module a story's picture import answers with: what Astro's image service takes as a local picture. */
export function pictureModuleCode(picture: { src: string; width: number; height: number; format: string; inAssets: string }): string {
  const metadata = { src: picture.src, width: picture.width, height: picture.height, format: picture.format };
  // fsPath is the path Astro's build removes once the sizes are made: the link in the output
  // folder, never the archive's own file. A plain object, not Astro's proxy that records an
  // original as used when read: no page may show `src` itself (the link is gone when the build
  // ends); every picture goes through getImage.
  return `const picture = ${JSON.stringify(metadata)};
Object.defineProperty(picture, 'fsPath', { value: ${JSON.stringify(picture.inAssets)}, enumerable: false });
export default picture;
`;
}
