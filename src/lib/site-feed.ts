import type { GetImageResult, UnresolvedImageTransform } from 'astro';
import { storyFeed } from './story-feed.ts';
import { getStories } from './stories.ts';
import { SITE_DESCRIPTION, SITE_NAME } from './site.ts';
import { feedPath, type FeedFormat } from './urls.ts';

/** The feed of the archive's latest stories. `getImage` is astro:assets' own. */
export async function siteFeed(format: FeedFormat, site: URL, getImage: (options: UnresolvedImageTransform) => Promise<GetImageResult>): Promise<Response> {
  return storyFeed(format, {
    title: `${SITE_NAME}: latest stories`,
    description: SITE_DESCRIPTION,
    page: '/',
    feed: feedPath,
    stories: await getStories(),
    site,
    getImage,
  });
}
