import { Worker } from 'node:worker_threads';
import type { Story, StoryEntry } from '../story.ts';
import type { SearchFiles } from './story-index.ts';

// Building the search index takes seconds at archive sizes, on a main thread that is busy with
// every page. The content loader knows every story when sync ends, so during a build it starts a
// worker then, and the index is ready by the time the pages ask for it. The two run in one
// process but in different module graphs (the loader in Astro's, the pages in the site bundle),
// so the promise passes through a global. The pages use it only if it indexed exactly the
// stories they have, in the same order; otherwise they build the index themselves.

const KEY = Symbol.for('clippings.search-index');
const WORKER = new URL('./index-worker.ts', import.meta.url);

interface Handoff {
  paths: string[];
  built: SearchFiles;
}

type Holder = { [KEY]?: Promise<Handoff | undefined> };

/** Start building the index from the synced entries on another thread. */
export function startIndexWorker(entries: StoryEntry[]): void {
  const worker = new Worker(WORKER);
  const result = new Promise<Handoff | undefined>((resolve) => {
    worker.once('message', (reply: { paths: string[]; files: SearchFiles['files']; manifest: SearchFiles['manifest'] } | { error: string }) => {
      resolve('error' in reply ? undefined : { paths: reply.paths, built: { files: reply.files, manifest: reply.manifest } });
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  // The worker must not keep a finished build waiting.
  worker.unref();
  worker.postMessage(entries);
  (globalThis as Holder)[KEY] = result;
}

/** Forget any index handed over before (a new sync is under way). */
export function clearIndexHandoff(): void {
  delete (globalThis as Holder)[KEY];
}

/** The index the worker built, if it indexed exactly `stories`; taken once. */
export async function takeIndexHandoff(stories: Story[]): Promise<SearchFiles | undefined> {
  const pending = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  const handoff = await pending;
  if (!handoff || handoff.paths.length !== stories.length) return undefined;
  return handoff.paths.every((path, i) => path === stories[i].path) ? handoff.built : undefined;
}
