// What the search benchmark measures in Chromium, on a served site: the first result after
// opening /search/?q=…, the latency of each keystroke, and where a query's target ranks.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

/** Runs in the page: type `value` as the field's new value, resolve when its results are shown. */
function typeAndWait(value: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  return new Promise((resolve) => {
    const start = performance.now();
    const check = () => {
      if (status.dataset.state === 'done' && status.dataset.query === value) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(status, { attributes: true });
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    check();
  });
}

async function waitForQuery(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector<HTMLElement>('[data-search-status]');
      return status?.dataset.state === 'done' && status.dataset.query === q;
    },
    query,
    { timeout: 120_000 },
  );
}

export interface FirstResult {
  ms: number;
  /** gzip bytes of every file fetched before the first result (page, CSS, scripts, index). */
  gzipBytes: number;
  files: number;
}

/** Open /search/?q=query in a fresh profile (nothing cached) and time the first result. */
export async function firstResult(browser: Browser, siteUrl: string, outDir: string, query: string): Promise<FirstResult> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  // Timed inside the page, from the start of navigation to the moment the results are shown.
  await page.addInitScript((q) => {
    new MutationObserver((_, observer) => {
      const status = document.querySelector<HTMLElement>('[data-search-status]');
      if (status?.dataset.state === 'done' && status.dataset.query === q) {
        (window as unknown as { shownAt: number }).shownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-query'] });
  }, query);
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await waitForQuery(page, query);
  const ms = await page.evaluate(() => (window as unknown as { shownAt: number }).shownAt);
  const seen = [...fetched];
  await context.close();
  let gzipBytes = 0;
  for (const url of seen) {
    const { pathname } = new URL(url);
    if (!url.startsWith(siteUrl)) continue;
    const relative = decodeURIComponent(pathname.slice(new URL(siteUrl).pathname.length));
    let file = path.join(outDir, relative);
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (fs.existsSync(file)) gzipBytes += gzipSync(fs.readFileSync(file)).length;
  }
  return { ms, gzipBytes, files: seen.length };
}

export interface Typing {
  /** Milliseconds from each keystroke to its results on the page. */
  keystrokes: number[];
  /** Main-thread tasks over 50 ms while typing: a frozen page shows here. */
  longTasks: number;
}

/** Type each query letter by letter on one /search/ page, as a reader would. */
export async function typing(browser: Browser, siteUrl: string, queries: string[]): Promise<Typing> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}search/`);
  await waitForQuery(page, '');
  await page.evaluate(() => {
    (window as unknown as { longTasks: number }).longTasks = 0;
    new PerformanceObserver((list) => {
      (window as unknown as { longTasks: number }).longTasks += list.getEntries().length;
    }).observe({ type: 'longtask' });
  });
  const keystrokes: number[] = [];
  for (const query of queries) {
    await page.evaluate(typeAndWait, '');
    for (let i = 1; i <= query.length; i++) keystrokes.push(await page.evaluate(typeAndWait, query.slice(0, i)));
  }
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number }).longTasks);
  await context.close();
  return { keystrokes, longTasks };
}

/** The site paths of the results a query shows, best first. */
export async function resultPaths(page: Page, query: string, base: string): Promise<string[]> {
  await page.evaluate(typeAndWait, query);
  const hrefs = await page.locator('[data-search-results] > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => `/${href.slice(base.length)}`.replace('//', '/'));
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
