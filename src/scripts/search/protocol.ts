// Messages between the search page and its worker.
import type { SearchRequest } from '../../lib/search/query.ts';
import type { ResultsView } from '../../lib/search/results.ts';

export type ToWorker = { type: 'open'; manifest: string } | { type: 'search'; id: number; request: SearchRequest };

/**
 * The results of a request, then (`passages`) the same results with snippets from the stories'
 * whole texts, sent only while no newer request waits.
 */
export type FromWorker = { id: number; view: ResultsView; passages?: true } | { id: number; error: string };
