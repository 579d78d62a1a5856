// Search benchmark: builds generated archives of 1,000 and 10,000 stories (and 100,000 with
// --full), then in headless Chromium measures index size, bytes before the first result, time
// to first result and keystroke latency; and relevance on the real corpus. Prints a markdown
// table and saves it to bench/SEARCH-RESULTS.md.
//
//   npm run bench:search [-- --full] [-- --sizes 1000,10000] [-- --skip-relevance]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { searchIndexSize } from '../src/lib/site-counts.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveSite } from '../tests/helpers/static-server.ts';
import { firstResult, percentile, typing } from './browser-measure.ts';
import { generateArchive, readCorpus, writeCorpusArchive } from './generate-archive.ts';
import { buildArchive, clippingsRanks, score } from './relevance.ts';
import { QUERIES_FILE, type QueryKind, type RelevanceQuery } from './relevance-set.ts';

const args = process.argv.slice(2);
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '';
const keep = args.includes('--keep');
const sizes = sizesArg ? sizesArg.split(',').map(Number) : args.includes('--full') ? [1000, 10000, 100000] : [1000, 10000];
const relevanceOnly = args.includes('--relevance-only');
const skipRelevance = args.includes('--skip-relevance');

const queries: RelevanceQuery[] = JSON.parse(fs.readFileSync(QUERIES_FILE, 'utf8'));
// Typing set: the first 20 queries of each kind, as readers would type them.
const kinds: QueryKind[] = ['misspelt headline', 'prefix', 'body detail'];
const typed = kinds.flatMap((kind) => queries.filter((q) => q.kind === kind).slice(0, 20).map((q) => q.query));
const coldQueries = ['deportaton chicgo', typed[0], typed[25], typed[45], 'immigr'];

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 0 })} KB`;
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const median = (values: number[]) => percentile(values, 50);

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
function writeReport(): string {
  const report = [
  '# Search benchmark',
  '',
  `Measured by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)}: ${machine}, headless Chromium (/usr/bin/chromium).`,
  'Archives are generated deterministically from tests/fixtures/corpus/wikinews-en.jsonl (bench/generate-archive.ts).',
  '',
  ...(rows.length
    ? [
        '| stories | index files | index on disk | index gzip (all) | largest file gzip | gzip before first result | open /search/?q= → results | keystroke p50 | keystroke p95 | keystrokes | long tasks | build |',
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...rows,
        '',
        `Bytes before first result: everything the browser fetched (HTML, CSS, scripts, worker, index files), gzip-compressed, median of ${coldQueries.length} cold loads (fresh profile) of /search/?q=…; time is from the start of navigation to the results on the page, measured in the page. Keystrokes: ${typed.length} queries typed letter by letter on one page, each letter timed from the input event to its results on the page. Long tasks: main-thread tasks over 50 ms while typing.`,
        '',
      ]
    : []),
  ...(relevanceRows.length
    ? [
        `Relevance on the ${queries.length} queries of bench/relevance-queries.json over the 295 corpus stories, run through the /search/ page:`,
        '',
        '| kind | queries | success@10 | MRR |',
        '|---|---:|---:|---:|',
        ...relevanceRows,
        '',
      ]
    : []),
].join('\n');
  // Written after every archive, so a long run that stops part-way keeps what it measured.
  fs.writeFileSync(path.join(import.meta.dirname, 'SEARCH-RESULTS.md'), `${report}\n`);
  return report;
}

const rows: string[] = [];
const relevanceRows: string[] = [];
const browser = await launchChromium();
try {
  const corpus = readCorpus();
  if (!relevanceOnly) {
    for (const size of sizes) {
      console.error(`\n${size.toLocaleString('en')} stories: generating and building…`);
      let built: ReturnType<typeof buildArchive>;
      try {
        built = buildArchive(`${size}`, (dir) => generateArchive(dir, size, corpus));
      } catch (error) {
        console.error(String(error).slice(-2000));
        rows.push(`| ${size.toLocaleString('en')} | build failed: ${String(error).split('\n')[0].slice(0, 120)} |`);
        writeReport();
        continue;
      }
      const { outDir, work, seconds } = built;
      const index = searchIndexSize(outDir);
      const server = await serveSite(outDir);
      try {
        console.error(`  built in ${seconds.toFixed(0)} s; measuring in Chromium…`);
        const cold = [];
        for (const query of coldQueries) cold.push(await firstResult(browser, server.url, outDir, query));
        const { keystrokes, longTasks } = await typing(browser, server.url, typed);
        rows.push(
          `| ${size.toLocaleString('en')} | ${index.files.toLocaleString('en')} | ${kb(index.raw)} | ${kb(index.gzip)} | ${kb(index.largestGzip)} | ` +
            `${kb(median(cold.map((c) => c.gzipBytes)))} (max ${kb(Math.max(...cold.map((c) => c.gzipBytes)))}) | ` +
            `${ms(median(cold.map((c) => c.ms)))} | ${ms(median(keystrokes))} | ${ms(percentile(keystrokes, 95))} | ${keystrokes.length} | ${longTasks} | ${seconds.toFixed(0)} s |`,
        );
        console.error(`  ${rows.at(-1)}`);
        writeReport();
      } finally {
        await server.close();
        if (keep) console.error(`  kept ${outDir}`);
        else fs.rmSync(work, { recursive: true, force: true });
      }
    }
  }

  if (!skipRelevance) {
    console.error('\nRelevance: building the corpus archive…');
    const { outDir, work } = buildArchive('corpus', (dir) => writeCorpusArchive(dir, corpus));
    const server = await serveSite(outDir);
    try {
      const ranks = await clippingsRanks(browser, server.url, queries);
      const misses = queries.flatMap((q, i) => (ranks[i] ? [] : [`${q.kind}: "${q.query}" → ${q.target}`]));
      const line = (label: string, at: number[]) => `| ${label} | ${at.length} | ${score(at.map((i) => ranks[i]))} |`;
      for (const kind of new Set(queries.map((q) => q.kind))) relevanceRows.push(line(kind, queries.flatMap((q, i) => (q.kind === kind ? [i] : []))));
      relevanceRows.push(line('**all**', queries.map((_, i) => i)));
      fs.writeFileSync(path.join(import.meta.dirname, '.relevance-misses.txt'), `${misses.join('\n')}\n`);
      writeReport();
    } finally {
      await server.close();
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}

console.log(writeReport());
