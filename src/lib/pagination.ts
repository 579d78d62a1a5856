import { listPagePath } from './urls.ts';

export interface ListPage<T> {
  items: T[];
  /** 1-based page number. */
  number: number;
  /** Number of pages in the list. */
  last: number;
  /** 1-based position of the first item on this page, for <ol start>. */
  start: number;
  total: number;
  path: string;
  prev?: string;
  next?: string;
  /** Every page's number and path, for numbered links. */
  pages: { number: number; path: string }[];
}

/**
 * Split a list into pages whose first lives at `first` and the rest at `first` + "page/n/".
 * An empty list still has one (empty) page, so a list's first page always exists.
 */
export function paginate<T>(items: T[], size: number, first: string): ListPage<T>[] {
  if (!(size >= 1)) throw new RangeError(`page size must be at least 1, got ${size}`);
  const last = Math.max(1, Math.ceil(items.length / size));
  const pages = Array.from({ length: last }, (_, i) => ({ number: i + 1, path: listPagePath(first, i + 1) }));
  return pages.map(({ number, path }) => ({
    items: items.slice((number - 1) * size, number * size),
    number,
    last,
    start: (number - 1) * size + 1,
    total: items.length,
    path,
    prev: number > 1 ? pages[number - 2].path : undefined,
    next: number < last ? pages[number].path : undefined,
    pages,
  }));
}
