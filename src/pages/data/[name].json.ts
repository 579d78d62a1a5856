// The data package (/data/datapackage.json), describing the bulk files, and the Table Schema of
// their records (/data/schema.json). Parameters only so each file can have a cache key: the
// package changes whenever any bulk file does, the schema with the code.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBulkFiles, getBulkKeys } from '../../lib/data/archive-data.ts';
import { dataPackage, recordSchema } from '../../lib/data/datapackage.ts';
import { absoluteUrl, dataPackagePath, dataPagePath, dataSchemaPath } from '../../lib/urls.ts';
import { SITE_NAME } from '../../lib/site.ts';

const nameOf = (sitePath: string) => sitePath.slice(dataPagePath().length, -'.json'.length);

export const getStaticPaths = (async () => [
  { params: { name: nameOf(dataPackagePath()) }, props: { file: 'package' as const }, cacheKey: (await getBulkKeys()).archive },
  { params: { name: nameOf(dataSchemaPath()) }, props: { file: 'schema' as const }, cacheKey: 'schema' },
]) satisfies GetStaticPaths;

const json = (value: unknown) => new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export const GET: APIRoute<{ file: 'package' | 'schema' }> = async ({ props, site }) => {
  if (props.file === 'schema') return json(recordSchema());
  const absolute = (sitePath: string) => absoluteUrl(sitePath, site!);
  return json(
    dataPackage(await getBulkFiles(site!), { name: SITE_NAME, homepage: absolute('/'), dataPage: absolute(dataPagePath()), schema: absolute(dataSchemaPath()), absolute }),
  );
};
