// Relevance beside two peers: every query of bench/relevance-queries.json run through three
// engines over the same 295-story corpus site, and for each kind of query success@10 and MRR.
//   Clippings: the built site's /search/ page in headless Chromium (--quick: its engine in Node).
//   Pagefind, default settings: `pagefind --site dist`, queried from a page of the served site.
//   Fuse.js, default options, in Node: new Fuse(stories, { keys: ['title', 'text'] }).
// Prints a markdown table and writes it to bench/RELEVANCE-RESULTS.md; where each engine ranked
// each query's story goes to bench/.work/relevance-ranks.tsv (0: not in the first ten).
//
//   npm run bench:relevance [-- --quick]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fuse from 'fuse.js';
import type { Browser } from 'playwright-core';
import { astroBuild, ROOT, scratchOutDir } from '../tests/helpers/build-site.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveSite } from '../tests/helpers/static-server.ts';
import { htmlToText } from '../src/lib/html-text.ts';
import { storyMarkdownProcessor } from '../src/lib/markdown/pipeline.ts';
import type { SearchStory } from '../src/lib/search/build.ts';
import type { ArchiveSearch } from '../src/lib/search/query.ts';
import { memoryArchive } from '../tests/helpers/search-archive.ts';
import { resultPaths } from './browser-measure.ts';
import { readCorpus, writeCorpusArchive, type CorpusStory } from './generate-archive.ts';
import { QUERIES_FILE, type RelevanceQuery } from './relevance-set.ts';

/** Where the target ranks among the first ten results: 1–10, or 0 when it is not among them. */
export const rankOf = (paths: string[], target: string): number => paths.slice(0, 10).indexOf(target) + 1;

/** success@10 and MRR of a list of ranks, as table cells. */
export function score(ranks: number[]): string {
  const found = ranks.filter((r) => r > 0).length;
  const mrr = ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / ranks.length;
  return `${((100 * found) / ranks.length).toFixed(1)} % | ${mrr.toFixed(3)}`;
}

/** An archive written by `write` and built by astro into a scratch folder: the caller removes `work`, which holds `outDir`, when done. */
export function buildArchive(label: string, write: (contentDir: string) => void): { outDir: string; work: string; seconds: number } {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `clippings-bench-${label}-`));
  const contentDir = path.join(work, 'content');
  write(contentDir);
  const outDir = scratchOutDir();
  const start = Date.now();
  const result = astroBuild(contentDir, outDir);
  fs.rmSync(work, { recursive: true, force: true });
  if (!result.ok) throw new Error(`build of ${label} failed:\n${result.output.slice(-4000)}`);
  return { outDir, work: path.dirname(outDir), seconds: (Date.now() - start) / 1000 };
}

