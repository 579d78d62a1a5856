import { archiveDataPath, yearDataPath } from '../urls.ts';
import { sha256Hex } from './checksum.ts';
import { gzipFixed } from './gzip.ts';
import { jsonLine } from './jsonl.ts';

// The bulk files: one per year and one for the whole archive, each gzipped JSON Lines, one story
// a line, oldest first. A year's lines are made, gzipped and let go before the next year's, so
// no more than one year of records is held as text at once. The archive's file is the years'
// gzip members one after another: a gzip file may hold several members, and gunzip, zcat,
// Python's gzip and Node's zlib read them as one stream, so the archive is compressed only once.

export interface BulkFile {
  /** Site path without base: /2025/index.jsonl.gz, /index.jsonl.gz */
  path: string;
  /** The year it holds; absent for the whole archive. */
  year?: number;
  /** Stories in it: its number of lines. */
  count: number;
  bytes: Buffer;
  /** SHA-256 of `bytes`, hex. */
  sha256: string;
}

export interface BulkFiles {
  /** Oldest year first. */
  years: BulkFile[];
  archive: BulkFile;
}

/**
 * The bulk files of `stories` (oldest first), each story written as the record `recordOf` makes
 * of it. `recordOf` is called once per story, one year at a time.
 */
export async function bulkFiles<S extends { year: number }>(stories: S[], recordOf: (story: S) => unknown | Promise<unknown>): Promise<BulkFiles> {
  const years: BulkFile[] = [];
  let start = 0;
  while (start < stories.length) {
    const year = stories[start].year;
    let end = start;
    let text = '';
    for (; end < stories.length && stories[end].year === year; end++) text += jsonLine(await recordOf(stories[end]));
    if (years.some((file) => file.year === year)) throw new Error(`bulk files: the stories of ${year} are not together; sort them oldest first`);
    years.push(bulkFile(yearDataPath(year), gzipFixed(text), end - start, year));
    start = end;
  }
  // An archive without stories still gets a gzip file, of no lines.
  const archive = bulkFile(archiveDataPath(), years.length > 0 ? Buffer.concat(years.map((file) => file.bytes)) : gzipFixed(''), stories.length);
  return { years, archive };
}

function bulkFile(path: string, bytes: Buffer, count: number, year?: number): BulkFile {
  return { path, ...(year !== undefined && { year }), count, bytes, sha256: sha256Hex(bytes) };
}
