// Feed files people export or save — RSS 2.0, RDF, Atom and JSON Feed — read with feedsmith:
// one story per item, with the item's full content where the feed carries it (content:encoded,
// Atom content, content_html), otherwise its summary. A rejected item is kept as a JSON record
// that imports the same way.
import { parseFeed } from 'feedsmith';
import { pageText } from './page-text.ts';
import type { SourceRecord } from './record.ts';

type Json = Record<string, unknown>;

/** What one item gives a story, under the schema's names; `html` is its body. */
interface FeedStory {
  title?: string;
  date?: string;
  updated?: string;
  url?: string;
  dek?: string;
  authors?: string[];
  tags?: string[];
  html?: string;
  text?: string;
}

export function readFeed(text: string, file: string): SourceRecord[] {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (error) {
    const problem = `not a feed this importer reads (RSS, RDF, Atom or JSON Feed): ${(error as Error).message}`;
    return [{ file, line: 1, fields: {}, raw: {}, problem, many: false, format: 'feed' }];
  }
  const feed = parsed.feed as Json;
  const source = textOf(feed.title);
  const items = ((parsed.format === 'atom' ? feed.entries : feed.items) ?? []) as Json[];
  const lines = itemLines(text, parsed.format === 'atom' ? 'entry' : 'item');
  return items.map((item, index) => {
    const story = parsed.format === 'atom' ? fromAtom(item) : parsed.format === 'json' ? fromJsonFeed(item) : fromRss(item);
    const { html, text: plain, ...fields } = story;
    const found: Record<string, unknown> = { ...fields, ...(source ? { source } : {}) };
    for (const [name, value] of Object.entries(found)) if (value === undefined || (Array.isArray(value) && value.length === 0)) delete found[name];
    const body = html ? { format: 'html' as const, html, baseUrl: story.url } : plain ? { format: 'text' as const, text: plain } : undefined;
    const raw = { ...found, ...(html ? { html } : plain ? { body: plain } : {}) };
    return { file, line: lines[index] ?? 1, fields: found, body, raw, many: true, format: 'feed' };
  });
}

function fromRss(item: Json): FeedStory {
  const dc = (item.dc ?? {}) as Json;
  const content = textOf((item.content as Json | undefined)?.encoded);
  const description = textOf(item.description);
  return {
    title: readable(item.title),
    date: textOf(item.pubDate) ?? textOf(dc.date) ?? first(dc.dates),
    url: textOf(item.link) ?? guidLink(item.guid),
    dek: content && description ? pageText(description) : undefined,
    authors: [...list(dc.creators), ...list(dc.creator), ...list(item.authors), ...list(item.author)].map(readable).filter((name): name is string => Boolean(name)),
    tags: list(item.categories).map((category) => readable(typeof category === 'object' ? (category as Json).name : category)).filter((tag): tag is string => Boolean(tag)),
    html: content ?? description,
  };
}

function fromAtom(entry: Json): FeedStory {
  const content = textOf((entry.content as Json | undefined)?.value);
  const summary = textOf((entry.summary as Json | undefined)?.value);
  const links = list(entry.links) as Json[];
  const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
  return {
    title: readable((entry.title as Json | undefined)?.value),
    date: textOf(entry.published) ?? textOf(entry.updated),
    updated: textOf(entry.published) ? textOf(entry.updated) : undefined,
    url: textOf(link?.href),
    dek: content && summary ? pageText(summary) : undefined,
    authors: (list(entry.authors) as Json[]).map((author) => readable(author.name)).filter((name): name is string => Boolean(name)),
    tags: (list(entry.categories) as Json[]).map((category) => readable(category.label ?? category.term)).filter((tag): tag is string => Boolean(tag)),
    html: content ?? summary,
  };
}

function fromJsonFeed(item: Json): FeedStory {
  return {
    title: readable(item.title),
    date: textOf(item.date_published),
    updated: textOf(item.date_modified),
    url: textOf(item.url),
    dek: readable(item.summary),
    authors: [...(list(item.authors) as Json[]), ...(item.author ? [item.author as Json] : [])].map((author) => readable(author.name)).filter((name): name is string => Boolean(name)),
    tags: list(item.tags).map(readable).filter((tag): tag is string => Boolean(tag)),
    html: textOf(item.content_html),
    text: textOf(item.content_text),
  };
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'value' in value) return textOf((value as Json).value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A short text as a reader reads it: references decoded (feeds often encode them twice), tags dropped. */
function readable(value: unknown): string | undefined {
  const text = textOf(value);
  return text === undefined ? undefined : pageText(text) || undefined;
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function first(value: unknown): string | undefined {
  return textOf(list(value)[0]);
}

/** An RSS guid that is a permalink is the item's address. */
function guidLink(guid: unknown): string | undefined {
  const value = textOf(guid);
  const permalink = typeof guid === 'object' && guid !== null ? (guid as Json).isPermaLink !== false : true;
  return value && permalink && /^https?:\/\//.test(value) ? value : undefined;
}

/** The line each <item> (or <entry>) starts on, for messages that say where a rejected item is. */
function itemLines(text: string, element: string): number[] {
  const lines: number[] = [];
  const pattern = new RegExp(`<${element}[\\s>]`, 'g');
  let line = 1;
  let at = 0;
  for (const found of text.matchAll(pattern)) {
    for (; at < found.index; at++) if (text.charCodeAt(at) === 10) line++;
    lines.push(line);
  }
  return lines;
}
