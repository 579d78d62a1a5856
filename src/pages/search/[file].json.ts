// Writes the search index files to /search/<name>.<hash>.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndex } from '../../lib/search/archive-index.ts';

export const getStaticPaths = (async () => {
  const { files, manifest } = await searchIndex();
  return [...files, manifest].map((file) => ({ params: { file: file.name }, props: { body: file.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
