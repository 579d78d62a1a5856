// A feed channel (feed-entries.ts) written as JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
import type { FeedChannel, FeedEntry } from './feed-entries.ts';
import { SITE_NAME } from './site.ts';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export function jsonFeed(channel: FeedChannel): string {
  const feed = {
    version: JSON_FEED_VERSION,
    title: channel.title,
    home_page_url: channel.home,
    feed_url: channel.urls.json,
    description: channel.description,
    ...(channel.language && { language: channel.language }),
    // As in Atom: the archive stands for the author of an item whose story names none.
    authors: [{ name: SITE_NAME, url: channel.home }],
    items: channel.entries.map(jsonItem),
  };
  return `${JSON.stringify(feed)}\n`;
}

function jsonItem(entry: FeedEntry) {
  return {
    id: entry.url,
    url: entry.url,
    ...(entry.original && { external_url: entry.original }),
    title: entry.title,
    // JSON Feed asks every item for content: a feed of summaries gives the summary as text.
    ...(entry.html !== undefined ? { content_html: entry.html } : { content_text: entry.summary ?? entry.title }),
    ...(entry.summary && { summary: entry.summary }),
    ...(entry.image && { image: entry.image.src }),
    date_published: entry.published.toISOString(),
    ...(entry.updated && { date_modified: entry.updated.toISOString() }),
    ...(entry.authors.length > 0 && { authors: entry.authors.map((name) => ({ name })) }),
    ...(entry.categories.length > 0 && { tags: entry.categories }),
    language: entry.language,
  };
}
