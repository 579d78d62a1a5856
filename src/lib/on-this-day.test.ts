import { describe, expect, it } from 'vitest';
import { makeStories } from '../../tests/helpers/stories.ts';
import { calendarMonths, groupByCalendarDay, monthDayOf, storyCalendarDayPath } from './on-this-day.ts';

const stories = makeStories([
  { slug: 'leap-2020', date: '2020-02-29' },
  { slug: 'leap-2024', date: '2024-02-29' },
  { slug: 'march-2023', date: '2023-03-01' },
  { slug: 'june-2023', date: '2023-06-15' },
  { slug: 'june-2025-a', date: '2025-06-15' },
  { slug: 'june-2025-b', date: '2025-06-15T22:00:00-05:00' },
  // The calendar day is the one written, in the story's own zone (1 January in UTC).
  { slug: 'new-year', date: '2022-12-31T23:30:00-05:00' },
]);

describe('groupByCalendarDay', () => {
  it('puts each day of the calendar once, 1 January first, 29 February among them', () => {
    const days = groupByCalendarDay(stories);
    expect(days.map((day) => [day.monthDay, day.label, day.path, day.count])).toEqual([
      ['02-29', '29 February', '/on-this-day/02-29/', 2],
      ['03-01', '1 March', '/on-this-day/03-01/', 1],
      ['06-15', '15 June', '/on-this-day/06-15/', 3],
      ['12-31', '31 December', '/on-this-day/12-31/', 1],
    ]);
  });

  it("lists a day's years newest first, each with its stories newest first", () => {
    const june = groupByCalendarDay(stories).find((day) => day.monthDay === '06-15')!;
    expect(june.years.map(({ year, stories }) => [year, stories.map((s) => s.slug)])).toEqual([
      [2025, ['june-2025-b', 'june-2025-a']],
      [2023, ['june-2023']],
    ]);
    const leap = groupByCalendarDay(stories)[0];
    expect(leap.years.map(({ year }) => year)).toEqual([2024, 2020]);
  });

  it('refuses stories that are not newest first', () => {
    expect(() => groupByCalendarDay([...stories].reverse())).toThrow(/newest first/);
  });

  it('gives a story the path of its calendar day', () => {
    expect(monthDayOf('2024-02-29')).toBe('02-29');
    expect(storyCalendarDayPath(stories.find((s) => s.slug === 'new-year')!)).toBe('/on-this-day/12-31/');
  });
});

describe('calendarMonths', () => {
  it('groups the days by month, in calendar order, with their counts', () => {
    expect(calendarMonths(groupByCalendarDay(stories)).map((m) => [m.label, m.days.map((d) => `${d.dayOfMonth}:${d.count}`)])).toEqual([
      ['February', ['29:2']],
      ['March', ['1:1']],
      ['June', ['15:3']],
      ['December', ['31:1']],
    ]);
  });
});
