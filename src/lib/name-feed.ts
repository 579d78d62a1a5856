import type { GetImageResult, UnresolvedImageTransform } from 'astro';
import { storyFeed } from './story-feed.ts';
import { SITE_NAME } from './site.ts';
import { SHELF_WORDS } from './shelf-words.ts';
import type { NameGroup } from './shelves.ts';
import { nameFeedPath, type FeedFormat, type FeedShelf } from './urls.ts';

/**
 * The feed of a topic's, person's, place's or organisation's latest stories. `getImage` is
 * astro:assets' own. A topic's feed carries each story's whole text, as the site's does; a
 * name's carries summaries: an archive has a feed for every name two stories give, and the whole
 * text of fifty stories in three formats for each of them made feeds most of a built site.
 */
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
    fullText: shelf === 'topics',
  });
}
