// The search files for this build's archive, made once and shared by the /search/ page (which
// names the manifest) and the endpoint that writes every file.
import { getEntriesById, getStories } from '../stories.ts';
import { SearchIndexBuilder } from './build.ts';
import type { SearchFile } from './format.ts';
import { htmlToText } from '../html-text.ts';

let index: Promise<{ files: SearchFile[]; manifest: SearchFile }> | undefined;

async function build() {
  const builder = new SearchIndexBuilder();
  const entries = await getEntriesById();
  for (const story of await getStories()) {
    // One body at a time: it is reduced to words and postings, and its text let go.
    const entry = entries.get(story.id);
    if (!entry) throw new Error(`${story.file}: the story vanished from the collection while the search index was built`);
    builder.add({
      headline: story.title,
      path: story.path,
      day: story.day,
      year: story.year,
      source: story.source ?? '',
      dek: story.dek,
      topics: story.tags,
      names: [...story.people, ...story.places],
      text: htmlToText(entry.rendered?.html ?? ''),
    });
  }
  return builder.files();
}

export function searchIndex(): Promise<{ files: SearchFile[]; manifest: SearchFile }> {
  index ??= build();
  return index;
}
