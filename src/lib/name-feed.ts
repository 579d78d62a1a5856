import type { GetImageResult, UnresolvedImageTransform } from 'astro';
import { storyFeed } from './story-feed.ts';
import { SITE_NAME } from './site.ts';
import { SHELF_WORDS } from './shelf-words.ts';
import type { NameGroup } from './shelves.ts';
import { nameFeedPath, type FeedFormat, type FeedShelf } from './urls.ts';

/** The feed of a topic's, person's, place's or organisation's latest stories. `getImage` is astro:assets' own. */
export function nameFeed(
  shelf: FeedShelf,
  group: NameGroup,
  format: FeedFormat,
  site: URL,
  getImage: (options: UnresolvedImageTransform) => Promise<GetImageResult>,
): Promise<Response> {
  return storyFeed(format, {
    title: `${SITE_NAME}: ${group.name}`,
    description: `The latest stories ${SHELF_WORDS[shelf].relation} ${group.name}.`,
    page: group.path,
    feed: (f) => nameFeedPath(shelf, group.slug, f),
    stories: group.stories,
    site,
    getImage,
  });
}
