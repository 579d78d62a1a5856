// Hostile stories opened in Chromium: whatever markup a story carries, no dialog opens, no
// handler runs, the Content Security Policy is never tested, and the story's words still show.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, fixture, htmlFiles } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';

/** Words each hostile story must still show, by its page. */
const STORY_TEXT: Record<string, string[]> = {
  '2024/02/script-in-body/index.html': [
    'Council minutes with a <script>alert("title")</script> in the headline',
    'The council met on Tuesday. This sentence must still be shown.',
    'Ordinary text inside a div.',
    'a javascript link',
  ],
  '2024/03/closing-script-title/index.html': [
    "</script><script>alert('breakout')</script> Breaking out of JSON",
    "This story's headline tries to close a script element.",
  ],
};

// Runs before any page script: records CSP violations and marks any event handler that runs.
const WATCH = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at line ' + e.lineNumber);
  });
`;

describe('hostile stories in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let files: string[];
  beforeAll(async () => {
    const out = await builtSite(fixture('hostile'));
    files = htmlFiles(out);
    [server, browser] = await Promise.all([serveSite(out), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs nothing a story carries on any page, and shows every story’s words', async () => {
    expect(files).toEqual(expect.arrayContaining(Object.keys(STORY_TEXT)));
    const context = await browser.newContext();
    await context.addInitScript(WATCH);
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        problems.push(`${page.url()}: a ${dialog.type()} opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
      // A story may name a picture the archive does not hold: that image fails to load, and
      // nothing else may. Such failures are counted here, not from their console echo.
      page.on('response', (response) => {
        if (response.status() < 400 || response.request().resourceType() === 'image') return;
        problems.push(`${page.url()}: ${response.status()} for ${response.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) return;
        problems.push(`${page.url()}: console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      for (const file of files) {
        const url = server.url + file.replace(/(^|\/)index\.html$/, '$1');
        await page.goto(url, { waitUntil: 'load' });
        // Give handlers a chance: hover and click what a story might have armed.
        await page.mouse.move(10, 10);
        const div = page.getByText('Ordinary text inside a div.');
        if (await div.count()) await div.click();
        await page.waitForTimeout(50);
        const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
        for (const v of violations) problems.push(`${file}: CSP violation: ${v}`);
        const main = await page.locator('main').innerText();
        expect(main.trim().length, file).toBeGreaterThan(0);
        for (const text of STORY_TEXT[file] ?? []) expect(main, file).toContain(text);
      }
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
