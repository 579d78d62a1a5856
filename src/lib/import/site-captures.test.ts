import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CORPUS_EN, SITE_CAPTURES } from '../../../tests/helpers/fixtures.ts';
import { parseHtml } from './html-body.ts';
import { parseMarkdown } from './markdown.ts';
import { notAStory } from './page-kind.ts';
import { decodePage } from './read-warc.ts';
import type { SkippedPage } from './read-web-archive.ts';
import { importFiles } from './run.ts';

// The fixtures hold 14 captures of an imaginary site (see make-fixtures.ts): six stories (one
// served gzipped, one in windows-1252), a home page, a tag page, a redirect, a 404, a stylesheet,
// an image, a request and a revisit; and the site's RSS and Atom feeds of the six stories.
const STORIES = fs.readFileSync(CORPUS_EN, 'utf8').trim().split('\n').slice(0, 6).map((line) => JSON.parse(line) as { title: string; date: string });

async function importArchive(file: string) {
  const contentDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-warc-')), 'content');
  const skipped: SkippedPage[] = [];
  const summary = await importFiles([file], { contentDir, now: new Date('2026-01-01T00:00:00Z') }, { skipped: (page) => skipped.push(page) });
  const stories = summary.files.map((written) => {
    const [, frontmatter, body] = fs.readFileSync(written, 'utf8').split(/^---$/m);
    return { fields: parse(frontmatter) as Record<string, string>, body };
  });
  return { summary, skipped, stories };
}

describe.each(['captures.warc.gz', 'captures.warc', 'captures.wacz'])('importing the web archive %s', (name) => {
  it('imports exactly the six stories it captured, each with its address and capture time', async () => {
    const { summary, stories } = await importArchive(path.join(SITE_CAPTURES, name));
    expect(summary).toMatchObject({ imported: 6, duplicates: 0, rejected: 0, skipped: 4 });
    expect(stories.map((story) => story.fields.title)).toEqual(STORIES.map((story) => story.title));
    for (const { fields, body } of stories) {
      expect(fields.url).toMatch(/^https:\/\/news\.example\.org\/2019\/01\/\d\d\/[a-z0-9-]+$/);
      expect(fields.archived).toMatch(/^2021-03-20T10:\d\d:00Z$/);
      expect(fields.source).toBe('Harbour Herald');
      expect(body).not.toMatch(/Most read|About us|\uFFFD/); // the page around the story is gone; every page decoded
      // Where the copy came from: the archive's kind, its file name and the record's own id.
      expect(fields.imported).toEqual({ at: '2026-01-01T00:00:00Z', format: name.endsWith('.wacz') ? 'wacz' : 'warc', file: name, record: expect.stringMatching(/^<urn:uuid:[0-9a-f-]{36}>$/) });
    }
  });

  it('reads a page in the charset its server named', async () => {
    const { stories } = await importArchive(path.join(SITE_CAPTURES, name));
    expect(stories[2].fields.dek).toBe('Koszalin’s mayor declared a day of mourning.');
  });

  it('reports each captured page that is not a story, with where it is and why', async () => {
    const { skipped } = await importArchive(path.join(SITE_CAPTURES, name));
    expect(skipped.map((page) => page.reason)).toEqual([
      'a home page, not a story',
      'a redirect (HTTP 301) to https://news.example.org/2019/01/05/florida-highway-pileup-fire-kills-five-children-two-truck-dr, not a page',
      'the server answered HTTP 404, not with a page',
      'an index page (/tag/…), not a story',
    ]);
    expect(skipped[0].where).toMatch(/record 2 \(https:\/\/news\.example\.org\/\)$/);
  });
});

describe.each(['feed.rss', 'feed.atom'])('importing the site’s feed %s', (name) => {
  it('imports exactly the six stories it holds, each in full, with its address and date', async () => {
    const { summary, skipped, stories } = await importArchive(path.join(SITE_CAPTURES, name));
    expect(summary).toMatchObject({ imported: 6, duplicates: 0, rejected: 0, skipped: 0 });
    expect(skipped).toEqual([]);
    expect(stories.map((story) => story.fields.title)).toEqual(STORIES.map((story) => story.title));
    for (const [i, { fields, body }] of stories.entries()) {
      expect(fields.url).toMatch(/^https:\/\/news\.example\.org\/2019\/01\/\d\d\/[a-z0-9-]+$/);
      expect(fields.date).toBe(`${STORIES[i].date}T09:00:00Z`);
      expect(fields.source).toBe('Harbour Herald');
      expect(body.trim().split(/\n\n/).length).toBeGreaterThan(2); // the full text, not the summary
    }
  });
});

describe('importing a site’s stories twice', () => {
  it('finds every story already in the archive, from a crawl or from the feed', async () => {
    const contentDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-warc-')), 'content');
    await importFiles([path.join(SITE_CAPTURES, 'captures.warc.gz')], { contentDir });
    const again = await importFiles([path.join(SITE_CAPTURES, 'captures.wacz'), path.join(SITE_CAPTURES, 'feed.rss')], { contentDir });
    // The crawl's Koszalin page was served in windows-1252, which has no "ń": it reads "Brudzi?ski",
    // where the feed has "Brudziński". Other words are another version, kept beside the first.
    expect(again).toMatchObject({ imported: 0, updated: 1, duplicates: 11, rejected: 0 });
  });
});

describe('telling a story from a page that lists stories', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const judge = (html: string, uri: string, markdown: string) => notAStory(parseHtml(html), uri, parseMarkdown(markdown));

  it('takes a page that declares itself an article at its word', () => {
    expect(judge('<meta property="og:type" content="article">', 'https://example.org/', 'Short.')).toBeNull();
  });

  it('skips home pages and the usual index addresses', () => {
    expect(judge('', 'https://example.org/index.html', words(200))).toBe('a home page, not a story');
    expect(judge('', 'https://example.org/author/jane-doe/', words(200))).toBe('an index page (/author/…), not a story');
  });

  it('skips a page of teasers, which is mostly links, and a page with next to no text', () => {
    const teasers = Array.from({ length: 10 }, (_, i) => `- [${words(12)}](https://example.org/s${i}) teaser`).join('\n');
    expect(judge('', 'https://example.org/news/world', teasers)).toMatch(/^mostly links \(120 of 130 words\)/);
    expect(judge('', 'https://example.org/news/world', 'Loading…')).toBe('too little running text for a story (1 words)');
    expect(judge('', 'https://example.org/2019/01/04/a-story', words(200))).toBeNull();
  });
});

describe('decoding a captured page', () => {
  const cafe = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]); // "café" in ISO-8859-1

  it('uses the charset the HTTP header names, then the one the page names, then UTF-8', () => {
    expect(decodePage(cafe, 'text/html; charset=ISO-8859-1')).toBe('café');
    expect(decodePage(Uint8Array.from([...new TextEncoder().encode('<meta charset="windows-1252">'), ...cafe]), 'text/html')).toMatch(/café$/);
    expect(decodePage(new TextEncoder().encode('café'), 'text/html; charset=no-such-charset')).toBe('café');
  });
});
