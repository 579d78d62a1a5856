import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, builtSiteOutput, fixture, readPage } from '../helpers/build-site.ts';
import { docShardCount, docShardName, type DictionaryShard, type PostingsFile, type SearchManifest, type StoryDoc } from '../../src/lib/search/format.ts';

function storyPages(outDir: string): string[] {
  return (fs.readdirSync(outDir, { recursive: true }) as string[])
    .filter((f) => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}

/** The manifest the /search/ page points at, and a reader for the files it names. */
function searchFiles(outDir: string, base = '/') {
  const html = readPage(outDir, '/search/');
  const index = /data-index="([^"]+)"/.exec(html)?.[1];
  if (!index) throw new Error('the search page names no index');
  expect(index.startsWith(`${base}search/manifest.`)).toBe(true);
  const read = <T>(sitePath: string): T => JSON.parse(fs.readFileSync(path.join(outDir, sitePath.slice(base.length)), 'utf8'));
  const manifest = read<SearchManifest>(index);
  const file = <T>(name: string) => read<T>(`${base}search/${name}.json`);
  return { manifest, file };
}

describe('the search index of the small fixture archive', () => {
  let out: string;
  beforeAll(async () => {
    out = await builtSite(fixture('small'));
  });

  it('holds every published story once, and no draft', () => {
    const { manifest, file } = searchFiles(out);
    const docs = Array.from({ length: docShardCount(manifest.docs) }, (_, shard) => file<StoryDoc[]>(docShardName(manifest.docs, shard))).flat();
    expect(manifest.stories).toBe(docs.length);
    expect(docs.map((d) => d.path).sort()).toEqual(storyPages(out));
    const everything = fs.readdirSync(path.join(out, 'search')).map((f) => fs.readFileSync(path.join(out, 'search', f), 'utf8'));
    for (const text of everything) {
      expect(text).not.toContain('must not be published');
      expect(text).not.toMatch(/nobody should ever read/i);
    }
  });

  it('indexes headline, topics and body words in the dictionary, with postings for each', () => {
    const { manifest, file } = searchFiles(out);
    const terms = new Map<string, PostingsFile>();
    for (const name of Object.values(manifest.dictionary)) {
      const shard = file<DictionaryShard>(name);
      const postings = shard.files.map((f) => file<PostingsFile>(f));
      for (const record of shard.index.records) terms.set(record.v, postings.find((p) => record.v in p)!);
    }
    for (const word of ['gdansk', 'harbour', 'ferry', 'floods', 'کتاب']) expect(terms.has(word), word).toBe(true);
    expect(terms.has('draft')).toBe(false);
    expect(terms.has('nobody')).toBe(false);
  });

  it('tells readers without JavaScript that search needs it, and links to the archive', () => {
    const html = readPage(out, '/search/');
    expect(html).toMatch(/<noscript>[\s\S]*needs JavaScript[\s\S]*<a href="\/">[\s\S]*<\/noscript>/);
    expect(html).toMatch(/<input[^>]*data-search-input/);
    expect(html).toMatch(/<ol[^>]*data-search-results/);
    expect(html).toMatch(/<p[^>]*aria-live="polite"[^>]*data-search-status|<p[^>]*data-search-status[^>]*aria-live="polite"/);
  });

  it('names every file by a hash of its content', () => {
    const dir = path.join(out, 'search');
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(names.length).toBeGreaterThan(3);
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    for (const name of names) {
      const [, kind, hash] = /^([a-z]+)\.([0-9a-f]{10,12})\.json$/.exec(name) ?? [];
      expect(kind, name).toBeDefined();
      expect(sha(fs.readFileSync(path.join(dir, name), 'utf8')).startsWith(hash), name).toBe(true);
    }
    const { manifest } = searchFiles(out);
    const shards = Array.from({ length: docShardCount(manifest.docs) }, (_, shard) => docShardName(manifest.docs, shard));
    expect(shards.every((shard) => names.includes(`${shard}.json`))).toBe(true);
  });

  it('writes one file for topics with the same stories, so no two routes share a path', () => {
    const { manifest } = searchFiles(out);
    // The fixture's bridge story alone has "transport" and "infrastructure": one file for both.
    const fileOf = new Map(manifest.facets.topics.map(([topic, , file]) => [topic, file]));
    expect(fileOf.get('transport')).toBeDefined();
    expect(fileOf.get('infrastructure')).toBe(fileOf.get('transport'));
    expect(builtSiteOutput(fixture('small'))).not.toMatch(/conflicts with/);
  });

  it('points at the index under the base path', async () => {
    const sub = await builtSite(fixture('small'), { args: ['--base', '/news/'] });
    const { manifest } = searchFiles(sub, '/news/');
    expect(manifest.stories).toBe(3);
  });
});
