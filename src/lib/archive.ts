import type { Story } from './story.ts';
import { monthName } from './dates.ts';
import { monthPath, yearPath } from './urls.ts';

// The date archive: stories grouped by the year and month of publication, in one pass over the
// stories (which arrive newest first, so every group is newest first too). Only months and
// years that hold stories exist.

export interface MonthGroup {
  year: number;
  month: number;
  /** "June 2025" */
  label: string;
  path: string;
  stories: Story[];
}

export interface YearGroup {
  year: number;
  path: string;
  stories: Story[];
  /** January first: a year reads forward. */
  months: MonthGroup[];
}

export interface DateArchive {
  /** Newest year first. */
  years: YearGroup[];
  /** Every month that has stories, oldest first. */
  months: MonthGroup[];
}

export function monthLabel(year: number, month: number): string {
  return `${monthName(month)} ${year}`;
}

export function groupByDate(stories: Story[]): DateArchive {
  const years = new Map<number, YearGroup>();
  const months = new Map<string, MonthGroup>();
  for (const story of stories) {
    let year = years.get(story.year);
    if (!year) years.set(story.year, (year = { year: story.year, path: yearPath(story.year), stories: [], months: [] }));
    year.stories.push(story);
    const key = `${story.year}-${story.month}`;
    let month = months.get(key);
    if (!month) {
      month = { year: story.year, month: story.month, label: monthLabel(story.year, story.month), path: monthPath(story.year, story.month), stories: [] };
      months.set(key, month);
      year.months.push(month);
    }
    month.stories.push(story);
  }
  const chronological = (a: MonthGroup, b: MonthGroup) => a.year - b.year || a.month - b.month;
  for (const year of years.values()) year.months.sort(chronological);
  return {
    years: [...years.values()].sort((a, b) => b.year - a.year),
    months: [...months.values()].sort(chronological),
  };
}

export interface TimelineMonth {
  year: number;
  month: number;
  label: string;
  count: number;
  /** Absent for a month without stories: it has no page. */
  path?: string;
}

/** Every month from the archive's first to its last, empty ones included, oldest first. */
export function timeline(archive: DateArchive): TimelineMonth[] {
  const { months } = archive;
  if (months.length === 0) return [];
  const byKey = new Map(months.map((m) => [m.year * 12 + m.month - 1, m]));
  const first = months[0].year * 12 + months[0].month - 1;
  const last = months.at(-1)!.year * 12 + months.at(-1)!.month - 1;
  const line: TimelineMonth[] = [];
  for (let k = first; k <= last; k++) {
    const [year, month] = [Math.floor(k / 12), (k % 12) + 1];
    const group = byKey.get(k);
    line.push({ year, month, label: monthLabel(year, month), count: group?.stories.length ?? 0, path: group?.path });
  }
  return line;
}

export interface YearRow {
  year: YearGroup;
  /** January to December; undefined where a month has no stories. */
  months: (MonthGroup | undefined)[];
}

/** The archive as a table: a row per year (newest first), a cell per month. */
export function monthGrid(archive: DateArchive): YearRow[] {
  return archive.years.map((year) => {
    const months: (MonthGroup | undefined)[] = Array.from({ length: 12 }, () => undefined);
    for (const m of year.months) months[m.month - 1] = m;
    return { year, months };
  });
}
