// A worker thread that builds the search files from the stories a content sync produced, while
// the main thread bundles the site (see index-handoff.ts).
import { parentPort } from 'node:worker_threads';
import { publishedStories, type StoryEntry } from '../story.ts';
import { indexFingerprint } from './index-handoff.ts';
import { buildSearchFiles } from './story-index.ts';

parentPort!.once('message', (entries: StoryEntry[]) => {
  try {
    const stories = publishedStories(entries);
    const html = new Map(entries.map((entry) => [entry.id, entry.rendered?.html]));
    const htmlOf = (story: { id: string }) => html.get(story.id);
    const { texts, ...built } = buildSearchFiles(stories, htmlOf);
    parentPort!.postMessage({ fingerprint: indexFingerprint(stories, htmlOf), built: { ...built, texts: [...texts] } });
  } catch (error) {
    // The pages then make the index themselves, and report the problem where it belongs.
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
