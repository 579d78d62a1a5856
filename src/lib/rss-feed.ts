// A feed channel (feed-entries.ts) written as RSS 2.0, by @astrojs/rss: the full text as
// content:encoded, authors as Dublin Core creators (RSS's own author must be an email address),
// the lead picture as Media RSS.
import { getRssString } from '@astrojs/rss';
import type { FeedChannel, FeedEntry } from './feed-entries.ts';
import { escapeXml, MEDIA_RSS, mediaContent } from './feed-xml.ts';

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  description?: string;
  categories: string[];
  /** The whole text (content:encoded); absent from a feed of summaries. */
  content?: string;
  /** Creators and the lead picture, as XML. */
  customData?: string;
}

export function rssFeed(channel: FeedChannel): Promise<string> {
  const items = channel.entries.map(rssItem);
  const pictures = channel.entries.some((entry) => entry.image);
  const creators = channel.entries.some((entry) => entry.authors.length > 0);
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.home,
    items,
    ...((pictures || creators) && { xmlns: { ...(pictures && { media: MEDIA_RSS }), ...(creators && { dc: DUBLIN_CORE }) } }),
  });
}

/** An entry as an RSS item: its dek and source as the description. customData is read as XML, so it is escaped. */
export function rssItem(entry: FeedEntry): RssItem {
  const description = [entry.summary, entry.source && `From ${entry.source}.`].filter(Boolean).join(' ');
  const customData = [...entry.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`), ...(entry.image ? [mediaContent(entry.image)] : [])].join('');
  return {
    title: entry.title,
    link: entry.url,
    pubDate: entry.published,
    ...(description && { description }),
    categories: entry.categories,
    ...(entry.html !== undefined && { content: entry.html }),
    ...(customData && { customData }),
  };
}
