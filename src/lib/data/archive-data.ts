// The archive's data files as the build makes them: the boundary between the collection
// (stories.ts) and the plain functions beside this file. Each is worked out once per build, and
// only when a page that shows it renders: a rebuild that changes no story asks for none of it.
import type { Story } from '../story.ts';
import { getEntriesById, getStories, once } from '../stories.ts';
import { pageKey, textKey } from '../page-keys.ts';
import { absoluteUrl } from '../urls.ts';
import { bulkFiles, type BulkFiles } from './bulk-files.ts';
import { oldestFirst, storyRecord, type StoryRecord } from './story-record.ts';

/** Stories oldest first, the bulk files' order. */
const getStoriesOldestFirst = once(async () => [...(await getStories())].sort(oldestFirst));

/** A story as data; `site` is the site's address (Astro.site). */
export async function recordOf(story: Story, site: URL): Promise<StoryRecord> {
  const entry = (await getEntriesById()).get(story.id);
  if (!entry) throw new Error(`${story.file}: the story vanished from the collection during the build`);
  return storyRecord(story, entry.rendered?.html ?? '', absoluteUrl(story.path, site));
}

const recordKeys = new Map<string, string>();

/** What a story's record is made from, as a key: its fields and its body (kept: the story's JSON and its year's file both ask). */
export async function recordKey(story: Story): Promise<string> {
  let key = recordKeys.get(story.id);
  if (key === undefined) {
    key = pageKey(story, textKey((await getEntriesById()).get(story.id)?.rendered?.html));
    recordKeys.set(story.id, key);
  }
  return key;
}

/**
 * The cache keys of the bulk files: each year's from its stories' records, the archive's (and
 * the pages that show every file's checksum) from all of them.
 */
export const getBulkKeys: () => Promise<{ years: Map<number, string>; archive: string }> = once(async () => {
  const byYear = new Map<number, string[]>();
  for (const story of await getStoriesOldestFirst()) {
    const keys = byYear.get(story.year) ?? [];
    keys.push(await recordKey(story));
    byYear.set(story.year, keys);
  }
  const years = new Map([...byYear].map(([year, keys]) => [year, pageKey(year, keys)]));
  return { years, archive: pageKey([...years]) };
});

const made = new Map<string, Promise<BulkFiles>>();

/** The bulk files for the site at `site`, made once per build. */
export function getBulkFiles(site: URL): Promise<BulkFiles> {
  let files = made.get(site.href);
  if (!files) {
    files = getStoriesOldestFirst().then((stories) => bulkFiles(stories, (story) => recordOf(story, site)));
    made.set(site.href, files);
  }
  return files;
}

/** The years that have stories, oldest first. */
export async function dataYears(): Promise<number[]> {
  return [...(await getBulkKeys()).years.keys()];
}
