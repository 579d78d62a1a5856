import { nameKey } from '../name-slugs.ts';
import type { FoundNames } from './find-names.ts';

/**
 * The names a story lists in its frontmatter, with those the build found in its text added. The
 * frontmatter wins: a found name it already gives, under any kind and in any spelling, is left out.
 */
export function mergeNames(given: FoundNames, found: FoundNames | undefined): FoundNames {
  if (!found) return given;
  const listed = new Set([...given.people, ...given.places, ...given.organisations].map(nameKey));
  const add = (mine: string[], theirs: string[]) => [...mine, ...theirs.filter((name) => !listed.has(nameKey(name)))];
  return {
    people: add(given.people, found.people),
    places: add(given.places, found.places),
    organisations: add(given.organisations, found.organisations),
  };
}
