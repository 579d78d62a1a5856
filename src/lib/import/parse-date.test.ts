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

  it('reads the year-month-day characters of Chinese and Japanese dates', () => {
    expect(writtenDay('2016年10月14日')).toBe('2016-10-14');
    expect(writtenDay('2016年10月14日07:17')).toBe('2016-10-14');
    expect(writtenDay('2016年2月30日')).toBeNull();
    expect(writtenDay('发布时间：２０１６年１０月１４日（金） 07:17:05')).toBe('2016-10-14');
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

  it('reads the dates news pages write, keeping the zone they give', () => {
    expect(toStoryDate('Mon, 18 Nov 2019 16:07:38 -0600')).toBe('2019-11-18T16:07:38-06:00');
    expect(toStoryDate('19 Nov 2019 07:09 GMT')).toBe('2019-11-19T07:09:00Z');
    expect(toStoryDate('2019-11-19 02:24:00 UTC')).toBe('2019-11-19T02:24:00Z');
    expect(toStoryDate('Tue Nov 19 2019 03:05:46 GMT+0000')).toBe('2019-11-19T03:05:46Z');
    expect(toStoryDate('Updated 8 March 2024, 10:15 EST')).toBe('2024-03-08T10:15:00-05:00');
    // No zone: the day alone, as for ISO date-times.
    expect(toStoryDate('November 20, 2019 12:32')).toBe('2019-11-20');
    // Not a date: a missing part, another number beside it, a day that does not exist.
    for (const text of ['Nov 2019', '20 EST 2019', '31 February 2019 10:00 GMT']) expect(toStoryDate(text), text).toBe(text);
    // Relative times are no dates, and a numeric day and month could be either way round.
    for (const text of ['3 days ago', '2 hours ago', 'in 5 minutes', 'yesterday at 10:00', '04/01/2019', '11.12.2019']) expect(toStoryDate(text), text).toBe(text);
  });
});
