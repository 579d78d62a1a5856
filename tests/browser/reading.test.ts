// A reader in Chromium: reading a story from the home page, browsing a month, a topic and a
// source, getting about by keyboard alone, and the same pages with JavaScript turned off.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { READER_PAGES, SEARCH_PAGES, readerSession } from '../helpers/reader-site.ts';

const reader = readerSession();

async function withPage(options: Parameters<Browser['newContext']>[0], use: (page: Page, context: BrowserContext) => Promise<void>) {
  const context = await reader.browser.newContext(options);
  try {
    await use(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const headline = (page: Page) => page.locator('main h1').innerText();

/** Follows a link in main and checks the story page it leads to shows that headline and its text. */
async function openStory(page: Page, link = page.locator('main .story-list :is(h2, h3) a').first()) {
  const title = await link.innerText();
  await Promise.all([page.waitForURL((url) => /\/\d{4}\/\d{2}\/[^/]+\/$/.test(url.pathname)), link.click()]);
  expect(await headline(page)).toBe(title);
  expect(await page.locator('article .story-body').innerText()).toMatch(/Paragraph one of story \d+\./);
}

describe('reading in Chromium', () => {
  it('reads a story from the home page', async () => {
    await withPage({}, async (page) => {
      await page.goto(reader.server.url);
      expect(await headline(page)).toBe('Latest stories');
      expect(await page.locator('main .story-list > li').count()).toBe(20);
      await openStory(page);
    });
  });

  it('sets the text in the site’s own typeface, fetched from the site, its regular and semibold faces preloaded', async () => {
    await withPage({}, async (page) => {
      const fonts: string[] = [];
      page.on('requestfinished', (request) => request.resourceType() === 'font' && fonts.push(new URL(request.url()).pathname));
      await page.goto(reader.server.url);
      await openStory(page);
      const faces = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight} ${face.style}`);
      });
      expect(faces).toEqual(expect.arrayContaining(['Source Serif 4 400 normal', 'Source Serif 4 600 normal']));
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Source Serif 4"/);
      expect(fonts.length).toBeGreaterThanOrEqual(2);
      for (const font of fonts) expect(font).toMatch(/^(\/archive)?\/_astro\/source-serif-4-[a-z-]+-(400|600)-(normal|italic)\.[\w-]+\.woff2$/);
    });
  });

  it('browses a month, a topic and a source from the header', async () => {
    await withPage({}, async (page) => {
      await page.goto(reader.server.url);
      await page.locator('header nav').getByRole('link', { name: 'Archive' }).click();
      await page.getByRole('link', { name: 'March 2024: 26' }).click();
      expect(await headline(page)).toContain('March 2024');
      await page.locator('main a[rel="next"]').click();
      expect(new URL(page.url()).pathname).toBe('/archive/2024/03/page/2/');
      expect(await page.locator('main .story-list > li').count()).toBe(6);
      await openStory(page);

      await page.locator('header nav').getByRole('link', { name: 'Topics' }).click();
      await page.locator('main').getByRole('link', { name: 'elections', exact: true }).click();
      expect(await headline(page)).toContain('elections');
      await openStory(page);
      expect(await page.locator('article').innerText()).toContain('elections');

      await page.locator('header nav').getByRole('link', { name: 'Sources' }).click();
      await page.locator('main').getByRole('link', { name: 'Baltic Courier', exact: true }).click();
      expect(await headline(page)).toContain('Baltic Courier');
      await openStory(page);
      expect(await page.locator('article').innerText()).toContain('Baltic Courier');
    });
  });
});

describe('by keyboard alone', () => {
  /** What has focus, and whether a reader can see it: a solid outline at least 2 px wide. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        label: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} ${element.textContent?.trim() || (element as HTMLInputElement).name}`,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        onScreen: box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight,
      };
    });

  it('tabs through the header in order, skips to the story list, and opens a story with Enter', async () => {
    await withPage({}, async (page) => {
      await page.goto(reader.server.url);
      const header = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body > a, header a[href], header input, header button')].map(
          (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} ${e.textContent?.trim() || (e as HTMLInputElement).name}`,
        ),
      );
      expect(header[0]).toBe('a Skip to content');
      const tabbed = [];
      for (const _ of header) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        expect(now, now.label).toMatchObject({ outline: true, onScreen: true });
        tabbed.push(now.label);
      }
      expect(tabbed).toEqual(header);

      await page.reload();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      expect(new URL(page.url()).hash).toBe('#main');
      await page.keyboard.press('Tab');
      const first = await focused(page);
      expect(first).toMatchObject({ outline: true, onScreen: true });
      expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);

      // On to the first headline in the list, then open it.
      for (let i = 0; i < 20 && !(await page.evaluate(() => !!document.activeElement?.closest('.story-list'))); i++) {
        await page.keyboard.press('Tab');
      }
      const title = await page.evaluate(() => document.activeElement!.textContent!.trim());
      await Promise.all([page.waitForURL(/\/\d{4}\/\d{2}\/[^/]+\/$/), page.keyboard.press('Enter')]);
      expect(await headline(page)).toBe(title);
    });
  });
});

describe('without JavaScript', () => {
  it('search page says search needs JavaScript and links to the archive instead', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(reader.server.url + SEARCH_PAGES.search);
      const notice = page.locator('main p', { hasText: 'needs JavaScript' });
      expect(await notice.isVisible()).toBe(true);
      expect(await page.locator('[data-search-input]').isVisible()).toBe(false);
      await Promise.all([page.waitForURL((url) => url.pathname === new URL(reader.server.url).pathname), notice.locator('a').click()]);
      expect(await headline(page)).toBe('Latest stories');
    });
  });

  for (const [name, path] of Object.entries({ ...READER_PAGES, search: SEARCH_PAGES.search })) {
    it(`${name} page reads on a 320 px screen and links onward`, async () => {
      await withPage({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } }, async (page) => {
        await page.goto(reader.server.url + path);
        expect((await headline(page)).length).toBeGreaterThan(0);
        expect((await page.locator('main').innerText()).length).toBeGreaterThan(80);
        // Nothing sticks out sideways: the page reads without scrolling left and right.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        const onward = page.locator(`main a[href^="${new URL(reader.server.url).pathname}"][href$="/"]`).first();
        const target = await onward.getAttribute('href');
        await Promise.all([page.waitForURL((url) => url.pathname === target), onward.click()]);
        expect((await headline(page)).length).toBeGreaterThan(0);
      });
    });
  }
});
