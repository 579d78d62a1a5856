import rss from '@astrojs/rss';
import type { Story } from './story.ts';
import { FEED_SIZE } from './site.ts';
import { sourceLabel } from './source.ts';
import { xmlText } from './xml-text.ts';

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

export interface FeedOptions {
  title: string;
  description: string;
  /** Full address of the page the feed stands for. */
  site: string;
  /** Newest first. */
  stories: Story[];
  /** Turns a site path into the full address. */
  absolute: (sitePath: string) => string;
}

/**
 * An RSS feed of the latest stories. Every feed is made here, so that every text it carries
 * (a topic's name in the title as much as a story's words) is made safe for XML.
 */
export function storyFeed({ title, description, site, stories, absolute }: FeedOptions): Promise<Response> {
  return rss({ title: xmlText(title), description: xmlText(description), site, items: feedItems(stories, absolute) });
}

/**
 * The items of an RSS feed: the latest FEED_SIZE stories of a list that is already newest first,
 * their text safe for XML. `absolute` turns a site path into the full address.
 */
export function feedItems(stories: Story[], absolute: (sitePath: string) => string): FeedItem[] {
  return stories.slice(0, FEED_SIZE).map((story) => {
    const source = sourceLabel(story);
    const description = xmlText([story.dek, source && `From ${source}.`].filter(Boolean).join(' '));
    return {
      title: xmlText(story.title),
      link: absolute(story.path),
      pubDate: new Date(story.published),
      ...(description && { description }),
      categories: story.tags.map(xmlText).filter(Boolean),
    };
  });
}
