// Crawls a served site over HTTP, as a reader's browser or a search engine would meet it: every
// page, stylesheet, script, image, feed, sitemap and search index file reachable from the home
// page must answer 200. Unlike crawl.ts (which checks files on disk) this tests the host too.
import { attr, elements, parseHtml } from './html.ts';
import { docShardCount, docShardName, type SearchManifest } from '../../src/lib/search/format.ts';

export interface HttpCrawl {
  /** Every URL fetched, with its status. */
  fetched: Map<string, number>;
  broken: { url: string; status: number; from: string }[];
}

/** Links in a page: anything a browser would follow or fetch. */
function htmlLinks(html: string): string[] {
  const links: string[] = [];
  for (const element of elements(parseHtml(html))) {
    for (const name of ['href', 'src']) {
      const value = attr(element, name);
      if (value) links.push(value);
    }
    // The search page names its index manifest in a data attribute.
    const index = attr(element, 'dataIndex');
    if (index) links.push(index);
  }
  return links;
}

/** Addresses in a feed or sitemap. */
function xmlLinks(xml: string): string[] {
  return [...xml.matchAll(/<(?:loc|link|guid)\b[^>]*>\s*([^<\s]+)\s*</g), ...xml.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
}

/** Other files a stylesheet or a script module loads. */
function assetLinks(text: string): string[] {
  const css = [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]);
  const js = [...text.matchAll(/["'`]((?:\.{1,2})?\/[^"'`\s]+\.(?:js|css))["'`]/g)].map((m) => m[1]);
  return [...css, ...js];
}

/**
 * Search index files named by a search file: the manifest names shards and the other files,
 * dictionary shards name postings, document shards each story's text, the stop-word pairs'
 * file their postings.
 */
function searchLinks(json: unknown, pathname: string): string[] {
  const names: string[] = [];
  if (/\/sg\.[^/]+$/.test(pathname)) return Object.values(json as Record<string, string>).map((name) => `${name}.json`);
  if (Array.isArray(json)) {
    for (const doc of json) if (doc && typeof doc === 'object' && 'full' in doc) names.push(doc.full as string);
    return names.map((name) => `${name}.json`);
  }
  const file = json as Partial<SearchManifest> & { files?: string[] };
  if (file.dictionary) names.push(...Object.values(file.dictionary));
  if (file.tails) names.push(...Object.values(file.tails));
  if (file.notEnglish) names.push(file.notEnglish);
  if (file.stopGrams) names.push(file.stopGrams);
  const docs = file.docs;
  if (docs) names.push(...Array.from({ length: docShardCount(docs) }, (_, shard) => docShardName(docs, shard)));
  if (file.facets) names.push(...Object.values(file.facets).flatMap((facet) => facet.map((entry) => entry[2])));
  if (Array.isArray(file.files)) names.push(...file.files);
  return names.map((name) => `${name}.json`);
}

/**
 * Fetches `start` and everything it leads to on the same origin. `siteOrigin` is the address the
 * site was built for: absolute links to it are read as links to the server under test.
 */
export async function crawlOverHttp(start: string, siteOrigin: string): Promise<HttpCrawl> {
  const origin = new URL(start).origin;
  const fetched = new Map<string, number>();
  const broken: HttpCrawl['broken'] = [];
  const queue: [string, string][] = [[start, '(start)']];
  const seen = new Set([start]);
  while (queue.length > 0) {
    const batch = queue.splice(0, 16);
    await Promise.all(
      batch.map(async ([url, from]) => {
        const response = await fetch(url);
        fetched.set(url, response.status);
        if (response.status !== 200) {
          broken.push({ url, status: response.status, from });
          return;
        }
        const type = response.headers.get('content-type') ?? '';
        const body = await response.text();
        const pathname = new URL(url).pathname;
        const links = type.includes('html')
          ? htmlLinks(body)
          : type.includes('xml')
            ? xmlLinks(body)
            : /\/search\/[^/]+\.json$/.test(pathname)
              ? searchLinks(JSON.parse(body), pathname)
              : /\.(css|js)$/.test(pathname)
                ? assetLinks(body)
                : [];
        for (const link of links) {
          const target = new URL(link.startsWith(siteOrigin) ? origin + link.slice(siteOrigin.length) : link, url);
          if (target.origin !== origin) continue;
          target.hash = '';
          if (!seen.has(target.href)) {
            seen.add(target.href);
            queue.push([target.href, url]);
          }
        }
      }),
    );
  }
  return { fetched, broken };
}
