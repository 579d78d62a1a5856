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
  /** The lead picture, as a Media RSS element. */
  customData?: string;
}

/** A story's lead picture in a feed: a file made for other sites (site path with base) and its alt text. */
export interface FeedImage {
  src: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

/** Media RSS, the namespace feed readers read pictures from. */
const MEDIA_RSS = 'http://search.yahoo.com/mrss/';

export interface FeedOptions {
  title: string;
  description: string;
  /** Full address of the page the feed stands for. */
  site: string;
  /** Newest first. */
  stories: Story[];
  /** Turns a site path into the full address. */
  absolute: (sitePath: string) => string;
  /** Lead pictures by story id (feedImages in pictures/share-images.ts). */
  images?: Map<string, FeedImage>;
}

/**
 * An RSS feed of the latest stories. Every feed is made here, so that every text it carries
 * (a topic's name in the title as much as a story's words) is made safe for XML.
 */
export function storyFeed({ title, description, site, stories, absolute, images }: FeedOptions): Promise<Response> {
  const items = feedItems(stories, absolute, images);
  const pictures = items.some((item) => item.customData);
  return rss({ title: xmlText(title), description: xmlText(description), site, items, ...(pictures && { xmlns: { media: MEDIA_RSS } }) });
}

const attribute = (value: string) => xmlText(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<media:content>` for a lead picture, with its alt text as the description. */
export function mediaContent(image: FeedImage, absolute: (sitePath: string) => string): string {
  const url = attribute(new URL(image.src, absolute('/')).href);
  return (
    `<media:content url="${url}" medium="image" type="${attribute(image.type)}" width="${image.width}" height="${image.height}">` +
    `<media:description type="plain">${attribute(image.alt)}</media:description></media:content>`
  );
}

/**
 * The items of an RSS feed: the latest FEED_SIZE stories of a list that is already newest first,
 * their text safe for XML. `absolute` turns a site path into the full address.
 */
export function feedItems(stories: Story[], absolute: (sitePath: string) => string, images?: Map<string, FeedImage>): FeedItem[] {
  return stories.slice(0, FEED_SIZE).map((story) => {
    const source = sourceLabel(story);
    const image = images?.get(story.id);
    const description = xmlText([story.dek, source && `From ${source}.`].filter(Boolean).join(' '));
    return {
      title: xmlText(story.title),
      link: absolute(story.path),
      pubDate: new Date(story.published),
      ...(description && { description }),
      categories: story.tags.map(xmlText).filter(Boolean),
      ...(image && { customData: mediaContent(image, absolute) }),
    };
  });
}
