import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFingerprintBook } from './picture-fingerprints.ts';

describe('picture fingerprints', () => {
  let dir: string;
  let bookFile: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-fingerprints-'));
    bookFile = path.join(dir, 'cache', 'book.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('names the same bytes alike and different bytes apart, wherever the file is', async () => {
    const book = openFingerprintBook(bookFile);
    const a = await book.of(write('a.jpg', 'one photograph'));
    const b = await book.of(write('b.jpg', 'one photograph'));
    const c = await book.of(write('c.jpg', 'another photograph'));
    expect(a).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('keeps digests between builds, and reads a file again when it changed', async () => {
    const file = write('a.jpg', 'first bytes');
    // A whole second, which a copying tool puts back exactly.
    fs.utimesSync(file, 1_700_000_000, 1_700_000_000);
    const first = openFingerprintBook(bookFile);
    const before = await first.of(file);
    await first.save();
    expect(JSON.parse(fs.readFileSync(bookFile, 'utf8'))[file].digest).toBe(before);

    // New bytes of the same size, with the old modification time put back (as tar, rsync -t or
    // cp -p do): the change time still tells, and the file is read again.
    fs.writeFileSync(file, 'other bytes');
    fs.utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(fs.statSync(file).mtimeMs).toBe(1_700_000_000_000);
    const second = openFingerprintBook(bookFile);
    const after = await second.of(file);
    expect(after).not.toBe(before);
  });

  it('trusts the book for an unchanged file, without reading it', async () => {
    const file = write('a.jpg', 'bytes');
    const first = openFingerprintBook(bookFile);
    await first.of(file);
    await first.save();
    // Planted: the book says otherwise, and the file's stat still matches, so the book wins.
    const planted = JSON.parse(fs.readFileSync(bookFile, 'utf8'));
    planted[file].digest = 'from-book0';
    planted.elsewhere = { size: 1, digest: 'not a whole entry' };
    fs.writeFileSync(bookFile, JSON.stringify(planted));
    expect(await openFingerprintBook(bookFile).of(file)).toBe('from-book0');
  });

  it('drops files no longer asked about, and starts afresh from an unreadable book', async () => {
    const keep = write('keep.jpg', 'kept');
    const gone = write('gone.jpg', 'gone');
    const first = openFingerprintBook(bookFile);
    await first.of(keep);
    await first.of(gone);
    await first.save();
    const second = openFingerprintBook(bookFile);
    await second.of(keep);
    await second.save();
    expect(Object.keys(JSON.parse(fs.readFileSync(bookFile, 'utf8')))).toEqual([keep]);

    fs.writeFileSync(bookFile, '{ not json');
    expect(await openFingerprintBook(bookFile).of(keep)).toMatch(/^[A-Za-z0-9_-]{10}$/);
  });

  it('fails for a file that is not there', async () => {
    await expect(openFingerprintBook(bookFile).of(path.join(dir, 'missing.jpg'))).rejects.toThrow(/ENOENT/);
  });
});
