// What a build learns of each picture file, kept for the next: its header (size and format, see
// picture-facts.ts) and a short digest of its bytes, which names the files made from it (the same
// bytes give the same names on any machine, and new bytes new names, so neither the image cache
// nor a browser keeps an old picture). An unchanged archive is then not opened again on every
// build. What the book says of a file is trusted while the file's size, modification and change
// times and inode are those it was read with. The change time is the one no copying tool sets
// back (tar, rsync -t and cp -p restore the modification time): a file written anew is read again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pictureFacts, readHeader, type PictureFacts, type PictureHeader } from './picture-facts.ts';

type Stamp = { size: number; modified: number; changed: number; inode: number };
type Header = Extract<PictureHeader, { kind: 'picture' }>;
/** As the book file keeps it. */
type Kept = Stamp & { digest?: string; header?: Header };
/** As this build knows it: what it asked is read once. */
type Known = { stamp: Stamp; digest?: Promise<string>; header?: Promise<PictureHeader> };

export type PictureBook = {
  /** What `file` is (picture-facts.ts), its header from the book when the file is unchanged. */
  facts(file: string): Promise<PictureFacts>;
  /** The digest of `file`'s bytes: 10 characters of base64url SHA-256. */
  digest(file: string): Promise<string>;
  /** Writes the book back, if it changed: what was asked of files this build, only. */
  save(): Promise<void>;
};

/** The book of an archive's cache folder: one file, read by the story checks and the build. */
export function pictureBookFile(cacheDir: string): string {
  return path.join(cacheDir, 'picture-book.json');
}

/** Files read at once for their digests: each streams through the hash, so memory stays small. */
const READ_AT_ONCE = 8;

export function openPictureBook(bookFile: string): PictureBook {
  const kept = readBook(bookFile);
  const known = new Map<string, Known>();
  let changed = false;
  let reading = 0;
  const waiting: (() => void)[] = [];

  async function digestOf(file: string): Promise<string> {
    while (reading >= READ_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
    reading++;
    try {
      const hash = createHash('sha256');
      await pipeline(fs.createReadStream(file), hash);
      return hash.digest('base64url').slice(0, 10);
    } finally {
      reading--;
      waiting.shift()?.();
    }
  }

  /** What is known of `file` as it is now (`stat`): from this build, the book, or nothing yet. */
  function knownAs(file: string, stat: fs.Stats): Known {
    const stamp = { size: stat.size, modified: stat.mtimeMs, changed: stat.ctimeMs, inode: stat.ino };
    const now = known.get(file);
    if (now && sameStamp(now.stamp, stamp)) return now;
    const old = kept.get(file);
    const fresh: Known = { stamp };
    if (old && sameStamp(old, stamp)) {
      if (old.digest) fresh.digest = Promise.resolve(old.digest);
      if (old.header) fresh.header = Promise.resolve(old.header);
    } else changed = true;
    known.set(file, fresh);
    return fresh;
  }

  return {
    facts(file) {
      return pictureFacts(file, (read, stat) => {
        const entry = knownAs(path.resolve(read), stat);
        if (!entry.header) {
          entry.header = readHeader(read);
          changed = true;
        }
        return entry.header;
      });
    },
    async digest(file) {
      const key = path.resolve(file);
      const entry = knownAs(key, await fs.promises.stat(key));
      if (!entry.digest) {
        entry.digest = digestOf(key);
        changed = true;
      }
      return entry.digest;
    },
    async save() {
      // Files no longer asked about (deleted, or no story's any more) drop out of the book.
      if (!changed && known.size === kept.size) return;
      const entries: [string, Kept][] = [];
      for (const [file, { stamp, digest, header }] of known) {
        const [digestRead, headerRead] = await Promise.allSettled([digest, header]);
        const entry: Kept = { ...stamp };
        if (digestRead.status === 'fulfilled' && digestRead.value) entry.digest = digestRead.value;
        // An unreadable header is read again next time: it fails the build, and may be fixed.
        if (headerRead.status === 'fulfilled' && headerRead.value?.kind === 'picture') entry.header = headerRead.value;
        entries.push([file, entry]);
      }
      writeBook(bookFile, entries);
    },
  };
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.size === b.size && a.modified === b.modified && a.changed === b.changed && a.inode === b.inode;
}

function readBook(bookFile: string): Map<string, Kept> {
  try {
    const data = JSON.parse(fs.readFileSync(bookFile, 'utf8')) as Record<string, unknown>;
    // An entry of another shape (a book from older code, a damaged one) is not trusted.
    return new Map(Object.entries(data).filter((entry): entry is [string, Kept] => isKept(entry[1])));
  } catch {
    // No book yet, or an unreadable one: every file is read again.
    return new Map();
  }
}

function isKept(value: unknown): value is Kept {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  if (!['size', 'modified', 'changed', 'inode'].every((key) => typeof entry[key] === 'number')) return false;
  if (entry.digest !== undefined && !(typeof entry.digest === 'string' && /^[A-Za-z0-9_-]{10}$/.test(entry.digest))) return false;
  if (entry.header === undefined) return true;
  const header = entry.header as Record<string, unknown> | null;
  return header?.kind === 'picture' && typeof header.format === 'string' && [header.width, header.height].every((n) => Number.isInteger(n) && (n as number) > 0);
}

function writeBook(bookFile: string, entries: [string, Kept][]): void {
  fs.mkdirSync(path.dirname(bookFile), { recursive: true });
  const temporary = `${bookFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(Object.fromEntries(entries)));
  fs.renameSync(temporary, bookFile);
}
