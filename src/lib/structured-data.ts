import { storySummary, type Story } from './story.ts';
import type { Crumb } from './breadcrumbs.ts';
import { citedAuthors } from './citation.ts';
import { sourceLabel } from './source.ts';

// schema.org objects for search engines, built as plain data and written into the page as
// JSON-LD. Story text is untrusted, so serialisation makes sure nothing in it can end the
// <script> element it sits in.

export type JsonLd = Record<string, unknown>;

/** `absolute` turns a site path into the full address (site + base). */
type Absolute = (sitePath: string) => string;

/** `images`: full addresses of the lead picture's crops (16:9, 4:3 and 1:1, as Google asks). */
export function newsArticle(story: Story, absolute: Absolute, images: string[] = []): JsonLd {
  const page = absolute(story.path);
  const authors = story.authors.length > 0 ? story.authors : [citedAuthors(story)].filter(Boolean);
  const source = sourceLabel(story);
  const organisation = source ? { '@type': 'Organization', name: source } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    ...(storySummary(story) && { description: storySummary(story) }),
    ...(images.length > 0 && { image: images }),
    datePublished: story.date,
    ...(story.updated && { dateModified: story.updated }),
    ...(authors.length > 0 && { author: authors.map((name) => ({ '@type': 'Person', name })) }),
    ...(organisation && { publisher: organisation, sourceOrganization: organisation }),
    // The copy's provenance: the original it was taken from, when the archive took it, where it is kept.
    ...(story.url && { isBasedOn: story.url }),
    ...(story.archived && { sdDatePublished: story.archived }),
    archivedAt: page,
    ...(story.tags.length > 0 && { keywords: story.tags }),
    ...(story.dateline && { locationCreated: { '@type': 'Place', name: story.dateline } }),
    inLanguage: story.language,
    wordCount: story.words,
    url: page,
    mainEntityOfPage: { '@type': 'WebPage', '@id': page },
  };
}

export function breadcrumbList(crumbs: Crumb[], absolute: Absolute): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absolute(crumb.path),
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<`, `>` and `&` become \u escapes
 * (still the same JSON string values), so "</script>" or "<!--" in a headline cannot end or
 * confuse the element; U+2028 and U+2029 are escaped for older JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
