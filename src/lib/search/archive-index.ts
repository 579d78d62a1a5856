// The search files for this build's archive, made once and shared by the /search/ page (which
// names the manifest) and the endpoint that writes every file.
import { getEntriesById, getStories } from '../stories.ts';
import type { SearchFile } from './format.ts';
import { takeIndexHandoff } from './index-handoff.ts';
import { buildSearchFiles, storyText, type SearchFiles } from './story-index.ts';

let index: Promise<SearchFiles> | undefined;

async function build(): Promise<SearchFiles> {
  const stories = await getStories();
  const entries = await getEntriesById();
  // For the test that a build which stops early (a promise nothing will settle, as an unref'd
  // worker once left) cannot exit as a success: see tests/build/unfinished-build.test.ts.
  if (process.env.CLIPPINGS_TEST_STALL === 'search-index') await new Promise(() => {});
  const htmlOf = (story: { id: string }) => entries.get(story.id)?.rendered?.html;
  // Made on another thread while the site was bundled (index-handoff.ts), or here.
  return (await takeIndexHandoff(stories, htmlOf)) ?? buildSearchFiles(stories, htmlOf);
}

export function searchIndex(): Promise<SearchFiles> {
  index ??= build();
  return index;
}

/** The whole-text file of the story with this id, made again from its body under the name the index gave it. */
export async function storyTextOf(id: string, name: string): Promise<SearchFile> {
  const html = (await getEntriesById()).get(id)?.rendered?.html;
  const file = html === undefined ? undefined : storyText(html);
  if (file?.name !== name) throw new Error(`story ${id}: its text changed while the site was built (search file ${name})`);
  return file;
}
