// Narrowing results by years and topic, from what the manifest says about each story number.
import type { SearchManifest, StoryNumbersFile } from './format.ts';

export interface SearchFilters {
  fromYear?: number;
  toYear?: number;
  topic?: string;
}

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
  { fromYear, toYear, topic }: SearchFilters,
  load: (file: string) => Promise<StoryNumbersFile>,
): Promise<((story: number) => boolean) | null> {
  const checks: ((story: number) => boolean)[] = [];
  if (fromYear !== undefined) checks.push((s) => yearOf(manifest.years, s) >= fromYear);
  if (toYear !== undefined) checks.push((s) => yearOf(manifest.years, s) <= toYear);
  if (topic) {
    const entry = manifest.topics.find(([name]) => name === topic);
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
