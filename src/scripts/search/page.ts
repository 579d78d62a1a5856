// The /search/ page: reads the query from the URL and the fields, asks the worker, shows the
// results, and keeps the URL in step so a search can be shared and reloaded.
import type { SearchRequest, SortOrder } from '../../lib/search/query.ts';
import { statusText } from '../../lib/search/results.ts';
import { RESULTS_PAGE_SIZE } from '../../lib/search/options.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { fillSegments, resultItem } from './render.ts';
import { moveThroughResults } from './keys.ts';
import { FACETS } from '../../lib/search/facets.ts';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: ${selector} is missing`);
  return element;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const form = required<HTMLFormElement>(root, 'form');
  const input = required<HTMLInputElement>(root, '[data-search-input]');
  const from = required<HTMLSelectElement>(form, '[name="from"]');
  const to = required<HTMLSelectElement>(form, '[name="to"]');
  // A filter shows only when the archive has names for it (no topics given, no topic filter).
  const facets = FACETS.flatMap(({ param }) => {
    const select = form.querySelector<HTMLSelectElement>(`[name="${param}"]`);
    return select ? [{ param, select }] : [];
  });
  const sort = required<HTMLSelectElement>(form, '[name="sort"]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const help = required<HTMLElement>(root, '[data-search-help]');
  const none = required<HTMLElement>(root, '[data-search-none]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLButtonElement>(root, '[data-search-more]');
  const archiveSize = Number(root.dataset.stories ?? 0);

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const selects: [HTMLSelectElement, string][] = [[from, 'from'], [to, 'to'], ...facets.map(({ param, select }): [HTMLSelectElement, string] => [select, param]), [sort, 'sort']];
  for (const [select, name] of selects) {
    const value = params.get(name);
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  root.hidden = false;

  let worker: Worker | undefined;
  const ensureWorker = (): Worker => {
    if (!worker) {
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      worker.postMessage({ type: 'open', manifest: root.dataset.index ?? '' } satisfies ToWorker);
      worker.onmessage = (event: MessageEvent<FromWorker>) => show(event.data);
    }
    return worker;
  };

  let latest = 0;
  let limit = RESULTS_PAGE_SIZE;

  const request = (): SearchRequest => ({
    query: input.value,
    filters: {
      fromYear: from.value ? Number(from.value) : undefined,
      toYear: to.value ? Number(to.value) : undefined,
      ...Object.fromEntries(facets.filter(({ select }) => select.value).map(({ param, select }) => [param, select.value])),
    },
    sort: sort.value as SortOrder,
    limit,
  });

  const rememberInUrl = () => {
    const url = new URL(location.href);
    const wanted: Record<string, string> = {
      q: input.value,
      from: from.value,
      to: to.value,
      ...Object.fromEntries(facets.map(({ param, select }) => [param, select.value])),
      sort: sort.value === 'relevance' ? '' : sort.value,
    };
    for (const [name, value] of Object.entries(wanted)) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(history.state, '', url);
  };

  const done = (query: string) => {
    status.dataset.state = 'done';
    status.dataset.query = query;
  };

  const run = () => {
    const id = ++latest;
    status.dataset.state = 'loading';
    delete status.dataset.query;
    rememberInUrl();
    const current = request();
    if (!current.query.trim()) {
      list.replaceChildren();
      help.hidden = false;
      none.hidden = true;
      more.hidden = true;
      status.textContent = statusText(0, 0, current, archiveSize);
      done(current.query);
      return;
    }
    status.textContent = 'Searching…';
    ensureWorker().postMessage({ type: 'search', id, request: current } satisfies ToWorker);
  };

  const show = (reply: FromWorker) => {
    if (reply.id !== latest) return;
    if ('error' in reply) {
      status.textContent = `Search could not load its index: ${reply.error}. Check the connection and type again.`;
      done(input.value);
      return;
    }
    const { view } = reply;
    if (reply.passages) {
      // The same results, their snippets now from the passages that matched: only those change,
      // so focus and scrolling stay where the reader left them.
      view.results.forEach((result, i) => {
        const snippet = list.children[i]?.querySelector<HTMLElement>('[data-search-snippet]');
        if (snippet) fillSegments(snippet, result.snippet);
      });
      status.dataset.passages = 'shown';
      return;
    }
    delete status.dataset.passages;
    list.replaceChildren(...view.results.map(resultItem));
    help.hidden = true;
    none.hidden = view.total > 0;
    more.hidden = view.results.length >= view.total;
    status.textContent = statusText(view.total, view.results.length, view.request, archiveSize);
    done(view.request.query);
  };

  const fresh = () => {
    limit = RESULTS_PAGE_SIZE;
    run();
  };
  input.addEventListener('input', fresh);
  input.addEventListener('focus', ensureWorker);
  for (const [select] of selects) select.addEventListener('change', fresh);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    fresh();
  });
  more.addEventListener('click', () => {
    limit += RESULTS_PAGE_SIZE;
    run();
  });
  root.addEventListener('keydown', (event) => moveThroughResults(event, input, list));

  if (input.value.trim()) ensureWorker();
  run();
}
