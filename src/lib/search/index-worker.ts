// A worker thread that builds the search files from the stories a content sync produced, so the
// main thread can go on bundling the site meanwhile (see index-handoff.ts).
import { parentPort } from 'node:worker_threads';
import { publishedStories, type StoryEntry } from '../story.ts';
import { buildSearchFiles } from './story-index.ts';

parentPort!.once('message', (entries: StoryEntry[]) => {
  try {
    const stories = publishedStories(entries);
    const html = new Map(entries.map((entry) => [entry.id, entry.rendered?.html]));
    const built = buildSearchFiles(stories, (story) => html.get(story.id));
    parentPort!.postMessage({ paths: stories.map((story) => story.path), ...built });
  } catch (error) {
    // The page build then makes the index itself, and reports the problem where it belongs.
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
