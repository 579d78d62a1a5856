// Writes the search index files to /search/<name>.<hash>.json, and each story's whole text
// (made from the story when its file is written, so the build never holds every body at once).
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndex, storyTextOf } from '../../lib/search/archive-index.ts';

export const getStaticPaths = (async () => {
  const { files, manifest, texts } = await searchIndex();
  // Every file's name holds a hash of what it holds, so the name is its cache key.
  return [
    ...[...files, manifest].map((file) => ({ params: { file: file.name }, props: { body: file.body }, cacheKey: file.name })),
    ...[...texts].map(([name, story]) => ({ params: { file: name }, props: { story }, cacheKey: name })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const body = 'story' in props ? (await storyTextOf(props.story as string, params.file as string)).body : (props.body as string);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
