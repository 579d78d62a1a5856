// The /search/ page's stable hooks, as tests read them.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Long enough for a search on a loaded machine; a search that never ends still fails. */
const SEARCH_WAIT = 30_000;

/** Waits until the status line says the results for `query` are on the page; their headlines. */
export async function searchResults(page: Page, query: string): Promise<string[]> {
  const status = page.locator('[data-search-status]');
  // Waits for the page, however busy the machine: a condition, not a time limit (poll's default is 1 s).
  const state = () => status.evaluate((node) => [node.getAttribute('data-state'), node.getAttribute('data-query')]);
  await expect.poll(state, { timeout: SEARCH_WAIT }).toEqual(['done', query]);
  return page.locator('[data-search-results] > li a').allTextContents();
}
