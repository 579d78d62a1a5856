import type { APIRoute, GetStaticPaths } from 'astro';
import { getTopics } from '../../../lib/stories.ts';
import { withPageKeys } from '../../../lib/page-keys.ts';
import { getImage } from 'astro:assets';
import { feedImages } from '../../../lib/pictures/share-images.ts';
import { storyFeed } from '../../../lib/feeds.ts';
import { absoluteUrl } from '../../../lib/urls.ts';
import { FEED_SIZE, SITE_NAME } from '../../../lib/site.ts';
import type { NameGroup } from '../../../lib/shelves.ts';

export const getStaticPaths = (async () => {
  const topics = await getTopics();
  return withPageKeys(topics.byName.map((topic) => ({ params: { topic: topic.slug }, props: { topic } })), null); // a feed shows no header
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: NameGroup }> = async ({ props, site }) => {
  const { topic } = props;
  const absolute = (path: string) => absoluteUrl(path, site!);
  return storyFeed({
    title: `${SITE_NAME}: ${topic.name}`,
    description: `The latest stories on ${topic.name}.`,
    site: absolute(topic.path),
    stories: topic.stories,
    absolute,
    images: await feedImages(topic.stories.slice(0, FEED_SIZE), getImage),
  });
};
