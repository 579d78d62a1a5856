// What a feed says about its stories, worked out once: RSS, Atom and JSON Feed (rss-feed.ts,
// atom-feed.ts, json-feed.ts) only write it down. Every text is made safe for XML here, so the
// three formats carry the same words.
import { instant } from './dates.ts';
import { FEED_SIZE } from './site.ts';
import { sourceLabel } from './source.ts';
import type { Story } from './story.ts';
import type { FeedFormat } from './urls.ts';
import { xmlText } from './xml-text.ts';

/** A story's lead picture in a feed: a file made for other sites (site path with base) and its alt text. */
export interface FeedImage {
  src: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

export interface FeedEntry {
  /** The story's permanent address: its link, and its id in every format. */
  url: string;
  title: string;
  published: Date;
  /** When the story was last changed at its source, where known. */
  updated?: Date;
  /** Who wrote it: its authors, or else its byline's names; may be empty. */
  authors: string[];
  /** Its topics. */
  categories: string[];
  /** The dek; in a feed without full text, the dek or else the story's opening sentences. */
  summary?: string;
  /** Where it was first published (source.ts). */
  source?: string;
  /** The original's address. */
  original?: string;
  /** The whole body as HTML, with absolute addresses (feed-html.ts); absent from a feed of summaries. */
  html?: string;
  language: string;
  /** The lead picture, its `src` a full address. */
  image?: FeedImage;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Full address of the page the feed stands for. */
  home: string;
  /** Full address of the feed in each format. */
  urls: Record<FeedFormat, string>;
  /** The latest change among its entries, so a feed's text is the same however often it is built. */
  updated: Date;
  /** The language all its entries share, if they do. */
  language?: string;
  entries: FeedEntry[];
}

export interface ChannelOptions {
  title: string;
  description: string;
  home: string;
  urls: Record<FeedFormat, string>;
  /** Newest first; the latest FEED_SIZE are taken. */
  stories: Story[];
  /** Turns a site path into the full address. */
  absolute: (sitePath: string) => string;
  /** Each story's body by id, as feed-bodies.ts makes it: absolute addresses, XML-safe. Absent: a feed of summaries. */
  bodies?: Map<string, string>;
  /** Lead pictures by story id (feedImages in pictures/share-images.ts). */
  images?: Map<string, FeedImage>;
}

/** The latest stories as a feed says them. */
export function feedChannel({ title, description, home, urls, stories, absolute, bodies, images }: ChannelOptions): FeedChannel {
  const entries = stories.slice(0, FEED_SIZE).map((story) => feedEntry(story, absolute, bodies ? (bodies.get(story.id) ?? '') : undefined, images?.get(story.id)));
  const languages = new Set(entries.map((entry) => entry.language));
  const changes = entries.map((entry) => (entry.updated ?? entry.published).getTime());
  return {
    title: xmlText(title),
    description: xmlText(description),
    home,
    urls,
    // A feed without stories has changed never: the epoch, rather than the build's clock.
    updated: new Date(changes.length > 0 ? Math.max(...changes) : 0),
    ...(languages.size === 1 && { language: [...languages][0] }),
    entries,
  };
}

/** `body`: the story's full text for the feed, or undefined for a feed of summaries. */
export function feedEntry(story: Story, absolute: (sitePath: string) => string, body: string | undefined, image?: FeedImage): FeedEntry {
  const url = absolute(story.path);
  const source = xmlText(sourceLabel(story));
  // Without the text, the summary is what a reader decides by: the dek, or the story's opening.
  const summary = xmlText(story.dek ?? (body === undefined ? (story.excerpt ?? '') : ''));
  return {
    url,
    title: xmlText(story.title),
    published: new Date(story.published),
    ...(story.updated && { updated: new Date(instant(story.updated)) }),
    authors: feedAuthors(story).map(xmlText).filter(Boolean),
    categories: story.tags.map(xmlText).filter(Boolean),
    ...(summary && { summary }),
    ...(source && { source }),
    ...(story.url && { original: new URL(story.url).href }),
    ...(body !== undefined && { html: body }),
    language: story.language,
    ...(image && { image: { ...image, src: new URL(image.src, absolute('/')).href, alt: xmlText(image.alt) } }),
  };
}

/** The authors a story lists, or else its byline without its "By": names, not one sentence. */
function feedAuthors(story: Pick<Story, 'authors' | 'byline'>): string[] {
  if (story.authors.length > 0) return story.authors;
  const byline = story.byline?.replace(/^by\s+/i, '').trim();
  return byline ? [byline] : [];
}
