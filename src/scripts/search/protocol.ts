// Messages between the search page and its worker.
import type { SearchRequest } from '../../lib/search/query.ts';
import type { ResultsView } from '../../lib/search/results.ts';

export type ToWorker = { type: 'open'; manifest: string } | { type: 'search'; id: number; request: SearchRequest };

export type FromWorker = { id: number; view: ResultsView } | { id: number; error: string };
