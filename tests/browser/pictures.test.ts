// The pictures fixture in a browser on a phone: nothing moves as pictures arrive, the browser
// takes the WebP file the column needs, pictures print, and axe finds nothing wrong.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { builtSite, fixture } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';

const STORY = '2024/03/harbour-crane-collapses/';

let browser: Browser;
let server: StaticServer;
let phone: BrowserContext;
beforeAll(async () => {
  const out = await builtSite(fixture('pictures'), { env: { SITE_URL: 'https://news.example.org' } });
  [server, browser] = await Promise.all([serveSite(out), launchChromium()]);
  // A 375-pixel phone with a sharp screen. axe is injected, so the page's CSP is set aside.
  phone = await browser.newContext({ viewport: { width: 375, height: 700 }, deviceScaleFactor: 2, bypassCSP: true });
  // Layout shifts are counted from the first paint, before any picture has arrived.
  await phone.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function everyPictureLoaded(page: import('playwright-core').Page) {
  // Scroll to the end so lazy pictures load, then wait for every one.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
}

describe('pictures in a browser', () => {
  it('loads every picture of a story without moving the text, the lead in WebP at the size the phone needs', async () => {
    const page = await phone.newPage();
    await page.goto(server.url + STORY);
    await everyPictureLoaded(page);
    const lead = await page.$eval('.lead-image img', (img) => ({ src: (img as HTMLImageElement).currentSrc, width: img.getBoundingClientRect().width }));
    // 375 px less the page's margins, at 2 device pixels each (686): the 828-pixel file.
    expect(lead.src).toMatch(/\.webp$/);
    expect(lead.src).toContain((await page.$eval('.lead-image source', (s) => (s as HTMLSourceElement).srcset)).split(', ').find((c) => c.endsWith(' 828w'))!.split(' ')[0]);
    expect(lead.width).toBeCloseTo(343, 0);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await page.close();
  });

  it('gives every picture the size it is drawn at before it arrives', async () => {
    const page = await phone.newPage();
    // Pictures are asked for but never arrive: the page is laid out from its width and height
    // attributes alone.
    await page.route('**/*.{webp,jpg,png}', () => {});
    await page.goto(server.url + STORY, { waitUntil: 'domcontentloaded' });
    const boxes = await page.$$eval('main img', (imgs) =>
      imgs.map((img) => {
        const box = img.getBoundingClientRect();
        return { src: img.getAttribute('src'), width: box.width, height: box.height, ratio: Number(img.getAttribute('width')) / Number(img.getAttribute('height')) };
      }),
    );
    // The lead, two pictures in the text, and related stories' thumbnails.
    expect(await page.$$eval('article.story img', (imgs) => imgs.length)).toBe(3);
    expect(boxes.length).toBeGreaterThan(3);
    for (const box of boxes) {
      expect(box.height, box.src!).toBeGreaterThan(50);
      expect(box.width / box.height, box.src!).toBeCloseTo(box.ratio, 1);
    }
    await page.close();
  });

  it('prints the pictures with their captions', async () => {
    const page = await phone.newPage();
    await page.goto(server.url + STORY);
    await everyPictureLoaded(page);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.$$eval('main figure', (figures) => figures.map((figure) => getComputedStyle(figure).display !== 'none' && figure.querySelector('img')!.getBoundingClientRect().height > 0));
    expect(shown).toEqual([true, true]);
    await page.close();
  });

  it('has nothing for axe to find on a story with pictures and a list with thumbnails, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await phone.newPage();
      await page.emulateMedia({ colorScheme });
      for (const path of [STORY, '']) {
        await page.goto(server.url + path);
        expect(await axeViolations(page), `${path} ${colorScheme}`).toEqual([]);
      }
      await page.close();
    }
  });
});