/** Clippings as a reader meets it: each query typed into the served site's /search/ page. */
export async function clippingsRanks(browser: Browser, siteUrl: string, queries: RelevanceQuery[]): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}search/`);
  const ranks: number[] = [];
  for (const q of queries) ranks.push(rankOf(await resultPaths(page, q.query, '/'), q.target));
  await page.close();
  return ranks;
}

/**
 * Clippings' engine in Node, on an index built the way the site builds it (the story rendered,
 * then read back as words), without astro or a browser: quick, and close to the page's results.
 */
export async function archiveSearchInNode(corpus: CorpusStory[] = readCorpus()): Promise<ArchiveSearch> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-quick-'));
  const stories = writeCorpusArchive(dir, corpus)
    .map((s, i) => ({ ...s, date: corpus[i].date }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.sitePath < b.sitePath ? -1 : 1));
  fs.rmSync(dir, { recursive: true, force: true });
  const renderer = await storyMarkdownProcessor().createRenderer({ syntaxHighlight: false, image: { domains: [], remotePatterns: [] } });
  const indexed: SearchStory[] = [];
  for (const s of stories) {
    const text = htmlToText((await renderer.render(s.paragraphs.join('\n\n'))).code);
    indexed.push({ headline: s.title, path: s.sitePath, day: s.date, year: Number(s.date.slice(0, 4)), source: '', topics: [], text });
  }
  // Every file the site writes, each story's whole text too, read by name.
  return memoryArchive(indexed).search;
}

async function quickRanks(queries: RelevanceQuery[]): Promise<number[]> {
  const search = await archiveSearchInNode();
  const ranks: number[] = [];
  for (const q of queries) ranks.push(rankOf((await search.search({ query: q.query, limit: 10 })).stories.map((s) => s.doc.path), q.target));
  return ranks;
}

// A story's page; Pagefind also indexes the home page, listings, topics and the search page.
const STORY_URL = /^\/\d{4}\/\d{2}\/[^/]+\/$/;

/** Pagefind's first ten story pages for each query, from a page of the served site. */
async function pagefindRanks(browser: Browser, siteUrl: string, queries: RelevanceQuery[]): Promise<number[]> {
  // The site's Content-Security-Policy allows no WebAssembly, which Pagefind needs: a site
  // that used Pagefind would allow it.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(siteUrl);
  const ranks: number[] = [];
  for (const q of queries) {
    const paths = await page.evaluate(
      async ({ query, script, storyUrl }) => {
        const pagefind = await import(script);
        await pagefind.init?.();
        const { results } = await pagefind.search(query);
        const stories: string[] = [];
        // Results come best first; their URLs are loaded in small batches until ten are stories.
        for (let at = 0; at < results.length && stories.length < 10; at += 20) {
          const data: { url: string }[] = await Promise.all(results.slice(at, at + 20).map((r: { data(): Promise<{ url: string }> }) => r.data()));
          stories.push(...data.map((d) => d.url).filter((url) => new RegExp(storyUrl).test(url)));
        }
        return stories;
      },
      { query: q.query, script: `${siteUrl}pagefind/pagefind.js`, storyUrl: STORY_URL.source },
    );
    ranks.push(rankOf(paths, q.target));
  }
  await context.close();
  return ranks;
}

/** Fuse.js as its README starts it: default options, the headline and body text as keys, the query as typed. */
function fuseRanks(corpus: CorpusStory[], queries: RelevanceQuery[]): number[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-fuse-'));
  const stories = writeCorpusArchive(dir, corpus).map((s) => ({ path: s.sitePath, title: s.title, text: s.paragraphs.join('\n\n') }));
  fs.rmSync(dir, { recursive: true, force: true });
  const fuse = new Fuse(stories, { keys: ['title', 'text'] });
  return queries.map((q) => rankOf(fuse.search(q.query).map((r) => r.item.path), q.target));
}

const version = (pkg: string): string => JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;

if (import.meta.filename === process.argv[1]) {
  const quick = process.argv.includes('--quick');
  const queries: RelevanceQuery[] = JSON.parse(fs.readFileSync(QUERIES_FILE, 'utf8'));
  const corpus = readCorpus();
  console.error('Building the corpus site…');
  const { outDir, work } = buildArchive('relevance', (dir) => writeCorpusArchive(dir, corpus));
  const pagefind = spawnSync(path.join(ROOT, 'node_modules/.bin/pagefind'), ['--site', outDir], { encoding: 'utf8' });
  if (pagefind.status !== 0) throw new Error(`pagefind failed:\n${pagefind.stdout}\n${pagefind.stderr}`);
  const server = await serveSite(outDir);
  const browser = await launchChromium();
  let ranks: Record<'clippings' | 'pagefind' | 'fuse', number[]>;
  let chromium: string;
  try {
    chromium = browser.version();
    console.error(`Clippings (${quick ? 'in Node' : 'the /search/ page'})…`);
    const clippings = quick ? await quickRanks(queries) : await clippingsRanks(browser, server.url, queries);
    console.error('Pagefind…');
    const pagefindRanked = await pagefindRanks(browser, server.url, queries);
    console.error('Fuse.js…');
    ranks = { clippings, pagefind: pagefindRanked, fuse: fuseRanks(corpus, queries) };
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }

  const row = (label: string, at: number[]) =>
    `| ${label} | ${at.length} | ${score(at.map((i) => ranks.clippings[i]))} | ${score(at.map((i) => ranks.pagefind[i]))} | ${score(at.map((i) => ranks.fuse[i]))} |`;
  const kinds = [...new Set(queries.map((q) => q.kind))];
  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  const report = [
    '# Relevance beside Pagefind and Fuse.js',
    '',
    `Measured by \`npm run bench:relevance${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, Node ${process.version}, ${os.platform()}; ` +
      `headless Chromium ${chromium} (/usr/bin/chromium), Astro ${version('astro')}, Pagefind ${version('pagefind')}, Fuse.js ${version('fuse.js')}.`,
    '',
    `The ${queries.length} queries of bench/relevance-queries.json (made by bench/relevance-set.ts) over the ${corpus.length} stories of tests/fixtures/corpus/wikinews-en.jsonl, built as one site. ` +
      'success@10: the story a query was made from is among the first ten results; MRR: the mean of 1 / its rank, 0 when it is not among the first ten.',
    '',
    '| kind | queries | Clippings s@10 | MRR | Pagefind s@10 | MRR | default Fuse s@10 | MRR |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...kinds.map((kind) => row(kind, queries.flatMap((q, i) => (q.kind === kind ? [i] : [])))),
    row('**all**', queries.map((_, i) => i)),
    '',
    quick
      ? '- **Clippings**: its search engine run in Node (bench/relevance.ts `--quick`), on an index built as the site builds it, 10 results a query.'
      : '- **Clippings**: the built site served on 127.0.0.1, each query typed into its /search/ page in headless Chromium, the links of the results shown read in order.',
    '- **Pagefind**: `pagefind --site dist` with no configuration (it indexes every page\'s `<body>`), then in Chromium on a page of the served site ' +
      "`import('/pagefind/pagefind.js')`, `init()`, `search(query)` and each result's `data().url`. Pagefind ranks every page of the site; only story pages " +
      '(/yyyy/mm/slug/) are counted, the home page, listings, topics and the search page skipped. The site\'s Content-Security-Policy forbids WebAssembly, ' +
      'which Pagefind needs, so that page ignores it (Playwright `bypassCSP`).',
    "- **Fuse.js**: in Node, `new Fuse(stories, { keys: ['title', 'text'] })` with each story's headline and body text and no other option, searched with the query as typed.",
  ].join('\n');
  fs.writeFileSync(path.join(import.meta.dirname, 'RELEVANCE-RESULTS.md'), `${report}\n`);
  const lines = queries.map((q, i) => `${ranks.clippings[i]}\t${ranks.pagefind[i]}\t${ranks.fuse[i]}\t${q.kind}\t${q.query}\t${q.target}`);
  fs.mkdirSync(path.join(import.meta.dirname, '.work'), { recursive: true });
  fs.writeFileSync(path.join(import.meta.dirname, '.work/relevance-ranks.tsv'), `clippings\tpagefind\tfuse\tkind\tquery\ttarget\n${lines.join('\n')}\n`);
  console.log(report);
}
