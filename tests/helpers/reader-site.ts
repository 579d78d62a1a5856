// The archive the reader-facing browser tests walk: the 140-story browsing fixture, built under a
// sub-path (as on a project site) and served from that sub-path on 127.0.0.1. One build, shared
// by every test file that asks for it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { builtSite } from './build-site.ts';
import { launchChromium } from './chromium.ts';
import { browseArchive } from './browse-archive.ts';
import { serveSite, type StaticServer } from './static-server.ts';

export const READER_BASE = '/archive/';
export const READER_SITE = 'https://example.org';

export function readerSiteBuild(): Promise<string> {
  return builtSite(browseArchive(), { args: ['--base', READER_BASE, '--site', READER_SITE] });
}

/** Build (once) and serve the reader archive; close the server when done. */
export async function serveReaderSite(): Promise<StaticServer> {
  return serveSite(await readerSiteBuild(), READER_BASE);
}

export interface ReaderSession {
  browser: Browser;
  server: StaticServer;
}

/**
 * The reader archive served and one Chromium, for the test file (or describe block) that calls
 * this: started before its tests, closed after. Read the fields inside tests, once they are set.
 */
export function readerSession(): ReaderSession {
  const session = {} as ReaderSession;
  beforeAll(async () => {
    [session.server, session.browser] = await Promise.all([serveReaderSite(), launchChromium()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** One page of each kind a reader meets, as paths under the base. */
export const READER_PAGES = {
  home: '',
  story: '2024/03/story-1/',
  changes: '2024/03/story-1/changes/',
  archive: 'archive/',
  year: '2024/',
  month: '2024/03/',
  topic: 'topics/elections/',
  source: 'sources/baltic-courier/',
  onThisDay: 'on-this-day/',
  /** story-1's day, which its date links to. */
  calendarDay: 'on-this-day/03-10/',
  data: 'data/',
  notFound: 'no/such/page/',
} as const;

/** The search page with results, and with none. */
export const SEARCH_PAGES = {
  search: 'search/?q=elektions',
  searchNone: 'search/?q=zzqxv+wqpzz',
} as const;
