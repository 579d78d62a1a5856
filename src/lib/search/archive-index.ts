// The search files for this build's archive, made once and shared by the /search/ page (which
// names the manifest) and the endpoint that writes every file.
import { getEntriesById, getStories } from '../stories.ts';
import { buildSearchFiles, type SearchFiles } from './story-index.ts';

let index: Promise<SearchFiles> | undefined;

async function build(): Promise<SearchFiles> {
  const stories = await getStories();
  const entries = await getEntriesById();
  // For the test that a build which stops early (a promise nothing will settle, as an unref'd
  // worker once left) cannot exit as a success: see tests/build/unfinished-build.test.ts.
  if (process.env.CLIPPINGS_TEST_STALL === 'search-index') await new Promise(() => {});
  return buildSearchFiles(stories, (story) => entries.get(story.id)?.rendered?.html);
}

export function searchIndex(): Promise<SearchFiles> {
  index ??= build();
  return index;
}
