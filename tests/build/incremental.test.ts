import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/generate-archive.ts';
import { cacheDirFor } from '../../src/lib/content-dir.ts';
import { astroBuild, ROOT, scratchOutDir } from '../helpers/build-site.ts';

// A rebuild that reuses the last build's pages (Astro's incremental build, keyed by
// src/lib/page-keys.ts) must write byte for byte the site a cold build of the same stories writes:
// after a story is added, edited, deleted, retagged and re-dated, and a picture beside a story is
// replaced, every page that shows it, lists it or sits beside it must change, and no other; and
// what the last build wrote and this one does not must be gone from the output folder.

const archive = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-incremental-'));
const stories = path.join(archive, 'stories');
afterAll(() => {
  fs.rmSync(cacheDirFor(archive, ROOT), { recursive: true, force: true });
  fs.rmSync(archive, { recursive: true, force: true });
});

/** Every file of a built site by its path, as a hash of its bytes. */
function siteFiles(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(outDir, name);
    if (fs.statSync(file).isFile()) files.set(name, createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return files;
}

/** The files that differ between two sites, and how. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [name, hash] of a) if (b.get(name) !== hash) found.push(`${name}: ${b.has(name) ? 'differs' : 'only in the rebuild'}`);
  for (const name of b.keys()) if (!a.has(name)) found.push(`${name}: missing from the rebuild`);
  return found.sort();
}

/** A cold build of the archive as it is now: a copy elsewhere, with a cache of its own. */
function coldBuild(): Map<string, string> {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-incremental-cold-'));
  fs.cpSync(stories, path.join(copy, 'stories'), { recursive: true });
  const result = astroBuild(copy, scratchOutDir());
  fs.rmSync(copy, { recursive: true, force: true });
  expect(result.ok, result.output).toBe(true);
  return siteFiles(result.outDir);
}

function storyFiles(): string[] {
  return fs.readdirSync(stories, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).sort();
}

/** A small PNG of one colour. */
function picture(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: colour } }).png().toBuffer();
}

function rewrite(name: string, change: (text: string) => string): void {
  const file = path.join(stories, name);
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
}

describe('an incremental rebuild', () => {
  generateArchive(archive, 80);
  const outDir = scratchOutDir();
  const rebuild = (env?: Record<string, string>) => {
    const result = astroBuild(archive, outDir, { keepCache: true, env });
    expect(result.ok, result.output).toBe(true);
    // Astro lists every path it generates; it marks one it kept in place "(cached)", one it copied
    // back from the cache "(restored)".
    const count = (mark: string) => result.output.split(mark).length - 1;
    const cached = count('(cached)');
    const restored = count('(restored)');
    return { files: siteFiles(outDir), cached, restored, rendered: count('├─') - cached - restored, output: result.output };
  };

  it('writes the site a cold build writes, after a story is added and another edited', async () => {
    rebuild();
    const [first] = storyFiles();
    fs.mkdirSync(path.join(stories, '2010/06'), { recursive: true });
    fs.writeFileSync(
      path.join(stories, '2010/06/harbour-crane-toppled.md'),
      '---\ntitle: Harbour crane toppled by storm\ndate: "2010-06-15"\nsource: Coast Gazette\ntags:\n  - weather\nimage: ./quay.png\nimageAlt: The quay after the storm\n---\n\nA container crane toppled onto the quay overnight as gusts reached 90 mph.\n\n![The crane across the quay](./crane.png)\n',
    );
    fs.writeFileSync(path.join(stories, '2010/06/crane.png'), await picture('#c00'));
    fs.writeFileSync(path.join(stories, '2010/06/quay.png'), await picture('#0c0'));
    rewrite(first, (text) => text.replace(/^title: .*$/m, 'title: A headline written again').replace(/\n\n(\S+)/, '\n\nChanged $1'));
    const { files, cached, output } = rebuild();
    // The output folder was kept as the last build left it, and its unchanged pages stayed there.
    expect(cached).toBeGreaterThan(0);
    // The changed content store compiled fast (src/integrations/fast-content-store.ts).
    expect(output).toContain('content store module split into short strings (1 of 1)');
    expect(differences(files, coldBuild())).toEqual([]);
  });

  it('writes the site a cold build writes, after a story is deleted, one retagged and one re-dated, and pictures replaced', async () => {
    const [, second, third, fourth] = storyFiles().filter((name) => !name.startsWith('2010/06/'));
    fs.writeFileSync(path.join(stories, '2010/06/crane.png'), await picture('#00c'));
    // A lead picture of the same size: the lists' thumbnails of it must change too.
    fs.writeFileSync(path.join(stories, '2010/06/quay.png'), await picture('#cc0'));
    fs.rmSync(path.join(stories, second));
    rewrite(third, (text) => text.replace(/^tags:\n(?: {2}- .*\n)+/m, 'tags:\n  - obituaries\n  - harbour life\n'));
    rewrite(fourth, (text) => text.replace(/^date: .*$/m, 'date: "2001-02-03"'));
    const { files, cached } = rebuild();
    expect(cached).toBeGreaterThan(0);
    expect(differences(files, coldBuild())).toEqual([]);
  });

  it('writes the site a cold build writes, after only a picture in a story’s text is replaced', async () => {
    // The story's text and fields stay as they were: the feeds carrying its whole text must still
    // change, to the picture's new files (src/lib/body-keys.ts).
    fs.writeFileSync(path.join(stories, '2010/06/crane.png'), await picture('#0cc'));
    const { files, cached } = rebuild();
    expect(cached).toBeGreaterThan(0);
    expect(differences(files, coldBuild())).toEqual([]);
  });

  it('empties an output folder that is not as the last build left it, and copies the unchanged pages back from the cache', () => {
    // As if another build, or a hand, had written into the folder since.
    fs.writeFileSync(path.join(outDir, 'index.html'), '<p>Not this archive</p>');
    fs.writeFileSync(path.join(outDir, 'stray.html'), '<p>Another build</p>');
    const { files, cached, restored } = rebuild();
    expect(cached).toBe(0);
    expect(restored).toBeGreaterThan(0);
    expect(differences(files, coldBuild())).toEqual([]);
  });

  it('renders no keyed page again when nothing changed, however the build was started', () => {
    // The shell's `_` differs between `npm run build`, `npx astro build` and `node …/astro.mjs`;
    // BASE is a name the site's modules hold (BASE_URL).
    const { files, rendered, cached, output } = rebuild({ _: '/opt/elsewhere/bin/npm', BASE: 'another' });
    expect(cached).toBeGreaterThan(0);
    // The pages without a key (no getStaticPaths): home, archive, search, 404, robots.txt, and the
    // site's feeds rss.xml, atom.xml and feed.json.
    expect(rendered).toBe(8);
    // Every picture size was left where the last build wrote it (src/integrations/kept-picture-sizes.ts):
    // Astro marks each size it writes with ▶.
    expect(output).toMatch(/\b[1-9]\d* picture sizes already in the output folder, not copied again/);
    expect(output).not.toContain('▶');
    expect(differences(files, coldBuild())).toEqual([]);
  });
}, 300_000);
