import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Story, StoryEntry } from '../story.ts';
import type { SearchFiles } from './story-index.ts';

// The search index takes seconds to build at archive sizes, and the pages ask for it only after
// Astro has bundled the site. The content loader knows every story when sync ends, so a build
// starts a worker thread then, and the index is usually ready when the pages ask. Loader and
// pages run in one process but in different module graphs (Astro's and the site bundle), so the
// promise passes through a global.
//
// Nothing here can end a build early or change what it writes: the worker holds the process open
// while it runs (it is never unref'd), and the pages take its index only if it was made from
// exactly their stories and bodies (a fingerprint of both); otherwise, or on any error, they
// build the index themselves.

const KEY = Symbol.for('clippings.search-index');
const WORKER = new URL('./index-worker.ts', import.meta.url);

export interface Handoff {
  fingerprint: string;
  built: Omit<SearchFiles, 'texts'> & { texts: [string, string][] };
}

type Holder = { [KEY]?: { result: Promise<Handoff | undefined>; thread: Worker } };

// The index holds no pictures, and only the pages' copy of a story has its lead picture's file
// facts (pictures/lead-image-facts.ts): left out, so the two copies agree.
const notIndexed = (key: string, value: unknown) => (key === 'leadImage' ? undefined : value);

/** What an index is made from: the stories, in order, and each one's body. */
export function indexFingerprint(stories: Story[], htmlOf: (story: Story) => string | undefined): string {
  const hash = createHash('sha256');
  for (const story of stories) hash.update(JSON.stringify(story, notIndexed)).update('\0').update(htmlOf(story) ?? '\u0001').update('\0');
  return hash.digest('base64url');
}

/** Start building the index from the synced entries on another thread. */
export function startIndexWorker(entries: StoryEntry[], worker: URL = WORKER): void {
  const thread = new Worker(worker);
  const result = new Promise<Handoff | undefined>((resolve) => {
    thread.once('message', (reply: Handoff | { error: string }) => {
      resolve('error' in reply ? undefined : reply);
      void thread.terminate();
    });
    thread.once('error', () => resolve(undefined));
    thread.once('exit', () => resolve(undefined));
  });
  thread.postMessage(entries);
  clearIndexHandoff();
  (globalThis as Holder)[KEY] = { result, thread };
}

/** Forget, and stop, any index begun before (a new sync is under way). */
export function clearIndexHandoff(): void {
  void (globalThis as Holder)[KEY]?.thread.terminate();
  delete (globalThis as Holder)[KEY];
}

/** The index the worker built, if it was made from exactly these stories and bodies; taken once. */
export async function takeIndexHandoff(stories: Story[], htmlOf: (story: Story) => string | undefined): Promise<SearchFiles | undefined> {
  const pending = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  const handoff = await pending?.result;
  if (!handoff || handoff.fingerprint !== indexFingerprint(stories, htmlOf)) return undefined;
  return { ...handoff.built, texts: new Map(handoff.built.texts) };
}
