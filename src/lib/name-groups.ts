import { nameKey } from './name-slugs.ts';

// Names that differ only in case or spacing are one name ("ICE", "ice"), shown in its commonest
// spelling. Shelves group stories this way, and the search filters group story numbers the same.

export interface Grouped<T> {
  /** As shown: the commonest spelling among the items. */
  name: string;
  key: string;
  /** In the order given, each item once. */
  items: T[];
}

/** The commonest spelling; ties go to the first in code-unit order, so builds repeat. */
function commonest(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && spelling < best)) [best, bestCount] = [spelling, count];
  }
  return best;
}

/** Group items under the names `namesOf` gives each, by name key, in first-seen order. One pass over the names. */
export function groupByName<T>(items: Iterable<T>, namesOf: (item: T) => readonly string[]): Grouped<T>[] {
  const found = new Map<string, { spellings: Map<string, number>; items: T[] }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const raw of namesOf(item)) {
      const spelling = raw.trim().replace(/\s+/g, ' ');
      const key = nameKey(spelling);
      if (!key) continue;
      let entry = found.get(key);
      if (!entry) found.set(key, (entry = { spellings: new Map(), items: [] }));
      entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
      if (!seen.has(key)) {
        seen.add(key);
        entry.items.push(item);
      }
    }
  }
  return [...found].map(([key, entry]) => ({ name: commonest(entry.spellings), key, items: entry.items }));
}
