// The site served with the headers public/_headers gives Netlify and Cloudflare Pages: the
// Content-Security-Policy header blocks nothing the archive needs, and hashed files are cached.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { headersFor, siteHeaderRules } from '../helpers/host-headers.ts';
import { READER_BASE, READER_PAGES, SEARCH_PAGES, readerSession } from '../helpers/reader-site.ts';
import { searchResults } from '../helpers/search-page.ts';

const WATCH = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
`;

describe('the site under the headers of public/_headers', () => {
  const reader = readerSession();

  it('parses the file into rules that give pages the CSP and hashed files a year of cache', () => {
    const rules = siteHeaderRules();
    expect(headersFor(rules, '/2024/03/story-1/')['content-security-policy']).toMatch(/default-src 'self'/);
    expect(headersFor(rules, '/_astro/Base.abc123.css')['cache-control']).toContain('immutable');
    expect(headersFor(rules, '/2024/03/story-1/')['cache-control']).toBeUndefined();
  });

  it('blocks nothing on any kind of page, search and its worker included', async () => {
    const rules = siteHeaderRules();
    const context = await reader.browser.newContext();
    await context.addInitScript(WATCH);
    const problems: string[] = [];
    const seen: Record<string, string> = {};
    // As a host deployed at the root would answer: the rules match paths without the base.
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const sitePath = new URL(route.request().url()).pathname.slice(READER_BASE.length - 1);
      const extra = headersFor(rules, sitePath);
      if (extra['cache-control']) seen[sitePath] = extra['cache-control'];
      await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
    });
    try {
      const page: Page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
      for (const path of [...Object.values(READER_PAGES), ...Object.values(SEARCH_PAGES)]) {
        const response = await page.goto(reader.server.url + path);
        const query = new URL(reader.server.url + path).searchParams.get('q');
        if (query !== null) await searchResults(page, query);
        expect(await response?.headerValue('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
        for (const v of await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)) {
          problems.push(`/${path}: CSP violation: ${v}`);
        }
        expect((await page.locator('main h1').innerText()).length, path).toBeGreaterThan(0);
      }
    } finally {
      await context.close();
    }
    // The not-found page is itself answered with a 404, which the console reports.
    expect(problems.filter((p) => !(p.includes(READER_PAGES.notFound) && p.includes('404 (Not Found)')))).toEqual([]);
    expect(Object.entries(seen).some(([p, c]) => p.startsWith('/_astro/') && c.includes('immutable'))).toBe(true);
    expect(Object.entries(seen).some(([p, c]) => /^\/search\/.+\.json$/.test(p) && c.includes('immutable'))).toBe(true);
  });
});
