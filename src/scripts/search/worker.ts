// Searching happens here, off the page's thread, so typing never waits for it.
import { ArchiveSearch } from '../../lib/search/query.ts';
import type { SearchManifest } from '../../lib/search/format.ts';
import { resultsView } from '../../lib/search/results.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

// The DOM typings know no worker scope; this is the part of it used here.
const scope = self as unknown as {
  location: Location;
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

let manifestPath = '';
let engine: Promise<ArchiveSearch> | undefined;
/** Only the newest request matters: older ones still waiting are answered by it. */
let waiting: { id: number; request: ToWorker & { type: 'search' } } | undefined;
let busy = false;

async function fetchJson(url: URL): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load the search index (${response.status} for ${url.pathname})`);
  return response.json();
}

async function open(manifestPath: string): Promise<ArchiveSearch> {
  const manifestUrl = new URL(manifestPath, scope.location.href);
  const manifest = (await fetchJson(manifestUrl)) as SearchManifest;
  return new ArchiveSearch(manifest, (name) => fetchJson(new URL(`${name}.json`, manifestUrl)));
}

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  while (waiting) {
    const { id, request } = waiting;
    waiting = undefined;
    let reply: FromWorker;
    try {
      engine ??= open(manifestPath);
      const search = await engine;
      const outcome = await search.search(request.request);
      scope.postMessage({ id, view: resultsView(request.request, outcome) });
      // Passages from the whole texts once the results are shown, unless the reader has typed on.
      if (waiting || outcome.stories.length === 0) continue;
      const texts = await search.texts(outcome.stories.map((story) => story.number));
      if (waiting) continue;
      reply = { id, view: resultsView(request.request, outcome, texts), passages: true };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
      // A file that failed to load is fetched again by the next search.
      engine = undefined;
    }
    scope.postMessage(reply);
  }
  busy = false;
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'open') {
    manifestPath = message.manifest;
    engine ??= open(manifestPath);
    return;
  }
  waiting = { id: message.id, request: message };
  void drain();
};
