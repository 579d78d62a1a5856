import type { APIRoute } from 'astro';
import { getStories } from '../lib/stories.ts';
import { storyFeed } from '../lib/feeds.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => absoluteUrl(path, site!);
  return storyFeed({
    title: `${SITE_NAME}: latest stories`,
    description: SITE_DESCRIPTION,
    site: absolute('/'),
    stories: await getStories(),
    absolute,
  });
};
