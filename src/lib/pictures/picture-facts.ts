// What the build needs to know of a picture file before Astro's image service opens it: that it
// is there, not empty, in a format browsers and the image library read, and not so large that
// decoding it would be refused. Read from the file's header, not by decoding the picture.
import fs from 'node:fs';
import sharp from 'sharp';

export type PictureFacts =
  | { kind: 'missing' }
  | { kind: 'folder' }
  | { kind: 'empty' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'picture'; format: string; width: number; height: number; bytes: number; modified: number };

/** What a picture file's header says. */
export type PictureHeader = { kind: 'picture'; format: string; width: number; height: number } | { kind: 'unreadable'; reason: string };

/**
 * Reads `file`'s header, or has `header` tell it (picture-book.ts answers from its book). Never
 * throws: every way a file can fail is one of the kinds.
 */
export async function pictureFacts(file: string, header: (file: string, stat: fs.Stats) => Promise<PictureHeader> = readHeader): Promise<PictureFacts> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch {
    return { kind: 'missing' };
  }
  if (stat.isDirectory()) return { kind: 'folder' };
  if (stat.size === 0) return { kind: 'empty' };
  const read = await header(file, stat);
  return read.kind === 'picture' ? { ...read, bytes: stat.size, modified: stat.mtimeMs } : read;
}

export async function readHeader(file: string): Promise<PictureHeader> {
  try {
    // limitInputPixels: false, so a huge picture reports its size instead of failing unexplained.
    const meta = await sharp(file, { limitInputPixels: false }).metadata();
    // HEIF holds both AVIF (AV1) and iPhone HEIC (HEVC); only the first is a web format.
    const format = meta.format === 'heif' ? (meta.compression === 'av1' ? 'avif' : 'heic') : meta.format;
    // The size as shown: a phone photo tagged "rotate 90°" is stored on its side.
    const { width, height } = meta.autoOrient ?? meta;
    if (!format || !width || !height) return { kind: 'unreadable', reason: 'its size could not be read' };
    return { kind: 'picture', format, width, height };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}
