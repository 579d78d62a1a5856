// Searching the imported Wikinews corpus in Chromium as a reader types: a headline letter by
// letter, a hyphenated word written joined, a word left out, and more results on request.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { importCorpus } from '../helpers/corpus-archive.ts';
import { searchResults } from '../helpers/search-page.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';

const MAGNITOGORSK = 'Magnitogorsk apartment building collapses after explosion, dozens dead';

describe('search as the reader types, on the Wikinews archive', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveSite(await builtSite((await importCorpus()).contentDir));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function withSearchPage(use: (page: Page) => Promise<void>) {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}search/`);
      await searchResults(page, '');
      await use(page);
    } finally {
      await page.close();
    }
  }

  it('shows the story at every keystroke of its headline once its first word is typed', async () => {
    await withSearchPage(async (page) => {
      const field = page.locator('[data-search-input]');
      const typed = 'Magnitogorsk apartment building';
      for (let end = 1; end <= typed.length; end++) {
        await field.press(typed[end - 1] === ' ' ? 'Space' : typed[end - 1]);
        if (end < 'Magnitogorsk'.length + 2 || typed[end - 1] === ' ') continue;
        const headlines = await searchResults(page, typed.slice(0, end));
        expect(headlines[0], typed.slice(0, end)).toBe(MAGNITOGORSK);
      }
      // In the headline, the half-typed word is marked where it begins a word.
      expect(await page.locator('[data-search-results] > li a').first().locator('mark').allTextContents()).toEqual(['Magnitogorsk', 'apartment', 'building']);
    });
  });

  it('finds a hyphenated word typed joined, and marks it whole', async () => {
    await withSearchPage(async (page) => {
      await page.locator('[data-search-input]').fill('antibrexit');
      const headlines = await searchResults(page, 'antibrexit');
      expect(headlines[0]).toMatch(/anti-Brexit/);
      expect(await page.locator('[data-search-results] > li').first().locator('mark').allTextContents()).toContain('anti-Brexit');
    });
  });

  it('leaves out the stories that hold a word after a minus sign', async () => {
    await withSearchPage(async (page) => {
      await page.locator('[data-search-input]').fill('wrestler');
      const all = await searchResults(page, 'wrestler');
      expect(all.some((headline) => /Kimura/.test(headline))).toBe(true);
      await page.locator('[data-search-input]').fill('wrestler -kimura');
      const without = await searchResults(page, 'wrestler -kimura');
      expect(without.length).toBeGreaterThan(0);
      expect(without.length).toBeLessThan(all.length);
      expect(without.some((headline) => /Kimura/.test(headline))).toBe(false);
    });
  });

  it('finds a quoted phrase, and shows the passage that holds it', async () => {
    await withSearchPage(async (page) => {
      await page.locator('[data-search-input]').fill('flight came down last');
      expect((await searchResults(page, 'flight came down last')).length).toBeGreaterThan(5);
      await page.locator('[data-search-input]').fill('"flight came down last"');
      expect(await searchResults(page, '"flight came down last"')).toHaveLength(1);
      const snippet = page.locator('[data-search-results] > li').first().locator('[data-search-snippet]');
      // The passages come once the results are shown.
      await expect.poll(() => page.locator('[data-search-status]').getAttribute('data-passages'), { timeout: 30_000 }).toBe('shown');
      expect(await snippet.textContent()).toMatch(/flight came down last/i);
      expect(await snippet.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['flight', 'came', 'last']));
    });
  });

  it('shows ten results, then ten more on request, with the count and the query kept in the address', async () => {
    await withSearchPage(async (page) => {
      await page.locator('[data-search-input]').fill('president');
      expect(await searchResults(page, 'president')).toHaveLength(10);
      const status = page.locator('[data-search-status]');
      const total = Number(/^([\d,]+) stories match/.exec((await status.textContent()) ?? '')?.[1].replace(/,/g, ''));
      expect(total).toBeGreaterThan(20);
      expect(await status.textContent()).toContain('showing the first 10');
      await page.locator('[data-search-more]').click();
      expect(await searchResults(page, 'president')).toHaveLength(20);
      expect(await status.textContent()).toContain(`${total.toLocaleString('en')} stories match`);
      expect(await status.textContent()).toContain('showing the first 20');
      expect(new URL(page.url()).searchParams.get('q')).toBe('president');
    });
  });
});
