// Page weight on the built output: what a reader downloads to read a story, and that nothing is
// fetched from anywhere but the archive's own host.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, htmlFiles, ROOT } from '../helpers/build-site.ts';

const KB = 1024;
const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Same-site URLs a page loads before it is read: stylesheets, scripts, preloads, icons, images. */
function loadedAssets(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(link|script|img|source|iframe|video|audio)\b[^>]*>/gi)) {
    const isLink = tag.startsWith('<link');
    if (isLink && !/rel="(stylesheet|preload|modulepreload|icon|manifest)"/.test(tag)) continue;
    const url = /\s(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (url) urls.push(url);
  }
  return urls;
}

function assetFile(outDir: string, url: string): string {
  return path.join(outDir, decodeURI(url.split(/[?#]/)[0]));
}

describe('page weight of the real archive', () => {
  let out: string;
  let pages: [string, string][];
  beforeAll(async () => {
    out = await builtSite(path.join(ROOT, 'content'));
    pages = htmlFiles(out).map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]);
  });

  it('keeps a story page’s HTML and CSS under 40 KB gzip', () => {
    const stories = pages.filter(([f]) => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f));
    expect(stories.length).toBeGreaterThan(0);
    for (const [file, html] of stories) {
      const css = loadedAssets(html).filter((u) => u.endsWith('.css'));
      const bytes = gzipSize(html) + css.reduce((sum, u) => sum + gzipSize(fs.readFileSync(assetFile(out, u))), 0);
      expect(bytes, `${file}: ${bytes} bytes gzip`).toBeLessThanOrEqual(40 * KB);
    }
  });

  it('loads no JavaScript but the search enhancement, small and never render-blocking', () => {
    for (const [file, html] of pages) {
      for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
        if (/type="application\/(ld\+)?json"/.test(tag)) continue;
        expect(tag, `${file}: scripts must be deferred modules`).toMatch(/type="module"/);
        const src = /src="([^"]+)"/.exec(tag)?.[1];
        expect(src, `${file}: no inline script`).toBeDefined();
        const bytes = gzipSize(fs.readFileSync(assetFile(out, src!)));
        expect(bytes, `${file}: ${src} is ${bytes} bytes gzip`).toBeLessThanOrEqual(15 * KB);
      }
    }
  });

  it('requests nothing from another host', () => {
    for (const [file, html] of pages) {
      for (const url of loadedAssets(html)) expect(url, file).toMatch(/^\/(?!\/)/);
    }
    const cssFiles = (fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.css'));
    for (const file of cssFiles) {
      const css = fs.readFileSync(path.join(out, file), 'utf8');
      expect(css, file).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
    }
  });
});
