// What a built site holds. Nothing may be lost between the archive and the site: every
// published story has exactly one story page, one search document and one sitemap entry.
// The build checks it (src/integrations/count-check.ts), and so does the build benchmark.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const STORY_URL = /\/\d{4}\/\d{2}\/[^/]+\/$/;

function files(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
}

export function dirSize(dir: string): number {
  return files(dir).reduce((sum, f) => {
    const stat = fs.statSync(path.join(dir, f));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

function folders(dir: string, name: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && name.test(d.name)).map((d) => path.join(dir, d.name));
}

/** Pages at yyyy/mm/<slug>/index.html. Only those folders are read: a large site has tens of thousands of others. */
export function storyPages(outDir: string): number {
  let count = 0;
  for (const year of folders(outDir, /^\d{4}$/)) {
    for (const month of folders(year, /^\d{2}$/)) {
      for (const story of folders(month, /./)) if (fs.existsSync(path.join(story, 'index.html'))) count++;
    }
  }
  return count;
}

/** The site paths in `paths` (/yyyy/mm/slug/) that have no page in the built site. */
export function missingStoryPages(outDir: string, paths: string[]): string[] {
  return paths.filter((sitePath) => !fs.existsSync(path.join(outDir, sitePath, 'index.html')));
}

export function searchDocuments(outDir: string): number {
  const manifest = fs.readdirSync(path.join(outDir, 'search')).find((f) => /^manifest\.[0-9a-f]+\.json$/.test(f));
  if (!manifest) return NaN;
  return JSON.parse(fs.readFileSync(path.join(outDir, 'search', manifest), 'utf8')).stories;
}

export function sitemapStoryUrls(outDir: string): number {
  return fs
    .readdirSync(outDir)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) => [...fs.readFileSync(path.join(outDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]))
    .filter((url) => STORY_URL.test(new URL(url).pathname) && !/\/page\/\d+\/$/.test(url)).length;
}

/** Sizes of the search files; `largest` names the biggest after gzip. */
export function searchIndexSize(outDir: string): { raw: number; gzip: number; files: number; largestGzip: number; largest: string } {
  const dir = path.join(outDir, 'search');
  let raw = 0;
  let gzip = 0;
  let largestGzip = 0;
  let largest = '';
  const json = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  for (const f of json) {
    const bytes = fs.readFileSync(path.join(dir, f));
    const zipped = gzipSync(bytes).length;
    raw += bytes.length;
    gzip += zipped;
    if (zipped > largestGzip) [largestGzip, largest] = [zipped, f];
  }
  return { raw, gzip, files: json.length, largestGzip, largest };
}

export interface SiteCounts {
  storyPages: number;
  searchDocuments: number;
  sitemapStoryUrls: number;
}

export function siteCounts(outDir: string): SiteCounts {
  return {
    storyPages: storyPages(outDir),
    searchDocuments: searchDocuments(outDir),
    sitemapStoryUrls: sitemapStoryUrls(outDir),
  };
}

/** What is wrong when the counts disagree with each other or with the number of stories, or null. */
export function countMismatch(counts: SiteCounts, stories?: number): string | null {
  const all = { ...(stories === undefined ? {} : { 'published stories': stories }), 'story pages': counts.storyPages, 'search documents': counts.searchDocuments, 'sitemap story URLs': counts.sitemapStoryUrls };
  const values = Object.values(all);
  if (values.every((n) => n === values[0])) return null;
  return Object.entries(all).map(([what, n]) => `${what}: ${n}`).join(', ');
}
