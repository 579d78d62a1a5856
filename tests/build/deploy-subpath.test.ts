// The archive deployed under a sub-path (a GitHub Pages project site, a folder on a shared host):
// built with --base /archive/, served only from /archive/ on 127.0.0.1, everything a reader or a
// crawler can reach answers, and every file the build wrote is reachable.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/html.ts';
import { crawlOverHttp, type HttpCrawl } from '../helpers/http-crawl.ts';
import { READER_BASE, READER_SITE, readerSiteBuild } from '../helpers/reader-site.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';
import fs from 'node:fs';

/** Files that are for the host, not for readers: nothing links to them. */
const HOST_FILES = new Set(['404.html', '_headers']);

describe(`the archive under ${READER_BASE}, over HTTP`, () => {
  let out: string;
  let server: StaticServer;
  let result: HttpCrawl;
  beforeAll(async () => {
    out = await readerSiteBuild();
    server = await serveSite(out, READER_BASE);
    result = await crawlOverHttp(server.url, READER_SITE);
  });
  afterAll(() => server?.close());

  it('answers every internal link, asset, feed, sitemap entry and search file', () => {
    expect(result.broken).toEqual([]);
    expect(result.fetched.size).toBeGreaterThan(htmlFiles(out).length);
  });

  it('reaches every file the build wrote, robots.txt and sitemaps included', async () => {
    const reached = new Set([...result.fetched.keys()].map((url) => decodeURIComponent(new URL(url).pathname)));
    const files = (fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(out, f)).isFile());
    const unreached = files.filter((file) => {
      if (HOST_FILES.has(file)) return false;
      const sitePath = READER_BASE + file.replace(/(^|\/)index\.html$/, '$1');
      return !reached.has(sitePath);
    });
    // robots.txt is where crawlers start, not something a page links to.
    expect(unreached.filter((f) => f !== 'robots.txt')).toEqual([]);
    const robots = await crawlOverHttp(`${server.url}robots.txt`, READER_SITE);
    expect(robots.broken).toEqual([]);
  });

  it('keeps everything inside the sub-path: the root of the host serves nothing of the archive', async () => {
    const root = new URL(server.url).origin;
    for (const outside of ['/', '/rss.xml', '/2024/03/story-1/']) {
      expect((await fetch(root + outside)).status, outside).toBe(404);
    }
    const missing = await fetch(`${server.url}no/such/story/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('This page is not in the archive');
  });
});
