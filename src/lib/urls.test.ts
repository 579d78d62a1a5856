import { describe, expect, it } from 'vitest';
import {
  absoluteUrl, archiveDataPath, archivePath, calendarDayPath, dataPackagePath, dataPagePath, listPagePath, monthPath, namePath, onThisDayPath,
  restParam, searchPath, shelfPath, sitemapPath, storyDataPath, storyPath, topicFeedPath, withBase, yearDataPath, yearPath,
} from './urls.ts';

describe('urls', () => {
  it('places a story under its year and month', () => {
    expect(storyPath({ year: 2025, month: 6, slug: 'council-votes' })).toBe('/2025/06/council-votes/');
    expect(monthPath(2019, 12)).toBe('/2019/12/');
    expect(yearPath(2019)).toBe('/2019/');
  });

  it('respects any base, with or without a trailing slash', () => {
    expect(withBase('/2025/06/x/', '/')).toBe('/2025/06/x/');
    expect(withBase('/2025/06/x/', '/news/')).toBe('/news/2025/06/x/');
    expect(withBase('/2025/06/x/', '/news')).toBe('/news/2025/06/x/');
    expect(withBase('/', '/news')).toBe('/news/');
  });

  it('numbers list pages after the first', () => {
    expect(listPagePath('/', 1)).toBe('/');
    expect(listPagePath('/', 3)).toBe('/page/3/');
    expect(listPagePath('/topics/floods/', 2)).toBe('/topics/floods/page/2/');
  });

  it('encodes a search query', () => {
    expect(searchPath('a&b <c>')).toBe('/search/?q=a%26b%20%3Cc%3E');
  });
});

describe('browsing paths', () => {
  it('places topics and sources, their index orders and feeds', () => {
    expect(shelfPath('topics')).toBe('/topics/');
    expect(shelfPath('sources', 'count')).toBe('/sources/by-count/');
    expect(namePath('topics', 'c-2')).toBe('/topics/c-2/');
    expect(topicFeedPath('floods')).toBe('/topics/floods/rss.xml');
    expect(archivePath()).toBe('/archive/');
  });

  it('turns a list page into the rest parameter of its route', () => {
    expect(restParam('/2025/06/', '/2025/06/')).toBeUndefined();
    expect(restParam('/2025/06/', listPagePath('/2025/06/', 3))).toBe('page/3');
    expect(restParam('/topics/', '/topics/by-count/page/2/')).toBe('by-count/page/2');
    expect(() => restParam('/2025/06/', '/2024/')).toThrow(/does not lie under/);
  });

  it('makes full addresses from site and base', () => {
    expect(absoluteUrl('/2025/06/x/', 'https://example.org', '/news/')).toBe('https://example.org/news/2025/06/x/');
    expect(absoluteUrl(sitemapPath(), new URL('https://example.org'), '/')).toBe('https://example.org/sitemap-index.xml');
  });

  it('never lets a month’s later pages take a story’s path', () => {
    // Story paths have three segments; a month's later pages have four.
    const story = storyPath({ year: 2025, month: 6, slug: 'page' });
    const later = listPagePath(monthPath(2025, 6), 2);
    expect(story).toBe('/2025/06/page/');
    expect(later).toBe('/2025/06/page/2/');
    expect(later.split('/').filter(Boolean)).toHaveLength(4);
  });
});

describe('data and calendar paths', () => {
  it('puts each data file at the address of what it holds', () => {
    expect(storyDataPath(storyPath({ year: 2025, month: 6, slug: 'x' }))).toBe('/2025/06/x/index.json');
    expect(yearDataPath(2025)).toBe('/2025/index.jsonl.gz');
    expect(archiveDataPath()).toBe('/index.jsonl.gz');
    expect(dataPagePath()).toBe('/data/');
    expect(dataPackagePath()).toBe('/data/datapackage.json');
  });

  it('names a calendar day by its month and day', () => {
    expect(onThisDayPath()).toBe('/on-this-day/');
    expect(calendarDayPath('02-29')).toBe('/on-this-day/02-29/');
  });
});
