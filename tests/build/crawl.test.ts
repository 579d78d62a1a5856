import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawl } from '../helpers/crawl.ts';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-crawl-'));
  for (const [name, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), html);
  }
  return dir;
}

describe('the link crawler', () => {
  it('finds links that lead nowhere, ignoring other sites', () => {
    const out = site({
      'index.html': `<a href="/news/a/">a</a><a href="/news/missing/">x</a><a href="/a/">no base</a>
        <a href="https://other.example/x">elsewhere</a><a href="https://example.org/news/a/">absolute</a>
        <img src="/news/img.png" alt=""><a href="#top">top</a><a href="a/">relative</a><link rel="alternate" href="/news/rss.xml">`,
      'a/index.html': '<h1 id="top">A</h1><a href="#top">top</a><a href="../">home</a>',
      'rss.xml': '<rss/>',
    });
    const result = crawl(out, { site: 'https://example.org', base: '/news/' });
    expect(result.broken.map((b) => [b.page, b.link])).toEqual([
      ['index.html', '/news/missing/'],
      ['index.html', '/a/'],
      ['index.html', '/news/img.png'],
      ['index.html', '#top'],
    ]);
    expect(result.links).toBe(10);
  });
});
