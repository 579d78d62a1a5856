// Searching happens here, off the page's thread, so typing never waits for it.
import { ArchiveSearch, type SearchOutcome, type SearchRequest } from '../../lib/search/query.ts';
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
/** The newest request received: passages for any other are not worth sending. */
let newest = 0;

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
      reply = { id, view: resultsView(request.request, outcome) };
      // Not awaited: the next keystroke's search never waits for these files.
      if (outcome.stories.length) void sendPassages(id, request.request, search, outcome);
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
      // A file that failed to load is fetched again by the next search.
      engine = undefined;
    }
    scope.postMessage(reply);
  }
  busy = false;
}

/**
 * How long a query must stand before the passages of its results are fetched: while the reader
 * types, each keystroke's results come alone, and their texts are fetched once the reader pauses.
 */
const PASSAGES_AFTER_MS = 250;

/** The results again with passages from the stories' whole texts, unless the reader has typed on meanwhile. */
async function sendPassages(id: number, request: SearchRequest, search: ArchiveSearch, outcome: SearchOutcome): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, PASSAGES_AFTER_MS));
  if (id !== newest) return;
  try {
    const texts = await search.texts(outcome.stories.map((story) => story.number));
    if (id === newest) scope.postMessage({ id, view: resultsView(request, outcome, texts), passages: true });
  } catch {
    // The results stay with the snippets they have.
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'open') {
    manifestPath = message.manifest;
    engine ??= open(manifestPath);
    return;
  }
  newest = message.id;
  waiting = { id: message.id, request: message };
  void drain();
};
