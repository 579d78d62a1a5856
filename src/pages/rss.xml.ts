import type { APIRoute } from 'astro';
import { getStories } from '../lib/stories.ts';
import { getImage } from 'astro:assets';
import { feedImages } from '../lib/pictures/share-images.ts';
import { storyFeed } from '../lib/feeds.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { FEED_SIZE, SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => absoluteUrl(path, site!);
  const stories = await getStories();
  return storyFeed({
    title: `${SITE_NAME}: latest stories`,
    description: SITE_DESCRIPTION,
    site: absolute('/'),
    stories,
    absolute,
    images: await feedImages(stories.slice(0, FEED_SIZE), getImage),
  });
};
