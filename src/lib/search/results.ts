// A search outcome as the page shows it: headlines and snippets already split into marked runs.
import type { SearchOutcome, SearchRequest } from './query.ts';
import { highlight, snippet, type Segment } from './snippet.ts';
import { FACETS } from './facets.ts';
import { SHELF_WORDS } from '../shelf-words.ts';

export interface ResultView {
  headline: Segment[];
  path: string;
  day: string;
  source: string;
  snippet: Segment[];
}

export interface ResultsView {
  request: SearchRequest;
  total: number;
  results: ResultView[];
}

/** `texts`: the stories' whole texts, in order, for passages; without them the dek or opening shows. */
export function resultsView(request: SearchRequest, outcome: SearchOutcome, texts: string[] = []): ResultsView {
  return {
    request,
    total: outcome.total,
    results: outcome.stories.map(({ doc }, i) => ({
      headline: highlight(doc.headline, outcome.terms, outcome.words),
      path: doc.path,
      day: doc.day,
      source: doc.source,
      snippet: storySnippet(doc.text, texts[i] ?? '', outcome.terms, outcome.words),
    })),
  };
}

/**
 * Why a story is in the results: the passages of its text where the query's words are, or its
 * dek (or opening) when that shows as many of them, or when no word is in the text at all.
 */
export function storySnippet(dek: string, text: string, terms: string[], words: string[]): Segment[] {
  const fromDek = snippet(dek, terms, words);
  const fromText = snippet(text, terms, words);
  return fromText.words > fromDek.words ? fromText.segments : fromDek.segments;
}

/** What the status line says once a query's results are on the page. */
export function statusText(total: number, shown: number, request: SearchRequest, archiveSize: number): string {
  const query = request.query.trim();
  if (!query) return `Type to search ${archiveSize.toLocaleString('en')} ${archiveSize === 1 ? 'story' : 'stories'}.`;
  const filters = request.filters ?? {};
  const { fromYear, toYear } = filters;
  // "on floods naming Barack Obama and Chicago": each relation once, its names joined.
  const byRelation = new Map<string, string[]>();
  for (const { kind, param } of FACETS) {
    const name = filters[param];
    if (!name) continue;
    const relation = SHELF_WORDS[kind].relation;
    byRelation.set(relation, [...(byRelation.get(relation) ?? []), name]);
  }
  const scope = [
    ...[...byRelation].map(([relation, names]) => `${relation} ${listText(names)}`),
    fromYear !== undefined || toYear !== undefined ? yearsText(fromYear, toYear) : '',
  ].filter(Boolean);
  const where = scope.length ? ` ${scope.join(' ')}` : '';
  if (total === 0) return `No stories match “${query}”${where}.`;
  const count = `${total.toLocaleString('en')} ${total === 1 ? 'story matches' : 'stories match'}`;
  const showing = shown < total ? `, showing the first ${shown.toLocaleString('en')}` : '';
  return `${count} “${query}”${where}${showing}.`;
}

function listText(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function yearsText(from?: number, to?: number): string {
  if (from !== undefined && to !== undefined) return from === to ? `in ${from}` : `from ${from} to ${to}`;
  return from !== undefined ? `from ${from} on` : `up to ${to}`;
}
