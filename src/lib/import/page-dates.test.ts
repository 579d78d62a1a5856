import { describe, expect, it } from 'vitest';
import { dayInPath, pageDates } from './page-dates.ts';

const NOW = new Date('2026-12-02T12:00:00Z');
const none = { published: [], modified: [], shown: [] };

describe('a page’s dates', () => {
  it('takes the first date that can be read, in the order of trust', () => {
    expect(pageDates({ ...none, published: ['not a date', 'Mon, 18 Nov 2019 16:07:38 -0600', '2019-11-17'] }, NOW)).toEqual({ date: '2019-11-18T16:07:38-06:00' });
    expect(pageDates({ ...none, url: 'https://example.com/news/2019/11/19/flood-waters/', shown: ['8 March 2024'] }, NOW)).toEqual({ date: '2019-11-19' });
    expect(pageDates({ ...none, shown: ['By Priya Shah · 8 March 2024'] }, NOW)).toEqual({ date: '2024-03-08' });
  });

  it('never takes a placeholder year or a date in the future', () => {
    expect(pageDates({ ...none, published: ['0001-01-01T00:00:00+00:00', '2031-01-01', '2019-02-30', '19 Nov 2019 07:09 GMT'] }, NOW)).toEqual({ date: '2019-11-19T07:09:00Z' });
    expect(pageDates({ ...none, published: ['2019-11-19'], modified: ['0001-01-01T00:00:00Z'] }, NOW)).toEqual({ date: '2019-11-19', updated: undefined });
  });

  it('keeps an update only when it can be read and does not come before publication', () => {
    expect(pageDates({ ...none, published: ['2019-11-19'], modified: ['Tue Nov 19 2019 03:05:46 GMT+0000'] }, NOW)).toEqual({ date: '2019-11-19', updated: '2019-11-19T03:05:46Z' });
    expect(pageDates({ ...none, published: ['2019-11-19'], modified: ['2019-11-01'] }, NOW)).toEqual({ date: '2019-11-19', updated: undefined });
    expect(pageDates({ ...none, published: ['2019-11-19'], modified: ['garbled'] }, NOW).updated).toBeUndefined();
  });

  it('reads the day an address names, and nothing that only looks like one', () => {
    expect(dayInPath('https://example.com/2019/11/19/story.html')).toBe('2019-11-19');
    expect(dayInPath('https://example.com/2019-11-19/story')).toBe('2019-11-19');
    expect(dayInPath('https://example.com/2019/11/story')).toBeUndefined();
    expect(dayInPath('https://example.com/item/20191119')).toBeUndefined();
    expect(dayInPath('https://example.com/hidden-heroines-of-chaos-20190520/')).toBe('2019-05-20');
    expect(dayInPath('https://example.com/a/20161014/006270.htm')).toBe('2016-10-14');
    expect(dayInPath('https://example.com/story-20191345/')).toBeUndefined(); // no 45th day
  });
});
