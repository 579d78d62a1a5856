// The /search/ page's stable hooks, as tests read them.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until the status line says the results for `query` are on the page; their headlines. */
export async function searchResults(page: Page, query: string): Promise<string[]> {
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.getAttribute('data-state')).toBe('done');
  await expect.poll(() => status.getAttribute('data-query')).toBe(query);
  return page.locator('[data-search-results] > li a').allTextContents();
}
