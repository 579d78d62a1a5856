// What the build needs to know of a picture file before Astro's image service opens it: that it
// is there, not empty, in a format browsers and the image library read, and not so large that
// decoding it would be refused. Read from the file's header, not by decoding the picture.
import fs from 'node:fs/promises';
import sharp from 'sharp';

export type PictureFacts =
  | { kind: 'missing' }
  | { kind: 'folder' }
  | { kind: 'empty' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'picture'; format: string; width: number; height: number; bytes: number; modified: number };

/** Reads `file`'s header. Never throws: every way a file can fail is one of the kinds. */
export async function pictureFacts(file: string): Promise<PictureFacts> {
  let size: number;
  let modified: number;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { kind: 'folder' };
    size = stat.size;
    modified = stat.mtimeMs;
  } catch {
    return { kind: 'missing' };
  }
  if (size === 0) return { kind: 'empty' };
  try {
    // limitInputPixels: false, so a huge picture reports its size instead of failing unexplained.
    const meta = await sharp(file, { limitInputPixels: false }).metadata();
    // HEIF holds both AVIF (AV1) and iPhone HEIC (HEVC); only the first is a web format.
    const format = meta.format === 'heif' ? (meta.compression === 'av1' ? 'avif' : 'heic') : meta.format;
    // The size as shown: a phone photo tagged "rotate 90°" is stored on its side.
    const { width, height } = meta.autoOrient ?? meta;
    if (!format || !width || !height) return { kind: 'unreadable', reason: 'its size could not be read' };
    return { kind: 'picture', format, width, height, bytes: size, modified };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}
