// The archive's search files from its published stories (see archive-index.ts for the build's).
import { htmlToText } from '../html-text.ts';
import type { Story } from '../story.ts';
import { SearchIndexBuilder } from './build.ts';
import type { SearchFile } from './format.ts';

export interface SearchFiles {
  files: SearchFile[];
  manifest: SearchFile;
}

/** `stories` newest first (as getStories gives them); `htmlOf` gives each one's rendered body. */
export function buildSearchFiles(stories: Story[], htmlOf: (story: Story) => string | undefined): SearchFiles {
  const builder = new SearchIndexBuilder();
  for (const story of stories) {
    // One body at a time: it is reduced to words and postings, and its text let go.
    const html = htmlOf(story);
    if (html === undefined) throw new Error(`${story.file}: the story vanished from the collection while the search index was built`);
    builder.add({
      headline: story.title,
      path: story.path,
      day: story.day,
      year: story.year,
      source: story.source ?? '',
      dek: story.dek,
      topics: story.tags,
      names: [...story.people, ...story.places],
      text: htmlToText(html),
    });
  }
  return builder.files();
}
