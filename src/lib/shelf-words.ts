import type { Shelf } from './urls.ts';

/**
 * How each shelf speaks of itself: its index's title, a name of it ("topic", "person"), and how a
 * name's stories relate to it ("stories on Brexit", "stories naming Vladimir Putin"). Pages, feeds
 * and the search page's filters all say it this way.
 */
export const SHELF_WORDS: Record<Shelf, { title: string; one: string; many: string; relation: string }> = {
  topics: { title: 'Topics', one: 'topic', many: 'topics', relation: 'on' },
  sources: { title: 'Sources', one: 'source', many: 'sources', relation: 'from' },
  people: { title: 'People', one: 'person', many: 'people', relation: 'naming' },
  places: { title: 'Places', one: 'place', many: 'places', relation: 'naming' },
  organisations: { title: 'Organisations', one: 'organisation', many: 'organisations', relation: 'naming' },
};
