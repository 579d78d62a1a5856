// Page weight on the built output: what a reader downloads to read a story, that the only
// JavaScript is the search enhancement, and that nothing is fetched from another host.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, htmlFiles, ROOT } from '../helpers/build-site.ts';
import { BUDGET_KB, loadedAssets, pageWeight } from '../helpers/page-weight.ts';

const KB = 1024;

describe('page weight of the real archive', () => {
  let out: string;
  let pages: [string, string][];
  beforeAll(async () => {
    out = await builtSite(path.join(ROOT, 'content'));
    pages = htmlFiles(out).map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]);
  });

  it('keeps a story page’s HTML and CSS within the budget', () => {
    const stories = pages.filter(([f]) => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f));
    expect(stories.length).toBeGreaterThan(0);
    for (const [file] of stories) {
      const { html, css } = pageWeight(out, file);
      expect(html + css, `${file}: ${html} + ${css} bytes gzip`).toBeLessThanOrEqual(BUDGET_KB.storyHtmlCss * KB);
    }
  });

  it('keeps a story page’s HTML, CSS and typeface within the budget', () => {
    const stories = pages.filter(([f]) => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f));
    for (const [file] of stories) {
      const { html, css, fonts } = pageWeight(out, file);
      // The regular face and the headings' semibold, both found: a page whose font went missing would pass lightly.
      expect(fonts, file).toBeGreaterThan(30 * KB);
      expect(html + css + fonts, `${file}: ${html} + ${css} + ${fonts} bytes`).toBeLessThanOrEqual(BUDGET_KB.storyHtmlCssFont * KB);
    }
  });

  it('loads no JavaScript but the search enhancement, deferred, within the budget with its worker (the whole search engine)', () => {
    for (const [file, html] of pages) {
      for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
        if (/type="application\/(ld\+)?json"/.test(tag)) continue;
        // Module scripts are deferred: they never hold up the first paint.
        expect(tag, `${file}: scripts must be deferred modules`).toMatch(/type="module"/);
        expect(/src="([^"]+)"/.exec(tag)?.[1], `${file}: no inline script`).toBeDefined();
      }
      const { js, scripts } = pageWeight(out, file);
      for (const script of scripts) expect(script, file).toMatch(/^\/_astro\//);
      expect(js, `${file}: ${scripts.join(', ')} are ${js} bytes gzip`).toBeLessThanOrEqual(BUDGET_KB.script * KB);
    }
    // Every script file the build wrote is reached from some page: none escapes the count.
    const reached = new Set(pages.flatMap(([file]) => pageWeight(out, file).scripts));
    const written = (fs.readdirSync(path.join(out, '_astro')) as string[]).filter((f) => f.endsWith('.js'));
    for (const name of written) expect(reached, name).toContain(`/_astro/${name}`);
  });

  it('requests nothing from another host', () => {
    for (const [file, html] of pages) {
      for (const url of loadedAssets(html)) expect(url, file).toMatch(/^\/(?!\/)/);
    }
    const assets = (fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => /\.(css|js)$/.test(f));
    for (const file of assets) {
      const text = fs.readFileSync(path.join(out, file), 'utf8');
      expect(text, file).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
      expect(text, file).not.toMatch(/\b(fetch|import)\(\s*["'`](https?:)?\/\//);
    }
  });
});
