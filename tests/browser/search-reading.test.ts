// Searching as a reader does, in Chromium, on the browsing archive served under its sub-path:
// a misspelt word typed in the header of any page, the keyboard through the results, and a
// shared ?q= address reloaded.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { READER_PAGES, SEARCH_PAGES, readerSession } from '../helpers/reader-site.ts';
import { searchResults } from '../helpers/search-page.ts';

const TYPO = 'elektions';

const reader = readerSession();

async function withPage(use: (page: Page) => Promise<void>) {
  const page = await reader.browser.newPage();
  try {
    await use(page);
  } finally {
    await page.close();
  }
}

const activeElement = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return {
      text: element.textContent?.trim() ?? '',
      search: element.hasAttribute('data-search-input'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });

describe('searching in Chromium', () => {
  it('finds stories from a misspelt word typed in the header of a story page, and opens one', async () => {
    await withPage(async (page) => {
      await page.goto(reader.server.url + READER_PAGES.story);
      await page.locator('header input[type="search"]').fill(TYPO);
      await Promise.all([page.waitForURL(/\/archive\/search\/\?q=elektions$/), page.keyboard.press('Enter')]);
      const headlines = await searchResults(page, TYPO);
      expect(headlines.length).toBeGreaterThan(0);
      for (const headline of headlines.slice(0, 5)) expect(headline).toContain('elections');
      const first = page.locator('[data-search-results] > li a').first();
      await Promise.all([page.waitForURL(/\/archive\/\d{4}\/\d{2}\/[^/]+\/$/), first.click()]);
      expect(await page.locator('main h1').innerText()).toBe(headlines[0]);
      expect(await page.locator('article').innerText()).toContain('elections');
    });
  });

  it('moves through results with the arrow keys and opens one with Enter, after "/" focused search', async () => {
    await withPage(async (page) => {
      await page.goto(reader.server.url + READER_PAGES.month);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');

      await page.goto(reader.server.url + SEARCH_PAGES.search);
      const headlines = await searchResults(page, TYPO);
      expect(headlines.length).toBeGreaterThan(2);
      await page.keyboard.press('/');
      expect(await activeElement(page)).toMatchObject({ search: true });
      await page.keyboard.press('ArrowDown');
      expect(await activeElement(page)).toEqual({ text: headlines[0], search: false, outline: true });
      await page.keyboard.press('ArrowDown');
      expect(await activeElement(page)).toEqual({ text: headlines[1], search: false, outline: true });
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await activeElement(page)).toMatchObject({ search: true });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL(/\/archive\/\d{4}\/\d{2}\/[^/]+\/$/), page.keyboard.press('Enter')]);
      expect(await page.locator('main h1').innerText()).toBe(headlines[1]);
    });
  });

  it('shows the same results when a ?q= address is opened again or reloaded', async () => {
    await withPage(async (page) => {
      await page.goto(reader.server.url + SEARCH_PAGES.search);
      const first = await searchResults(page, TYPO);
      await page.reload();
      expect(await page.locator('[data-search-input]').inputValue()).toBe(TYPO);
      expect(await searchResults(page, TYPO)).toEqual(first);
      await page.goto(reader.server.url + SEARCH_PAGES.searchNone);
      expect(await searchResults(page, 'zzqxv wqpzz')).toEqual([]);
      expect(await page.locator('[data-search-status]').innerText()).toMatch(/no stor/i);
    });
  });
});
