import type { GetImageResult, UnresolvedImageTransform } from 'astro';
import { feedImages } from './pictures/share-images.ts';
import { storyFeed } from './feeds.ts';
import { absoluteUrl } from './urls.ts';
import { FEED_SIZE, SITE_NAME } from './site.ts';
import { SHELF_WORDS } from './shelf-words.ts';
import type { NameGroup } from './shelves.ts';
import type { FeedShelf } from './urls.ts';

/** The feed of a topic's, person's, place's or organisation's latest stories. `getImage` is astro:assets' own. */
export async function nameFeed(shelf: FeedShelf, group: NameGroup, site: URL, getImage: (options: UnresolvedImageTransform) => Promise<GetImageResult>): Promise<Response> {
  const absolute = (path: string) => absoluteUrl(path, site);
  return storyFeed({
    title: `${SITE_NAME}: ${group.name}`,
    description: `The latest stories ${SHELF_WORDS[shelf].relation} ${group.name}.`,
    site: absolute(group.path),
    stories: group.stories,
    absolute,
    images: await feedImages(group.stories.slice(0, FEED_SIZE), getImage),
  });
}
