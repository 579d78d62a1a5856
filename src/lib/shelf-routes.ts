// The static paths of the shelves' pages (topics, sources, people, places, organisations), one
// definition for all of them: each route file names its shelf and renders.
import { getShelf, getSiteNav } from './stories.ts';
import { pageKey, withPageKeys } from './page-keys.ts';
import { bodyKeys } from './body-keys.ts';
import { paginate, type ListPage } from './pagination.ts';
import { shelfIndexPages, type NameGroup, type ShelfOrder } from './shelves.ts';
import { restParam, shelfPath, type Shelf } from './urls.ts';
import { FEED_SIZE, NAME_PAGE_SIZE, PAGE_SIZE } from './site.ts';
import type { Story } from './story.ts';

/** A shelf's index pages, by name and by number of stories: /people/, /people/by-count/, /people/page/2/… */
export async function shelfIndexPaths(shelf: Shelf) {
  const pages = shelfIndexPages(await getShelf(shelf), NAME_PAGE_SIZE).map(({ order, page }) => ({
    params: { index: restParam(shelfPath(shelf), page.path) },
    props: { order, page } as { order: ShelfOrder; page: ListPage<NameGroup> },
  }));
  return withPageKeys(pages, await getSiteNav());
}

/** Each name's pages of stories, newest first: /people/<slug>/, /people/<slug>/page/2/… (`param` is the route's). */
export async function namePagePaths<Param extends string>(shelf: Shelf, param: Param) {
  const index = await getShelf(shelf);
  const pages = index.byName.flatMap((group) =>
    paginate(group.stories, PAGE_SIZE, group.path).map((page) => ({
      params: { [param]: group.slug, page: restParam(group.path, page.path) } as Record<Param | 'page', string | undefined>,
      props: { group, page } as { group: NameGroup; page: ListPage<Story> },
    })),
  );
  return withPageKeys(pages, await getSiteNav());
}

/**
 * Each name's feed, in any format: /people/<slug>/rss.xml, …/atom.xml, …/feed.json. A feed shows
 * no header, so its key leaves the header out; a topic's carries its stories' whole text, so its
 * key holds their bodies' keys (name-feed.ts).
 */
export async function nameFeedPaths<Param extends string>(shelf: Shelf, param: Param) {
  const index = await getShelf(shelf);
  const paths = index.byName.map((group) => ({ params: { [param]: group.slug } as Record<Param, string>, props: { group } }));
  const bodies = shelf === 'topics' ? await Promise.all(paths.map(({ props }) => bodyKeys(props.group.stories.slice(0, FEED_SIZE)))) : [];
  return paths.map((path, i) => ({ ...path, cacheKey: pageKey(path.params, path.props, bodies[i]) }));
}
