import type { Story } from './story.ts';
import { FEED_SIZE } from './site.ts';
import { sourceLabel } from './source.ts';

/** A feed a page offers for autodiscovery. */
export interface FeedLink {
  title: string;
  /** Site path without base. */
  path: string;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description?: string;
  categories: string[];
}

/**
 * The items of an RSS feed: the latest FEED_SIZE stories of a list that is already newest first.
 * `absolute` turns a site path into the full address.
 */
export function feedItems(stories: Story[], absolute: (sitePath: string) => string): FeedItem[] {
  return stories.slice(0, FEED_SIZE).map((story) => {
    const source = sourceLabel(story);
    const description = [story.dek, source && `From ${source}.`].filter(Boolean).join(' ');
    return {
      title: story.title,
      link: absolute(story.path),
      pubDate: new Date(story.published),
      ...(description && { description }),
      categories: story.tags,
    };
  });
}
