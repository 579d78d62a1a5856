// Narrowing results by years and by names (topic, person, place, organisation), from what the
// manifest says about each story number.
import { FACETS, type FacetParam } from './facets.ts';
import { nameKey } from '../name-slugs.ts';
import type { SearchManifest, StoryNumbersFile } from './format.ts';

/** Years, and a name for any facet, keyed as the page's URL keys them (?person=…). */
export type SearchFilters = { fromYear?: number; toYear?: number } & Partial<Record<FacetParam, string>>;

/** The publication year of a story number, from the manifest's runs of years. */
export function yearOf(years: SearchManifest['years'], story: number): number {
  let end = 0;
  for (const [year, count] of years) {
    end += count;
    if (story < end) return year;
  }
  return NaN;
}

/** A test for story numbers that pass the filters, or null when nothing is filtered. */
export async function storyFilter(
  manifest: SearchManifest,
  filters: SearchFilters,
  load: (file: string) => Promise<StoryNumbersFile>,
): Promise<((story: number) => boolean) | null> {
  const checks: ((story: number) => boolean)[] = [];
  const { fromYear, toYear } = filters;
  if (fromYear !== undefined) checks.push((s) => yearOf(manifest.years, s) >= fromYear);
  if (toYear !== undefined) checks.push((s) => yearOf(manifest.years, s) <= toYear);
  for (const { kind, param } of FACETS) {
    const wanted = filters[param];
    if (!wanted) continue;
    // A link may spell the name in another case (?person=barack+obama).
    const key = nameKey(wanted);
    const entry = manifest.facets[kind].find(([name]) => nameKey(name) === key);
    const members = entry ? storyNumbers(await load(entry[2])) : new Set<number>();
    checks.push((s) => members.has(s));
  }
  return checks.length ? (s) => checks.every((check) => check(s)) : null;
}

/** The story numbers a file of gaps holds. */
export function storyNumbers(gaps: StoryNumbersFile): Set<number> {
  const numbers = new Set<number>();
  let story = 0;
  for (const gap of gaps) numbers.add((story += gap));
  return numbers;
}
