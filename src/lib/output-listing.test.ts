import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listOutput, sameListing, staleFiles } from './output-listing.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-listing-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('listOutput', () => {
  it('lists every file by its path with /, leaving out a .git folder', () => {
    const dir = folder({ 'index.html': 'home', '2020/01/a/index.html': 'a', '.git/HEAD': 'ref' });
    expect([...listOutput(dir).keys()].sort()).toEqual(['2020/01/a/index.html', 'index.html']);
  });

  it('is empty for a folder that does not exist', () => {
    expect(listOutput(path.join(os.tmpdir(), 'clippings-no-such-folder')).size).toBe(0);
  });

  it('changes when a file is written again, even with the same bytes', () => {
    const dir = folder({ 'index.html': 'home' });
    const first = listOutput(dir);
    fs.writeFileSync(path.join(dir, 'index.html'), 'home');
    // Far enough on for any file system's clock.
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'index.html'), later, later);
    expect(sameListing(first, listOutput(dir))).toBe(false);
  });
});

describe('sameListing', () => {
  const a = new Map([['index.html', '4:1' as const]]);
  it('holds for the same files and stamps only', () => {
    expect(sameListing(a, new Map(a))).toBe(true);
    expect(sameListing(a, new Map([['index.html', '4:2' as const]]))).toBe(false);
    expect(sameListing(a, new Map([['other.html', '4:1' as const]]))).toBe(false);
    expect(sameListing(a, new Map([...a, ['more.html', '1:1' as const]]))).toBe(false);
    expect(sameListing(new Map([...a, ['more.html', '1:1' as const]]), a)).toBe(false);
  });
});

describe('staleFiles', () => {
  it('is what was there before, not written since, and not a page this build kept', () => {
    const before = new Map([
      ['kept/index.html', '1:1' as const],
      ['written/index.html', '1:1' as const],
      ['deleted-story/index.html', '1:1' as const],
      ['_astro/old.js', '1:1' as const],
    ]);
    const after = new Map([
      ['kept/index.html', '1:1' as const],
      ['written/index.html', '1:2' as const],
      ['deleted-story/index.html', '1:1' as const],
      ['_astro/old.js', '1:1' as const],
      ['_astro/new.js', '1:3' as const],
    ]);
    expect(staleFiles(before, after, new Set(['kept/index.html', 'written/index.html']))).toEqual(['_astro/old.js', 'deleted-story/index.html']);
  });
});
