import type { Story } from './story.ts';
import { assignSlugs, nameKey } from './name-slugs.ts';
import { groupByName } from './name-groups.ts';
import { SHELF_WORDS } from './shelf-words.ts';
import { namePath, RESERVED_NAME_SLUGS, shelfPath, type Shelf } from './urls.ts';
import { paginate, type ListPage } from './pagination.ts';
import { sourceLabel } from './source.ts';
import { NAME_PAGE_MIN_STORIES } from './site.ts';

// A shelf groups stories under names: topics (a story's tags), sources (who published it), and
// the people, places and organisations they name. Names that differ only in case are one name
// (name-groups.ts); names that merely slug alike ("C++", "C") stay apart, each with its own page.

export interface NameGroup {
  /** As shown: the commonest spelling among the stories. */
  name: string;
  key: string;
  slug: string;
  /** Site path of the name's first page of stories. */
  path: string;
  /** Newest first, each story once. */
  stories: Story[];
}

export interface ShelfIndex {
  shelf: Shelf;
  /** Alphabetical. */
  byName: NameGroup[];
  /** Most stories first, then alphabetical. */
  byCount: NameGroup[];
  /** The group a name belongs to, in any spelling. */
  find(name: string): NameGroup | undefined;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Group stories (newest first) under the names `namesOf` gives each; a name on fewer than `minStories` stories gets no group. */
export function buildShelf(shelf: Shelf, stories: Story[], namesOf: (story: Story) => string[], minStories = 1): ShelfIndex {
  const found = groupByName(stories, namesOf).filter((group) => group.items.length >= minStories);
  const slugs = assignSlugs(found.map((group) => group.key), SHELF_WORDS[shelf].one, RESERVED_NAME_SLUGS);
  const groups = new Map<string, NameGroup>();
  for (const { name, key, items } of found) {
    const slug = slugs.get(key)!;
    groups.set(key, { name, key, slug, path: namePath(shelf, slug), stories: items });
  }
  const byName = [...groups.values()].sort((a, b) => collator.compare(a.name, b.name) || (a.key < b.key ? -1 : 1));
  const byCount = [...byName].sort((a, b) => b.stories.length - a.stories.length);
  return { shelf, byName, byCount, find: (name) => groups.get(nameKey(name)) };
}

export function topicShelf(stories: Story[]): ShelfIndex {
  return buildShelf('topics', stories, (story) => story.tags);
}

/** A story's source is its publication, or the original's host name when only a URL is known. */
export function sourceShelf(stories: Story[]): ShelfIndex {
  return buildShelf('sources', stories, (story) => {
    const label = sourceLabel(story);
    return label ? [label] : [];
  });
}

/** The people, places or organisations the stories name (in their frontmatter or their text: names/), each named by NAME_PAGE_MIN_STORIES or more. */
export function nameShelf(shelf: 'people' | 'places' | 'organisations', stories: Story[]): ShelfIndex {
  return buildShelf(shelf, stories, (story) => story[shelf], NAME_PAGE_MIN_STORIES);
}

export type ShelfOrder = 'name' | 'count';

/** The pages of a shelf's index in both orders: /topics/, /topics/page/2/, /topics/by-count/… */
export function shelfIndexPages(index: ShelfIndex, size: number): { order: ShelfOrder; page: ListPage<NameGroup> }[] {
  return (['name', 'count'] as const).flatMap((order) =>
    paginate(order === 'name' ? index.byName : index.byCount, size, shelfPath(index.shelf, order)).map((page) => ({ order, page })),
  );
}
