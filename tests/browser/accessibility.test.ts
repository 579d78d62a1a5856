// Every kind of page, in light and dark, on a small phone and a desktop screen: no violation of
// the WCAG 2.2 A and AA rules axe-core checks.
import { describe, expect, it } from 'vitest';
import { axeViolations, type Violation } from '../helpers/axe.ts';
import { READER_PAGES, SEARCH_PAGES, readerSession } from '../helpers/reader-site.ts';
import { searchResults } from '../helpers/search-page.ts';

const PAGES: Record<string, string> = { ...READER_PAGES, ...SEARCH_PAGES };
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [320, 1280];

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const reader = readerSession();

  for (const colorScheme of SCHEMES) {
    for (const width of WIDTHS) {
      it(`finds no violation on any page, ${colorScheme} scheme, ${width} px wide`, async () => {
        const context = await reader.browser.newContext({ colorScheme, viewport: { width, height: 800 }, bypassCSP: true });
        const found: Record<string, Violation[]> = {};
        try {
          const page = await context.newPage();
          for (const [name, path] of Object.entries(PAGES)) {
            const response = await page.goto(reader.server.url + path);
            expect(response?.status(), name).toBe(name === 'notFound' ? 404 : 200);
            // Search pages are checked with their results (or their "no match") on show.
            const query = new URL(reader.server.url + path).searchParams.get('q');
            if (query !== null) await searchResults(page, query);
            const violations = await axeViolations(page);
            if (violations.length > 0) found[`${name} (/${path})`] = violations;
          }
        } finally {
          await context.close();
        }
        expect(found).toEqual({});
      });
    }
  }
});
