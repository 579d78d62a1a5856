// Every story as gzipped JSON Lines: /index.jsonl.gz. A parameter only so the file can have a
// cache key (a route without one has no getStaticPaths, so it would be made on every build).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBulkFiles, getBulkKeys } from '../lib/data/archive-data.ts';
import { bulkResponse } from '../lib/data/bulk-response.ts';
import { archiveDataPath } from '../lib/urls.ts';

export const getStaticPaths = (async () => [
  { params: { name: archiveDataPath().slice(1, -'.jsonl.gz'.length) }, cacheKey: (await getBulkKeys()).archive },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => bulkResponse((await getBulkFiles(site!)).archive);
