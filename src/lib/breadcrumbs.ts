import type { Story } from './story.ts';
import { monthName } from './dates.ts';
import { SITE_NAME } from './site.ts';
import { archivePath, changesPath, dataPagePath, monthPath, onThisDayPath, shelfPath, yearPath, type Shelf } from './urls.ts';
import { SHELF_WORDS } from './shelf-words.ts';

// The trail from the home page down the date archive to a story, or down a shelf to a name:
// shown on the page and given to search engines as a BreadcrumbList, from this one list.

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

/** The trail to a shelf's index: Clippings › People. */
export function shelfCrumbs(shelf: Shelf): Crumb[] {
  return [
    { name: SITE_NAME, path: '/' },
    { name: SHELF_WORDS[shelf].title, path: shelfPath(shelf) },
  ];
}

/** The trail to one name's stories: Clippings › People › Vladimir Putin. */
export function nameCrumbs(shelf: Shelf, group: { name: string; path: string }): Crumb[] {
  return [...shelfCrumbs(shelf), { name: group.name, path: group.path }];
}

export function storyCrumbs(story: Story): Crumb[] {
  return [...monthCrumbs(story.year, story.month), { name: story.title, path: story.path }];
}

/** The trail to the page of a story's versions: … › the story › What changed. */
export function changesCrumbs(story: Story): Crumb[] {
  return [...storyCrumbs(story), { name: 'What changed', path: changesPath(story.path) }];
}

/** The trail to the calendar of days: Clippings › Archive › On this day. */
export function onThisDayCrumbs(): Crumb[] {
  return [...archiveCrumbs(), { name: 'On this day', path: onThisDayPath() }];
}

/** The trail to one calendar day: Clippings › Archive › On this day › 15 June. */
export function calendarDayCrumbs(day: { label: string; path: string }): Crumb[] {
  return [...onThisDayCrumbs(), { name: day.label, path: day.path }];
}

/** The trail to the data files: Clippings › Archive › Data. */
export function dataCrumbs(): Crumb[] {
  return [...archiveCrumbs(), { name: 'Data', path: dataPagePath() }];
}
