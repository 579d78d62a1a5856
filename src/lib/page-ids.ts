// Every id the site's layout, components and pages give an element, in one place. A story's
// body is rendered into a page that carries some of them, and its heading ids must not repeat
// one (a heading "Main" would take the skip link's target): the markdown pipeline reserves them
// all (see markdown/rehype-unique-ids.ts). Components take their ids from here rather than
// writing them out, so the reserved list cannot fall behind what the pages use
// (page-ids.test.ts checks that no component spells an id itself).

export const PAGE_IDS = {
  // Base layout: every page.
  main: 'main',
  // SiteHeader's search form: every page; the "/" shortcut focuses it.
  siteSearch: 'site-search',
  // Story pages.
  corrections: 'corrections',
  topics: 'topics',
  people: 'people',
  places: 'places',
  organisations: 'organisations',
  aboutStory: 'about-story',
  citeHeading: 'cite-heading',
  relatedHeading: 'related-heading',
  // Archive and shelf pages.
  monthTableCaption: 'month-table-caption',
  timelineTitle: 'timeline-title',
  timelineDesc: 'timeline-desc',
  sortLabel: 'sort-label',
  // The page-not-found page's own search field.
  notFoundSearch: 'not-found-search',
  // The search page.
  searchQuery: 'search-query',
  searchFrom: 'search-from',
  searchTo: 'search-to',
  searchTopic: 'search-topic',
  searchPerson: 'search-person',
  searchPlace: 'search-place',
  searchOrganisation: 'search-organisation',
  searchSort: 'search-sort',
  searchHelp: 'search-help',
  searchResults: 'search-results',
} as const;

/**
 * The ids a story body may not use. All of them, not only the story page's: a component that
 * moves onto the story page later must not bring a clash with it, and the cost of reserving
 * more is only a "-1" on the rare heading that would have taken one.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.values(PAGE_IDS));
