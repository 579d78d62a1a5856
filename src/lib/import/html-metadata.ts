import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { dayInPath, pageDates } from './page-dates.ts';
import { bylineNames, pageText } from './page-text.ts';
import { pageHeadline } from './page-headline.ts';

// A saved news page names its story in several places; the first that has a field wins, in this
// order: JSON-LD NewsArticle (what publishers give search engines), OpenGraph, plain <meta>, and the
// page itself (<time>, <h1>, the canonical link, <html lang>).

export interface PageMetadata {
  title?: string;
  dek?: string;
  date?: string;
  updated?: string;
  source?: string;
  url?: string;
  byline?: string;
  authors?: string[];
  tags?: string[];
  language?: string;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|ReviewNewsArticle|BackgroundNewsArticle)$/;

// Where pages put their dates beyond JSON-LD, in order of trust: the Open Graph article tags,
// then the names of other schemes (Dublin Core, Parse.ly, Sailthru, Google Scholar and others).
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created',
  'citation_publication_date', 'article.published', 'article:publicationdate', 'date', 'originalpublicationdate',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];
/** Elements whose short text may be the date a reader sees by the byline. */
const SHOWN_DATE = '.byline, .dateline, .published, [class*="date"], [class*="Date"], [class*="timestamp"], [class*="pubtime"], [class*="pubTime"], time';

/** `now` bounds the dates a page may have: none after it. `address`: where the page was fetched from, when known (its path may hold the day). */
export function pageMetadata(page: Root, now: Date, address?: string): PageMetadata {
  const ld = jsonLdArticle(page);
  const meta = (key: string) => metaContent(page, key);
  const first = <T>(...values: (T | undefined)[]) => values.find((value) => value !== undefined && (!Array.isArray(value) || value.length > 0));
  const url = first(attribute(page, 'link[rel~="canonical"]', 'href'), meta('og:url'), text(ld?.url), text(ld?.mainEntityOfPage), text((ld?.mainEntityOfPage as Json | undefined)?.['@id']));
  const dates = pageDates(
    {
      published: [
        text(ld?.datePublished),
        ...PUBLISHED_META.map(meta),
        attribute(page, '[itemprop="datePublished"]', 'content') ?? attribute(page, '[itemprop="datePublished"]', 'dateTime'),
        attribute(page, 'time[pubdate]', 'dateTime'),
        // When the record was made in the publisher's system: often a day after it went out.
        text(ld?.dateCreated),
        attribute(page, 'time[datetime]', 'dateTime'),
      ].filter((value) => value !== undefined),
      modified: [text(ld?.dateModified), ...MODIFIED_META.map(meta), attribute(page, '[itemprop="dateModified"]', 'content')].filter((value) => value !== undefined),
      // The canonical address, or the one the page was fetched from when only that one names the day.
      url: address && !dayInPath(url) ? address : url,
      shown: selectAll(SHOWN_DATE, page)
        // An update stamp is not the publication date ("Updated: January 9, 2020", class="updated").
        .filter((element) => !/updat|modif/i.test(String([element.properties.className].flat().join(' '))))
        .map((element) => toString(element).replace(/\s+/g, ' ').trim())
        .filter((shown) => shown.length > 0 && shown.length <= 120 && !/^(?:last\s+)?(?:updated|modified|edited)\b/i.test(shown))
        .slice(0, 5),
    },
    now,
  );
  const readable = (value: string | undefined) => (value === undefined ? undefined : pageText(value) || undefined);
  // Names only: a profile address (article:author often is one) gives way to the next source.
  const authors = [names(ld?.author), [meta('article:author')], [meta('author')]].map((list) => list.map(readable).filter(isName)).find((list) => list.length > 0);
  const byline = elementText(page, '[rel~="author"], .byline, [itemprop="author"]');
  return {
    title: pageHeadline({
      shown: selectAll('h1', page).map((h1) => readable(toString(h1))).filter((shown) => shown !== undefined),
      declared: [text(ld?.headline), text(ld?.name), meta('og:title'), meta('twitter:title'), elementText(page, 'title')].map(readable),
      names: [meta('og:site_name'), ...names(ld?.publisher), meta('application-name'), ...(authors ?? [])].map(readable),
    }),
    dek: readable(first(text(ld?.description), meta('og:description'), meta('description'))),
    ...dates,
    source: readable(first(meta('og:site_name'), names(ld?.publisher)[0], meta('application-name'))),
    url,
    byline: byline === undefined ? undefined : bylineNames(byline),
    authors,
    tags: first(keywords(ld?.keywords), metaAll(page, 'article:tag'), keywords(meta('keywords')))?.map((tag) => pageText(tag)).filter(Boolean),
    language: first(text(ld?.inLanguage), attribute(page, 'html[lang]', 'lang')),
  };
}

