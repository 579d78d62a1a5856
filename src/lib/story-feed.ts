// A feed of stories in one format, as the response a feed route returns: the channel is worked
// out by feed-entries.ts from the stories, their bodies and lead pictures, then written down.
import type { GetImageResult, UnresolvedImageTransform } from 'astro';
import { atomFeed } from './atom-feed.ts';
import { feedBodies } from './feed-bodies.ts';
import { feedChannel } from './feed-entries.ts';
import { FEED_TYPES } from './feeds.ts';
import { jsonFeed } from './json-feed.ts';
import { feedImages } from './pictures/share-images.ts';
import { rssFeed } from './rss-feed.ts';
import { FEED_SIZE } from './site.ts';
import type { Story } from './story.ts';
import { absoluteUrl, feedPaths, type FeedFormat } from './urls.ts';

export interface StoryFeedOptions {
  title: string;
  description: string;
  /** Site path of the page the feed stands for. */
  page: string;
  /** Site path of the feed in each format. */
  feed: (format: FeedFormat) => string;
  /** Newest first. */
  stories: Story[];
  site: URL;
  /** astro:assets' own. */
  getImage: (options: UnresolvedImageTransform) => Promise<GetImageResult>;
  /** Each story's whole text (the default), or only its summary. */
  fullText?: boolean;
}

export async function storyFeed(format: FeedFormat, { title, description, page, feed, stories, site, getImage, fullText = true }: StoryFeedOptions): Promise<Response> {
  const absolute = (path: string) => absoluteUrl(path, site);
  const latest = stories.slice(0, FEED_SIZE);
  const [bodies, images] = await Promise.all([fullText ? feedBodies(latest, absolute) : undefined, feedImages(latest, getImage)]);
  const paths = feedPaths(feed);
  const urls = { rss: absolute(paths.rss), atom: absolute(paths.atom), json: absolute(paths.json) };
  const channel = feedChannel({ title, description, home: absolute(page), urls, stories: latest, absolute, bodies, images });
  const text = format === 'rss' ? await rssFeed(channel) : format === 'atom' ? atomFeed(channel) : jsonFeed(channel);
  return new Response(text, { headers: { 'Content-Type': `${FEED_TYPES[format].type}; charset=utf-8` } });
}
