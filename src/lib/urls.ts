// The one place that knows where things live on the site. Pages never build a URL by hand.

// Written out in full so Vite can replace it at build time; plain Node (the importer) has no env.
// Only ever its BASE_URL, never the env object alone, not even in a comment: Astro would then
// write into this module every environment variable whose name occurs in its text, so the
// module's code, and with it every page's incremental-build hash, would change with them.
function siteBase(): string {
  try {
    return import.meta.env.BASE_URL ?? '/';
  } catch {
    return '/';
  }
}

/** Prefix a site path ("/2025/06/x/") with Astro's `base`, whatever its trailing slash. */
export function withBase(sitePath: string, base: string = siteBase()): string {
  const prefix = base.replace(/\/+$/, '');
  const rest = sitePath.startsWith('/') ? sitePath : `/${sitePath}`;
  return `${prefix}${rest}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function yearPath(year: number): string {
  return `/${year}/`;
}

export function monthPath(year: number, month: number): string {
  return `/${year}/${pad(month)}/`;
}

/** A story lives at /yyyy/mm/slug/: the month of its publication date and its file's slug. */
export function storyPath(story: { year: number; month: number; slug: string }): string {
  return `${monthPath(story.year, story.month)}${story.slug}/`;
}

/** The page comparing a story's versions: /2025/06/slug/changes/ */
export function changesPath(storyPath: string): string {
  return `${storyPath}changes/`;
}

/** A story's citation file (citation.bib, citation.ris, citation.json), beside its page. */
export function citationFilePath(story: { year: number; month: number; slug: string }, file: string): string {
  return `${storyPath(story)}${file}`;
}

/** Page n of a paginated list whose first page is `first` ("/" → "/page/2/"). */
export function listPagePath(first: string, page: number): string {
  return page <= 1 ? first : `${first}page/${page}/`;
}

export function searchPath(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
}

export function archivePath(): string {
  return '/archive/';
}

/**
 * Where lists of names live: topics, sources, and the people, places and organisations stories
 * name. Each has an index and a page per name.
 */
export type Shelf = 'topics' | 'sources' | 'people' | 'places' | 'organisations';

/** The shelves whose names each have a feed of their stories. */
export type FeedShelf = Exclude<Shelf, 'sources'>;

/** The index of a shelf, by name ("/topics/") or by number of stories ("/topics/by-count/"). */
export function shelfPath(shelf: Shelf, order: 'name' | 'count' = 'name'): string {
  return order === 'count' ? `/${shelf}/by-count/` : `/${shelf}/`;
}

/** One topic's or source's stories: /topics/<slug>/ */
export function namePath(shelf: Shelf, slug: string): string {
  return `/${shelf}/${slug}/`;
}

/**
 * Slugs a topic or source may not take, because a page of the shelf itself lives there
 * (/topics/by-count/, /topics/page/2/).
 */
export const RESERVED_NAME_SLUGS: ReadonlySet<string> = new Set(['by-count', 'page']);

/** The formats every feed is written in, side by side: RSS 2.0, Atom 1.0 and JSON Feed 1.1. */
export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

const FEED_FILES: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

/** The latest stories' feed: /rss.xml, /atom.xml, /feed.json */
export function feedPath(format: FeedFormat = 'rss'): string {
  return `/${FEED_FILES[format]}`;
}

/** A name's own feed: /topics/<slug>/rss.xml, /people/<slug>/atom.xml, /places/<slug>/feed.json… */
export function nameFeedPath(shelf: FeedShelf, slug: string, format: FeedFormat = 'rss'): string {
  return `${namePath(shelf, slug)}${FEED_FILES[format]}`;
}

/** One feed's path in every format. */
export function feedPaths(pathOf: (format: FeedFormat) => string): Record<FeedFormat, string> {
  return { rss: pathOf('rss'), atom: pathOf('atom'), json: pathOf('json') };
}

export function topicFeedPath(slug: string): string {
  return nameFeedPath('topics', slug);
}

/** Written by @astrojs/sitemap at the root of the site. */
export function sitemapPath(): string {
  return '/sitemap-index.xml';
}

/**
 * The rest parameter (`[...page]`) that puts `path` under the route whose first page is `first`:
 * "/2025/06/page/2/" under "/2025/06/" → "page/2"; the first page itself → undefined.
 */
export function restParam(first: string, path: string): string | undefined {
  if (!path.startsWith(first)) throw new Error(`${path} does not lie under ${first}`);
  return path.slice(first.length).replace(/\/$/, '') || undefined;
}

/** The full address of a site path, for canonical links, feeds and structured data. */
export function absoluteUrl(sitePath: string, site: URL | string, base?: string): string {
  return new URL(withBase(sitePath, base), site).href;
}

/** Where a search index file is served: /search/<name>.json (names carry a content hash). */
export function searchFilePath(name: string): string {
  return `/search/${name}.json`;
}

// Data for download: each file sits at the address of what it holds, as `index.json` or
// `index.jsonl.gz` beside that address's page.

/** One story as JSON: /2025/06/<slug>/index.json */
export function storyDataPath(storyPath: string): string {
  return `${storyPath}index.json`;
}

/** A year's stories as gzipped JSON Lines: /2025/index.jsonl.gz */
export function yearDataPath(year: number): string {
  return `${yearPath(year)}index.jsonl.gz`;
}

/** Every story as gzipped JSON Lines: /index.jsonl.gz */
export function archiveDataPath(): string {
  return '/index.jsonl.gz';
}

/** The page listing the data files, with their checksums. */
export function dataPagePath(): string {
  return '/data/';
}

/** The Frictionless Data Package describing the bulk files. */
export function dataPackagePath(): string {
  return '/data/datapackage.json';
}

/** The Table Schema of a story record, which every bulk file in the data package names. */
export function dataSchemaPath(): string {
  return '/data/schema.json';
}

/** The calendar of days that have stories. */
export function onThisDayPath(): string {
  return '/on-this-day/';
}

/** One calendar day's stories in every year, by its month and day: /on-this-day/06-15/ */
export function calendarDayPath(monthDay: string): string {
  return `${onThisDayPath()}${monthDay}/`;
}