/** A person's name, not a profile address or an empty field. */
function isName(value: string | undefined): value is string {
  return Boolean(value && !/^(?:https?:)?\/\/|^www\./i.test(value) && /\p{L}/u.test(value));
}

const JSON_LD_WRAPPER = /^\s*(?:\/\/|\/\*)?\s*(?:<!\[CDATA\[|<!--)\s*(?:\*\/)?|(?:\/\/|\/\*)?\s*(?:\]\]>|-->)\s*(?:\*\/)?\s*$/g;

/** The page's JSON-LD object of an article type, if it has one. */
export function jsonLdArticle(page: Root): Json | undefined {
  for (const script of selectAll('script[type="application/ld+json"]', page)) {
    let data: unknown;
    try {
      // Some publishers wrap it as if it were XHTML (<![CDATA[ … ]]>, also inside // or /* */ comments) or hide it in an HTML comment.
      data = JSON.parse(toString(script).replace(JSON_LD_WRAPPER, ''));
    } catch {
      continue; // a broken block of JSON-LD is the page's problem, not the story's
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: unknown): Json | undefined {
  if (Array.isArray(data)) return data.map(findArticle).find(Boolean);
  if (typeof data !== 'object' || data === null) return undefined;
  const object = data as Json;
  const types = ([] as unknown[]).concat(object['@type'] ?? []);
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) return object;
  return findArticle(object['@graph']);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Names from a JSON-LD person or organisation, or a list of them. */
function names(value: unknown): string[] {
  return ([] as unknown[])
    .concat(value ?? [])
    .map((item) => (typeof item === 'string' ? item : text((item as Json)?.name)))
    .filter((name): name is string => Boolean(name && name.trim()))
    .map((name) => name.trim());
}

function keywords(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value.filter((item) => typeof item === 'string') : typeof value === 'string' ? value.split(',') : [];
  const tags = list.map((tag) => tag.trim()).filter(Boolean);
  return tags.length > 0 ? tags : undefined;
}

function metaElements(page: Root, key: string): Element[] {
  const wanted = key.toLowerCase();
  return selectAll('meta[content]', page).filter((meta) =>
    [meta.properties.property, meta.properties.name, meta.properties.itemProp].some((name) => String(name ?? '').toLowerCase() === wanted),
  );
}

export function metaContent(page: Root, key: string): string | undefined {
  return metaAll(page, key)?.[0];
}

function metaAll(page: Root, key: string): string[] | undefined {
  const values = metaElements(page, key).map((meta) => String(meta.properties.content).trim()).filter(Boolean);
  return values.length > 0 ? values : undefined;
}

/** An attribute by its hast property name (dateTime, href, lang). */
function attribute(page: Root, selector: string, property: string): string | undefined {
  const element = select(selector, page);
  const value = element?.properties[property];
  return text(Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? undefined : String(value));
}

function elementText(page: Root, selector: string): string | undefined {
  const element = select(selector, page);
  return element ? text(toString(element).replace(/\s+/g, ' ')) : undefined;
}
