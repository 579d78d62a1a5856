// The bulk files described as a Frictionless Data Package: /data/datapackage.json. A parameter
// only so the file can have a cache key: it changes whenever any bulk file does.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBulkFiles, getBulkKeys } from '../../lib/data/archive-data.ts';
import { dataPackage } from '../../lib/data/datapackage.ts';
import { absoluteUrl, dataPackagePath, dataPagePath } from '../../lib/urls.ts';
import { SITE_NAME } from '../../lib/site.ts';

export const getStaticPaths = (async () => [
  { params: { name: dataPackagePath().slice(dataPagePath().length, -'.json'.length) }, cacheKey: (await getBulkKeys()).archive },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const absolute = (sitePath: string) => absoluteUrl(sitePath, site!);
  const described = dataPackage(await getBulkFiles(site!), { name: SITE_NAME, homepage: absolute('/'), dataPage: absolute(dataPagePath()), absolute });
  return new Response(`${JSON.stringify(described, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
