// The boundary between Astro's content collection and the rest of the site: every page asks
// here for stories and for the archive's groupings, so each is worked out once per build, not
// once per page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedStories, type Story } from './story.ts';
import { groupByDate, type DateArchive } from './archive.ts';
import { nameShelf, sourceShelf, topicShelf, type ShelfIndex } from './shelves.ts';
import type { Shelf } from './urls.ts';
import { buildRelatedIndex, type RelatedIndex } from './related.ts';
import { withPictureFacts } from './pictures/lead-image-facts.ts';
import { siteNav, type NavLink } from './site-nav.ts';
import { groupByCalendarDay, type CalendarDay } from './on-this-day.ts';

/** A value worked out once per build, the first time it is asked for. */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

const getEntries = once(() => getCollection('stories'));

export const getStories: () => Promise<Story[]> = once(async () => withPictureFacts(publishedStories(await getEntries())));

/** The collection entry of each story by id, to render its body (one lookup, not a search per page). */
export const getEntriesById: () => Promise<Map<string, CollectionEntry<'stories'>>> = once(
  async () => new Map((await getEntries()).map((entry) => [entry.id, entry])),
);

export const getDateArchive: () => Promise<DateArchive> = once(async () => groupByDate(await getStories()));

export const getTopics: () => Promise<ShelfIndex> = once(async () => topicShelf(await getStories()));

export const getSources: () => Promise<ShelfIndex> = once(async () => sourceShelf(await getStories()));

export const getPeople: () => Promise<ShelfIndex> = once(async () => nameShelf('people', await getStories()));

export const getPlaces: () => Promise<ShelfIndex> = once(async () => nameShelf('places', await getStories()));

export const getOrganisations: () => Promise<ShelfIndex> = once(async () => nameShelf('organisations', await getStories()));

/** Any shelf by its name. */
export function getShelf(shelf: Shelf): Promise<ShelfIndex> {
  return { topics: getTopics, sources: getSources, people: getPeople, places: getPlaces, organisations: getOrganisations }[shelf]();
}

export const getRelated: () => Promise<RelatedIndex> = once(async () => buildRelatedIndex(await getStories()));

/** The header's links, which every page shows: each keyed page's cacheKey includes them (page-keys.ts). */
export const getSiteNav: () => Promise<NavLink[]> = once(async () => siteNav({ hasTopics: (await getTopics()).byName.length > 0 }));

/** Every calendar day that has stories, 1 January first (on-this-day.ts). */
export const getCalendarDays: () => Promise<CalendarDay[]> = once(async () => groupByCalendarDay(await getStories()));
