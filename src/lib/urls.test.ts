import { describe, expect, it } from 'vitest';
import { listPagePath, monthPath, searchPath, storyPath, withBase, yearPath } from './urls.ts';

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
