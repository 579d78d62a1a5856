import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, fixture, ROOT } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';
import { searchResults as resultsFor } from '../helpers/search-page.ts';

const SEED_HEADLINE = 'Trump orders ICE to step up deportations in Democratic-run cities';

describe('searching a site published under a sub-path', () => {
  it('loads its index and links its results under the base', async () => {
    const out = await builtSite(fixture('small'), { args: ['--base', '/news/'] });
    const server = await serveSite(out, '/news/');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/?q=gdansk`);
      expect(await resultsFor(page, 'gdansk')).toEqual(['Flood waters recede in Gdańsk']);
      expect(await page.locator('[data-search-results] a').getAttribute('href')).toBe('/news/2024/09/gdansk-floods/');
      expect(await page.locator('[data-search-results] mark').allTextContents()).toEqual(['Gdańsk']);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('searching the archive in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    const out = await builtSite(path.join(ROOT, 'content'));
    server = await serveSite(out);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the seed story from a misspelt query, follows it, and reloads the same results from ?q=', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    expect(await resultsFor(page, '')).toEqual([]);
    await expect.poll(() => page.locator('[data-search-help]').isVisible(), { timeout: 10_000 }).toBe(true);

    const query = 'deportaton chicgo';
    await page.locator('[data-search-input]').pressSequentially(query);
    const headlines = await resultsFor(page, query);
    expect(headlines).toContain(SEED_HEADLINE);
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Chicago']));
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);

    // Arrow keys move from the field into the results and back.
    await page.locator('[data-search-input]').press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(headlines[0]);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);

    const shared = page.url();
    await page.locator('[data-search-results] a', { hasText: SEED_HEADLINE }).click();
    await page.waitForURL(/\/2025\/06\/trump-orders-ice/);
    expect(await page.locator('h1').textContent()).toBe(SEED_HEADLINE);

    const reloaded = await browser.newPage();
    await reloaded.goto(shared);
    expect(await reloaded.locator('[data-search-input]').inputValue()).toBe(query);
    expect(await resultsFor(reloaded, query)).toEqual(headlines);
    await reloaded.close();
    await page.close();
  });

  it('narrows by a place the story names, keeps it in the URL, and says so', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=deportation`);
    expect(await resultsFor(page, 'deportation')).toContain(SEED_HEADLINE);
    // The seed story gives no places: Chicago is found in its text.
    const place = page.locator('select[name="place"]');
    expect(await place.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Any place', expect.stringMatching(/^Chicago \(1\)$/)]));
    await place.selectOption('Chicago');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 30_000 }).toContain('naming Chicago');
    expect(await resultsFor(page, 'deportation')).toEqual([SEED_HEADLINE]);
    expect(new URL(page.url()).searchParams.get('place')).toBe('Chicago');

    const reloaded = await browser.newPage();
    await reloaded.goto(page.url());
    expect(await reloaded.locator('select[name="place"]').inputValue()).toBe('Chicago');
    expect(await resultsFor(reloaded, 'deportation')).toEqual([SEED_HEADLINE]);
    await reloaded.close();
    await page.close();
  });

  it('says so when nothing matches, and focuses search with "/" from any page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('zzqxv wqpzz')}`);
    expect(await resultsFor(page, 'zzqxv wqpzz')).toEqual([]);
    expect(await page.locator('[data-search-status]').textContent()).toContain('No stories match');
    expect(await page.locator('[data-search-none]').isVisible()).toBe(true);

    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(server.url);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(requests.filter((url) => url.includes('/search/'))).toEqual([]);
    await page.close();
  });
});
