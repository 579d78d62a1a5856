import { describe, expect, it } from 'vitest';
import { toStoryDate, writtenDay } from './parse-date.ts';

describe('dates as inputs write them', () => {
  it('reads written-out days, with or without the weekday', () => {
    expect(writtenDay('Friday, January 4, 2019')).toBe('2019-01-04');
    expect(writtenDay('January 4, 2019')).toBe('2019-01-04');
    expect(writtenDay('4 January 2019')).toBe('2019-01-04');
    expect(writtenDay('Sat 21st Sept. 2024')).toBe('2024-09-21');
    expect(writtenDay('February 30, 2019')).toBeNull();
    expect(writtenDay('Friday, the bridge reopened')).toBeNull();
  });

  it('turns ISO variants into the archive form and leaves the unreadable for the schema', () => {
    expect(toStoryDate('2024-09-17T08:30:00+0200')).toBe('2024-09-17T08:30:00+02:00');
    expect(toStoryDate('2024-09-17 08:30:00Z')).toBe('2024-09-17T08:30:00Z');
    expect(toStoryDate('2024-09-17T08:30:00')).toBe('2024-09-17');
    expect(toStoryDate(' 2019-01-04 ')).toBe('2019-01-04');
    expect(toStoryDate('17 September 2024')).toBe('2024-09-17');
    expect(toStoryDate('last Tuesday')).toBe('last Tuesday');
    expect(toStoryDate(20190104)).toBe(20190104);
  });
});
