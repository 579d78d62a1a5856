// A short digest of each picture file's bytes, which names the files made from it: the same
// bytes give the same names on any machine, and new bytes new names, so neither the image cache
// nor a browser keeps an old picture. Digests are kept in a book by the file's path, size,
// modification and change times and inode, so an unchanged archive is not read again on every
// build. The change time is the one no copying tool sets back (tar, rsync -t and cp -p restore
// the modification time): a file written anew is always read again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

type Entry = { size: number; modified: number; changed: number; inode: number; digest: string };

export type FingerprintBook = {
  /** The digest of `file`'s bytes: 10 characters of base64url SHA-256. */
  of(file: string): Promise<string>;
  /** Writes the book back, if it changed: the digests of files it was asked about, only. */
  save(): Promise<void>;
};

/** Files read at once: each streams through the hash, so memory stays small however many there are. */
const READ_AT_ONCE = 8;

export function openFingerprintBook(bookFile: string): FingerprintBook {
  const known = readBook(bookFile);
  const asked = new Map<string, Promise<Entry>>();
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

  async function entryFor(file: string): Promise<Entry> {
    const stat = await fs.promises.stat(file);
    const old = known.get(file);
    if (old && old.size === stat.size && old.modified === stat.mtimeMs && old.changed === stat.ctimeMs && old.inode === stat.ino) return old;
    changed = true;
    return { size: stat.size, modified: stat.mtimeMs, changed: stat.ctimeMs, inode: stat.ino, digest: await digestOf(file) };
  }

  return {
    async of(file) {
      const key = path.resolve(file);
      let entry = asked.get(key);
      if (!entry) {
        entry = entryFor(key);
        asked.set(key, entry);
      }
      return (await entry).digest;
    },
    async save() {
      // Files no longer asked about (deleted, or no story's any more) drop out of the book.
      if (!changed && asked.size === known.size) return;
      const results = await Promise.allSettled(asked.values());
      const entries = [...asked.keys()].flatMap((file, i) => {
        const result = results[i];
        return result.status === 'fulfilled' ? [[file, result.value] as const] : [];
      });
      writeBook(bookFile, new Map(entries));
    },
  };
}

function readBook(bookFile: string): Map<string, Entry> {
  try {
    const data = JSON.parse(fs.readFileSync(bookFile, 'utf8')) as Record<string, unknown>;
    // An entry of another shape (a book from older code, a damaged one) is not trusted.
    return new Map(Object.entries(data).filter((entry): entry is [string, Entry] => isEntry(entry[1])));
  } catch {
    // No book yet, or an unreadable one: every digest is made again.
    return new Map();
  }
}

function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return ['size', 'modified', 'changed', 'inode'].every((key) => typeof entry[key] === 'number') && typeof entry.digest === 'string' && /^[A-Za-z0-9_-]{10}$/.test(entry.digest);
}

function writeBook(bookFile: string, entries: Map<string, Entry>): void {
  fs.mkdirSync(path.dirname(bookFile), { recursive: true });
  const temporary = `${bookFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(Object.fromEntries(entries)));
  fs.renameSync(temporary, bookFile);
}
