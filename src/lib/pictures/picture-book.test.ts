import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { openPictureBook } from './picture-book.ts';

describe('the picture book', () => {
  let dir: string;
  let bookFile: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-picture-book-'));
    bookFile = path.join(dir, 'cache', 'book.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('names the same bytes alike and different bytes apart, wherever the file is', async () => {
    const book = openPictureBook(bookFile);
    const a = await book.digest(write('a.jpg', 'one photograph'));
    const b = await book.digest(write('b.jpg', 'one photograph'));
    const c = await book.digest(write('c.jpg', 'another photograph'));
    expect(a).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('keeps digests between builds, and reads a file again when it changed', async () => {
    const file = write('a.jpg', 'first bytes');
    // A whole second, which a copying tool puts back exactly.
    fs.utimesSync(file, 1_700_000_000, 1_700_000_000);
    const first = openPictureBook(bookFile);
    const before = await first.digest(file);
    await first.save();
    expect(JSON.parse(fs.readFileSync(bookFile, 'utf8'))[file].digest).toBe(before);

    // New bytes of the same size, with the old modification time put back (as tar, rsync -t or
    // cp -p do): the change time still tells, and the file is read again.
    fs.writeFileSync(file, 'other bytes');
    fs.utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(fs.statSync(file).mtimeMs).toBe(1_700_000_000_000);
    const second = openPictureBook(bookFile);
    const after = await second.digest(file);
    expect(after).not.toBe(before);
  });

  it('trusts the book for an unchanged file, without reading it', async () => {
    const file = write('a.jpg', 'bytes');
    const first = openPictureBook(bookFile);
    await first.digest(file);
    await first.save();
    // Planted: the book says otherwise, and the file's stat still matches, so the book wins.
    const planted = JSON.parse(fs.readFileSync(bookFile, 'utf8'));
    planted[file].digest = 'from-book0';
    planted.elsewhere = { size: 1, digest: 'not a whole entry' };
    fs.writeFileSync(bookFile, JSON.stringify(planted));
    expect(await openPictureBook(bookFile).digest(file)).toBe('from-book0');
  });

  it('drops files no longer asked about, and starts afresh from an unreadable book', async () => {
    const keep = write('keep.jpg', 'kept');
    const gone = write('gone.jpg', 'gone');
    const first = openPictureBook(bookFile);
    await first.digest(keep);
    await first.digest(gone);
    await first.save();
    const second = openPictureBook(bookFile);
    await second.digest(keep);
    await second.save();
    expect(Object.keys(JSON.parse(fs.readFileSync(bookFile, 'utf8')))).toEqual([keep]);

    fs.writeFileSync(bookFile, '{ not json');
    expect(await openPictureBook(bookFile).digest(keep)).toMatch(/^[A-Za-z0-9_-]{10}$/);
  });

  it("keeps a picture's header between builds, and reads it again when the file changed", async () => {
    const file = path.join(dir, 'photo.png');
    await sharp({ create: { width: 30, height: 20, channels: 3, background: '#369' } }).png().toFile(file);
    const first = openPictureBook(bookFile);
    expect(await first.facts(file)).toMatchObject({ kind: 'picture', format: 'png', width: 30, height: 20, bytes: fs.statSync(file).size });
    await first.save();
    // Planted: the book says another size, and the file's stat still matches, so the book wins.
    const planted = JSON.parse(fs.readFileSync(bookFile, 'utf8'));
    expect(planted[file].header).toEqual({ kind: 'picture', format: 'png', width: 30, height: 20 });
    planted[file].header.width = 3000;
    fs.writeFileSync(bookFile, JSON.stringify(planted));
    expect(await openPictureBook(bookFile).facts(file)).toMatchObject({ kind: 'picture', width: 3000 });

    await sharp({ create: { width: 50, height: 20, channels: 3, background: '#369' } }).png().toFile(file);
    expect(await openPictureBook(bookFile).facts(file)).toMatchObject({ kind: 'picture', width: 50 });
  });

  it('keeps no header of a file that is not a picture, and says what is wrong with each file as it is now', async () => {
    const notes = write('notes.jpg', 'not a picture');
    const book = openPictureBook(bookFile);
    expect((await book.facts(notes)).kind).toBe('unreadable');
    expect(await book.facts(path.join(dir, 'nowhere.jpg'))).toEqual({ kind: 'missing' });
    expect(await book.facts(write('empty.jpg', ''))).toEqual({ kind: 'empty' });
    await book.save();
    expect(JSON.parse(fs.readFileSync(bookFile, 'utf8'))[notes].header).toBeUndefined();
  });

  it('fails for a file that is not there', async () => {
    await expect(openPictureBook(bookFile).digest(path.join(dir, 'missing.jpg'))).rejects.toThrow(/ENOENT/);
  });
});
