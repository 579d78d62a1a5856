// The archive's search files from its published stories (see archive-index.ts for the build's).
import { htmlToText } from '../html-text.ts';
import type { Story } from '../story.ts';
import { SearchIndexBuilder, storyTextFile } from './build.ts';
import type { SearchFile } from './format.ts';

export interface SearchFiles {
  files: SearchFile[];
  manifest: SearchFile;
  /** Each story's whole-text file: its name and the story's id. Written from the story when asked for (storyText), not kept. */
  texts: Map<string, string>;
}

/** The text file of a story, from its rendered body: the same name the index gave it. */
export function storyText(html: string): SearchFile {
  return storyTextFile(htmlToText(html));
}

/** `stories` newest first (as getStories gives them); `htmlOf` gives each one's rendered body. */
export function buildSearchFiles(stories: Story[], htmlOf: (story: Story) => string | undefined): SearchFiles {
  const builder = new SearchIndexBuilder();
  const texts = new Map<string, string>();
  // Numbered oldest first (SearchManifest.stories).
  for (const story of stories.toReversed()) {
    // One body at a time: it is reduced to words and postings, and its text let go.
    const html = htmlOf(story);
    if (html === undefined) throw new Error(`${story.file}: the story vanished from the collection while the search index was built`);
    // Only the text file's name is kept: the file is written from the story again when its page is.
    const full = builder.add({
      headline: story.title,
      path: story.path,
      day: story.day,
      year: story.year,
      source: story.source ?? '',
      dek: story.dek,
      topics: story.tags,
      people: story.people,
      places: story.places,
      organisations: story.organisations,
      language: story.language,
      text: htmlToText(html),
    });
    texts.set(full.name, story.id);
  }
  return { ...builder.files(), texts };
}
