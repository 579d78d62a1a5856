import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bulkFiles } from './bulk-files.ts';
import { dataPackage } from './datapackage.ts';
import { dataFileProblems } from './data-check.ts';

const BASE = '/news/';
const absolute = (sitePath: string) => `https://example.org/news${sitePath}`;
const stories = [
  { year: 2023, path: '/2023/01/a/' },
  { year: 2024, path: '/2024/05/b/' },
  { year: 2024, path: '/2024/06/c/' },
];
let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A built site's data files, as the build writes them. */
async function site(): Promise<string> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-data-check-'));
  const files = await bulkFiles(stories, (story) => story);
  const write = (sitePath: string, bytes: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, sitePath)), { recursive: true });
    fs.writeFileSync(path.join(dir, sitePath), bytes);
  };
  for (const file of [files.archive, ...files.years]) write(file.path, file.bytes);
  for (const story of stories) write(`${story.path}index.json`, '{}');
  write('/data/datapackage.json', JSON.stringify(dataPackage(files, { name: 'Clippings', homepage: absolute('/'), dataPage: absolute('/data/'), schema: absolute('/data/schema.json'), absolute })));
  return dir;
}

describe('dataFileProblems', () => {
  it('finds nothing wrong with the files as the build writes them', async () => {
    expect(dataFileProblems(await site(), BASE, stories.map((s) => s.path))).toEqual([]);
  });

  it('names a bulk file whose bytes are not those datapackage.json describes', async () => {
    const out = await site();
    const file = path.join(out, '2024/index.jsonl.gz');
    fs.appendFileSync(file, 'x');
    expect(dataFileProblems(out, BASE, stories.map((s) => s.path))).toEqual(['/2024/index.jsonl.gz is not the file /data/datapackage.json describes (size or SHA-256)']);
    // The same size, one byte changed.
    const bytes = fs.readFileSync(file).subarray(0, -1);
    bytes[12] ^= 1;
    fs.writeFileSync(file, bytes);
    expect(dataFileProblems(out, BASE, stories.map((s) => s.path))).toEqual(['/2024/index.jsonl.gz is not the file /data/datapackage.json describes (size or SHA-256)']);
  });

  it('names a missing bulk file, a story without its JSON, and counts short of the published stories', async () => {
    const out = await site();
    fs.rmSync(path.join(out, '2023/index.jsonl.gz'));
    fs.rmSync(path.join(out, '2024/06/c/index.json'));
    expect(dataFileProblems(out, BASE, [...stories.map((s) => s.path), '/2024/07/d/'])).toEqual([
      '/2023/index.jsonl.gz is listed in /data/datapackage.json but was not written',
      '/index.jsonl.gz holds 3 stories of 4',
      'the year files hold 3 stories of 4',
      'no JSON for /2024/06/c/, /2024/07/d/',
    ]);
  });

  it('says so when there is no datapackage.json', async () => {
    const out = await site();
    fs.rmSync(path.join(out, 'data/datapackage.json'));
    expect(dataFileProblems(out, BASE, [])).toEqual(['no /data/datapackage.json']);
  });
});
