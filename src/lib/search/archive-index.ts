// The search files for this build's archive, made once and shared by the /search/ page (which
// names the manifest) and the endpoint that writes every file.
import { getEntriesById, getStories } from '../stories.ts';
import { takeIndexHandoff } from './index-handoff.ts';
import { buildSearchFiles, type SearchFiles } from './story-index.ts';

let index: Promise<SearchFiles> | undefined;

async function build(): Promise<SearchFiles> {
  const stories = await getStories();
  const handedOver = await takeIndexHandoff(stories);
  if (handedOver) return handedOver;
  const entries = await getEntriesById();
  return buildSearchFiles(stories, (story) => entries.get(story.id)?.rendered?.html);
}

export function searchIndex(): Promise<SearchFiles> {
  index ??= build();
  return index;
}
