import { monthName } from './dates.ts';
import type { Story } from './story.ts';
import { calendarDayPath } from './urls.ts';

// "On this day": for each day of the calendar (15 June, whatever the year), the stories published
// on it in every year. At most 366 pages, one per day that has stories, 29 February among them.

export interface CalendarDay {
  /** Month and day of month: "06-15", as in the page's address. */
  monthDay: string;
  month: number;
  dayOfMonth: number;
  /** "15 June" */
  label: string;
  /** Site path without base: /on-this-day/06-15/ */
  path: string;
  /** The years with stories on this day, newest first, each with its stories newest first. */
  years: { year: number; stories: Story[] }[];
  count: number;
}

export interface CalendarMonth {
  month: number;
  /** "June" */
  label: string;
  /** Its days that have stories, in calendar order, without their stories. */
  days: { monthDay: string; dayOfMonth: number; label: string; path: string; count: number }[];
}

/** "2025-06-15" → "06-15": the calendar day of a story's day of publication. */
export function monthDayOf(day: string): string {
  return day.slice(5, 10);
}

/** The path of a story's calendar day. */
export function storyCalendarDayPath(story: Pick<Story, 'day'>): string {
  return calendarDayPath(monthDayOf(story.day));
}

/** `stories` (newest first) grouped by calendar day, 1 January first. */
export function groupByCalendarDay(stories: Story[]): CalendarDay[] {
  const days = new Map<string, CalendarDay>();
  for (const story of stories) {
    const monthDay = monthDayOf(story.day);
    let day = days.get(monthDay);
    if (!day) {
      const [month, dayOfMonth] = monthDay.split('-').map(Number);
      day = { monthDay, month, dayOfMonth, label: `${dayOfMonth} ${monthName(month)}`, path: calendarDayPath(monthDay), years: [], count: 0 };
      days.set(monthDay, day);
    }
    // Stories come newest first, so a day's years do too, and a year's stories follow each other.
    const last = day.years.at(-1);
    if (last?.year === story.year) last.stories.push(story);
    else day.years.push({ year: story.year, stories: [story] });
    day.count++;
  }
  const sorted = [...days.values()].sort((a, b) => (a.monthDay < b.monthDay ? -1 : a.monthDay > b.monthDay ? 1 : 0));
  for (const day of sorted) {
    if (day.years.some((entry, i) => i > 0 && entry.year >= day.years[i - 1].year)) throw new Error('groupByCalendarDay: stories must come newest first');
  }
  return sorted;
}

/** The calendar's months that have days with stories, each with those days. */
export function calendarMonths(days: CalendarDay[]): CalendarMonth[] {
  const months: CalendarMonth[] = [];
  for (const { monthDay, month, dayOfMonth, label, path, count } of days) {
    let last = months.at(-1);
    if (last?.month !== month) {
      last = { month, label: monthName(month), days: [] };
      months.push(last);
    }
    last.days.push({ monthDay, dayOfMonth, label, path, count });
  }
  return months;
}
