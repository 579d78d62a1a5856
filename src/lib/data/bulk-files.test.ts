import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bulkFiles } from './bulk-files.ts';
import { gzipFixed } from './gzip.ts';
import { jsonLine } from './jsonl.ts';
import { sha256Hex } from './checksum.ts';

const stories = [
  { year: 2020, id: 'a', text: 'line\nbreak and \u2028 separator' },
  { year: 2020, id: 'b', text: 'é' },
  { year: 2024, id: 'c', text: '' },
];
const lines = (bytes: Buffer) => gunzipSync(bytes).toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

describe('jsonLine', () => {
  it('writes one line per value, whatever its strings hold', () => {
    const line = jsonLine({ text: 'a\nb\r\nc\u2028d' });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\n\r]/);
    expect(JSON.parse(line)).toEqual({ text: 'a\nb\r\nc\u2028d' });
  });
});

describe('gzipFixed', () => {
  it('gives the same bytes for the same text, with no time and no system in the header', () => {
    const one = gzipFixed('same text\n');
    expect(gzipFixed('same text\n').equals(one)).toBe(true);
    expect([...one.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
    expect(one.readUInt32LE(4)).toBe(0);
    expect(one[9]).toBe(255);
    expect(gunzipSync(one).toString()).toBe('same text\n');
    expect(gzipFixed('other text\n').equals(one)).toBe(false);
  });
});

describe('sha256Hex', () => {
  it('is the SHA-256 sha256sum prints', () => {
    // printf abc | sha256sum
    expect(sha256Hex(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('bulkFiles', () => {
  it('writes a file per year and one for all, each line a record, with counts and checksums of their bytes', async () => {
    const files = await bulkFiles(stories, (story) => ({ id: story.id, text: story.text }));
    expect(files.years.map((file) => [file.path, file.year, file.count])).toEqual([
      ['/2020/index.jsonl.gz', 2020, 2],
      ['/2024/index.jsonl.gz', 2024, 1],
    ]);
    expect(lines(files.years[0].bytes)).toEqual([{ id: 'a', text: stories[0].text }, { id: 'b', text: 'é' }]);
    expect(files.archive.path).toBe('/index.jsonl.gz');
    expect(files.archive.count).toBe(3);
    expect(lines(files.archive.bytes).map((record) => record.id)).toEqual(['a', 'b', 'c']);
    for (const file of [...files.years, files.archive]) {
      expect(file.sha256).toBe(createHash('sha256').update(file.bytes).digest('hex'));
      expect(lines(file.bytes)).toHaveLength(file.count);
    }
  });

  it('gives identical bytes for identical stories', async () => {
    const make = () => bulkFiles(stories, (story) => ({ id: story.id }));
    const [one, two] = await Promise.all([make(), make()]);
    expect(two.archive.bytes.equals(one.archive.bytes)).toBe(true);
    expect(two.archive.sha256).toBe(one.archive.sha256);
  });

  it('makes each record once, one year at a time', async () => {
    const asked: string[] = [];
    await bulkFiles(stories, (story) => (asked.push(story.id), story.id));
    expect(asked).toEqual(['a', 'b', 'c']);
  });

  it('refuses stories whose years are not together', async () => {
    await expect(bulkFiles([stories[0], stories[2], stories[1]], (story) => story.id)).rejects.toThrow(/not together/);
  });

  it('gives an archive without stories an empty gzip file', async () => {
    const files = await bulkFiles([], () => ({}));
    expect(files.years).toEqual([]);
    expect(files.archive.count).toBe(0);
    expect(gunzipSync(files.archive.bytes).length).toBe(0);
  });
});
