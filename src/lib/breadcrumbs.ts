import type { Story } from './story.ts';
import { monthName } from './dates.ts';
import { SITE_NAME } from './site.ts';
import { archivePath, monthPath, yearPath } from './urls.ts';

// The trail from the home page down the date archive to a story: shown on the page and
// given to search engines as a BreadcrumbList, from this one list.

export interface Crumb {
  name: string;
  /** Site path without base. */
  path: string;
}

export function archiveCrumbs(): Crumb[] {
  return [
    { name: SITE_NAME, path: '/' },
    { name: 'Archive', path: archivePath() },
  ];
}

export function yearCrumbs(year: number): Crumb[] {
  return [...archiveCrumbs(), { name: String(year), path: yearPath(year) }];
}

export function monthCrumbs(year: number, month: number): Crumb[] {
  return [...yearCrumbs(year), { name: monthName(month), path: monthPath(year, month) }];
}

export function storyCrumbs(story: Story): Crumb[] {
  return [...monthCrumbs(story.year, story.month), { name: story.title, path: story.path }];
}
