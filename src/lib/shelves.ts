import type { Story } from './story.ts';
import { assignSlugs, nameKey } from './name-slugs.ts';
import { namePath, RESERVED_NAME_SLUGS, shelfPath, type Shelf } from './urls.ts';
import { paginate, type ListPage } from './pagination.ts';
import { sourceLabel } from './source.ts';

// A shelf groups stories under names: topics (a story's tags) or sources (who published it).
// Names that differ only in case are one name ("ICE", "ice"); it is shown in its commonest
// spelling. Names that merely slug alike ("C++", "C") stay apart, each with its own page.

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

/** The commonest spelling; ties go to the first in code-unit order, so builds repeat. */
function commonest(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && spelling < best)) [best, bestCount] = [spelling, count];
  }
  return best;
}

/** Group stories (newest first) under the names `namesOf` gives each. One pass over the names. */
export function buildShelf(shelf: Shelf, stories: Story[], namesOf: (story: Story) => string[]): ShelfIndex {
  const found = new Map<string, { spellings: Map<string, number>; stories: Story[] }>();
  for (const story of stories) {
    const seen = new Set<string>();
    for (const raw of namesOf(story)) {
      const spelling = raw.trim().replace(/\s+/g, ' ');
      const key = nameKey(spelling);
      if (!key) continue;
      let entry = found.get(key);
      if (!entry) found.set(key, (entry = { spellings: new Map(), stories: [] }));
      entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
      if (!seen.has(key)) {
        seen.add(key);
        entry.stories.push(story);
      }
    }
  }
  const slugs = assignSlugs(found.keys(), SHELF_WORDS[shelf].one, RESERVED_NAME_SLUGS);
  const groups = new Map<string, NameGroup>();
  for (const [key, entry] of found) {
    const slug = slugs.get(key)!;
    groups.set(key, { name: commonest(entry.spellings), key, slug, path: namePath(shelf, slug), stories: entry.stories });
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

/** The people, places or organisations the stories name (in their frontmatter or their text: names/). */
export function nameShelf(shelf: 'people' | 'places' | 'organisations', stories: Story[]): ShelfIndex {
  return buildShelf(shelf, stories, (story) => story[shelf]);
}

/**
 * How each shelf speaks of itself: its index's title, a name of it ("topic", "person"), and how a
 * name's stories relate to it ("stories on Brexit", "stories naming Vladimir Putin").
 */
export const SHELF_WORDS: Record<Shelf, { title: string; one: string; many: string; relation: string }> = {
  topics: { title: 'Topics', one: 'topic', many: 'topics', relation: 'on' },
  sources: { title: 'Sources', one: 'source', many: 'sources', relation: 'from' },
  people: { title: 'People', one: 'person', many: 'people', relation: 'naming' },
  places: { title: 'Places', one: 'place', many: 'places', relation: 'naming' },
  organisations: { title: 'Organisations', one: 'organisation', many: 'organisations', relation: 'naming' },
};

export type ShelfOrder = 'name' | 'count';

/** The pages of a shelf's index in both orders: /topics/, /topics/page/2/, /topics/by-count/… */
export function shelfIndexPages(index: ShelfIndex, size: number): { order: ShelfOrder; page: ListPage<NameGroup> }[] {
  return (['name', 'count'] as const).flatMap((order) =>
    paginate(order === 'name' ? index.byName : index.byCount, size, shelfPath(index.shelf, order)).map((page) => ({ order, page })),
  );
}
