// A year's stories as gzipped JSON Lines: /2025/index.jsonl.gz (src/lib/data/bulk-files.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBulkFiles, getBulkKeys } from '../../lib/data/archive-data.ts';
import { bulkResponse } from '../../lib/data/bulk-response.ts';

export const getStaticPaths = (async () =>
  [...(await getBulkKeys()).years].map(([year, key]) => ({ params: { year: String(year) }, props: { year }, cacheKey: key }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number }> = async ({ props, site }) => {
  const file = (await getBulkFiles(site!)).years.find((candidate) => candidate.year === props.year);
  if (!file) throw new Error(`no bulk file for ${props.year}`);
  return bulkResponse(file);
};
