// The one place that knows where things live on the site. Pages never build a URL by hand.

// Written out in full so Vite can replace it at build time; plain Node (the importer) has no env.
function siteBase(): string {
  return import.meta.env ? import.meta.env.BASE_URL : '/';
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

/** Page n of a paginated list whose first page is `first` ("/" → "/page/2/"). */
export function listPagePath(first: string, page: number): string {
  return page <= 1 ? first : `${first}page/${page}/`;
}

export function searchPath(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
}

/** Where a search index file is served: /search/<name>.json (names carry a content hash). */
export function searchFilePath(name: string): string {
  return `/search/${name}.json`;
}
