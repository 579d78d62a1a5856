import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a new file all at once, or not at all: the text goes to a hidden temporary file in the
 * same folder, which is then hard-linked to its name. Linking fails if the name exists, so a file
 * is never overwritten, even by another import running at the same moment; and a crash leaves at
 * most a temporary file, never half a story. Returns false when the name was taken.
 */
export function writeNewFile(file: string, text: string): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = writeTemporary(file, text);
  try {
    fs.linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * Replaces a file's text all at once: the new text goes to a hidden temporary file in the same
 * folder, which is then renamed over the file, so a reader (or a crash) sees the old text or the
 * new, never half of either.
 */
export function replaceFile(file: string, text: string): void {
  const temporary = writeTemporary(file, text);
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** `text` in a new hidden file beside `file`, on disk before this returns; its path. */
function writeTemporary(file: string, text: string): string {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(temporary, 'wx');
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return temporary;
}
