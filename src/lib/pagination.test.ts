import { describe, expect, it } from 'vitest';
import { paginate } from './pagination.ts';
import { pagerWindow } from './pager-window.ts';

describe('paginate', () => {
  it('covers every item once, in order, with working prev and next', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const pages = paginate(items, 20, '/');
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => p.path)).toEqual(['/', '/page/2/', '/page/3/']);
    expect(pages[0].prev).toBeUndefined();
    expect(pages[0].next).toBe('/page/2/');
    expect(pages[1].prev).toBe('/');
    expect(pages[2].next).toBeUndefined();
    expect(pages[2].start).toBe(41);
  });

  it('gives an empty list one empty page', () => {
    const [only, ...rest] = paginate([], 20, '/');
    expect(only.items).toEqual([]);
    expect(only.last).toBe(1);
    expect(rest).toEqual([]);
  });

  it('refuses a page size below one', () => {
    expect(() => paginate([1], 0, '/')).toThrow(RangeError);
  });
});

describe('pagerWindow', () => {
  it('shows the ends and the neighbourhood of the current page', () => {
    expect(pagerWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pagerWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pagerWindow(1, 1)).toEqual([1]);
  });
});
