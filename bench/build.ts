// Build benchmark: generates archives of 1,000, 10,000 and 20,000 stories (and 100,000 with
// --full), builds each with `astro build --outDir`, and prints a markdown table of what it cost,
// beside a bare Astro site with one page per story built from the same folder (the floor).
// Then rebuilds, each from the build before it: nothing changed, a new newest story, a back-dated
// story, one story edited, one deleted (pages rendered against pages kept).
//
//   npm run bench                      1k, 10k, 20k
//   npm run bench -- --full            and 100k
//   npm run bench -- --sizes 2000,5000
//   npm run bench -- --sizes 100000 --cold-only --out bench/RESULTS-100k.md
//                                     only the cold build of the full site (the others are
//                                     then left blank), written to another file
//   npm run bench -- --runs 3          cold builds of the site and the bare site three times
//                                     each, alternating, and their medians in the table
//
// Writes bench/RESULTS.md. Never run by `npm test`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheDirFor } from '../src/lib/content-dir.ts';
import { generateArchive } from './generate-archive.ts';
import { measure, type Measured } from './measure.ts';
import { countMismatch, dirSize, searchIndexSize, siteCounts } from '../src/lib/site-counts.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
// Inside the project: Astro keeps a build's staging files apart only for output under the
// working folder (see tests/helpers/build-site.ts).
const WORK = path.join(ROOT, 'bench/.work');

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const coldOnly = process.argv.includes('--cold-only');
const runs = Math.max(1, Number(argValue('--runs') ?? 1));
const reportFile = path.resolve(ROOT, argValue('--out') ?? 'bench/RESULTS.md');
const sizes = argValue('--sizes')?.split(',').map(Number) ?? [1_000, 10_000, 20_000, ...(process.argv.includes('--full') ? [100_000] : [])];

/**
 * A new, empty folder for Node's compiled code (Astro turns Node's compile cache on; by default it
 * lives in the temp folder). A cold build gets one, as on a new machine; the rebuilds after it
 * share the last cold build's, as on the machine that built it (a CI runner starts with none).
 */
function emptyCompileCache(): string {
  fs.mkdirSync(WORK, { recursive: true });
  return fs.mkdtempSync(path.join(WORK, 'compile-cache-'));
}

function env(contentDir: string, compileCache: string): NodeJS.ProcessEnv {
  return { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NODE_ENV: 'production', NODE_COMPILE_CACHE: compileCache };
}

function build(contentDir: string, outDir: string, compileCache: string, bare = false): Promise<Measured> {
  const args = [ASTRO, 'build', '--outDir', outDir, ...(bare ? ['--root', path.join(ROOT, 'bench/bare-site')] : [])];
  return measure(NODE, args, env(contentDir, compileCache), ROOT);
}

function assertBuilt(what: string, run: Measured): Measured {
  if (!run.ok) throw new Error(`${what} failed:\n${run.output.slice(-4000)}`);
  return run;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const gb = (bytes: number) => (bytes / 1024 ** 3).toFixed(2);

interface Row {
  stories: number;
  pages: number;
  /** The median of the cold runs, and every run. */
  cold: Measured;
  colds: Measured[];
  bares: Measured[];
  warm?: Rebuild;
  oneMore?: Rebuild;
  oneOlder?: Rebuild;
  edited?: Rebuild;
  deleted?: Rebuild;
  bare?: Measured;
  distBytes: number;
  index: ReturnType<typeof searchIndexSize>;
  counts: string;
}

/** A rebuild from the last build's cache and site, and how many of its paths it rendered or kept. */
interface Rebuild {
  run: Measured;
  rendered: number;
  kept: number;
}

function rebuild(what: string, run: Measured): Rebuild {
  assertBuilt(what, run);
  // Astro lists every path it writes; one it kept in place ends "(cached)", one copied back "(restored)".
  const paths = run.output.split('\n').filter((line) => line.includes('├─'));
  const kept = paths.filter((line) => /\((?:cached|restored)\)/.test(line)).length;
  return { run, rendered: paths.length - kept, kept };
}

function median(runs: Measured[]): Measured {
  const mid = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const m = sorted.length >> 1;
    return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  };
  return {
    ok: runs.every((r) => r.ok),
    wallMs: mid(runs.map((r) => r.wallMs)),
    cpuMs: mid(runs.map((r) => r.cpuMs)),
    peakRssBytes: mid(runs.map((r) => r.peakRssBytes)),
    output: runs[0].output,
  };
}

async function benchOne(stories: number): Promise<Row> {
  const contentDir = path.join(WORK, `archive-${stories}`);
  const outDir = path.join(WORK, `site-${stories}`);
  const bareOut = path.join(WORK, `bare-${stories}`);
  fs.rmSync(contentDir, { recursive: true, force: true });
  generateArchive(contentDir, stories);
  const clear = (...dirs: string[]) => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  // Cold builds of the site and of the bare site take turns, so both meet the machine in the
  // same state (a shared machine's speed drifts by tens of percent over minutes).
  const colds: Measured[] = [];
  const bares: Measured[] = [];
  let site: Pick<Row, 'pages' | 'distBytes' | 'index' | 'counts'> | undefined;
  let siteCache = '';
  for (let run = 1; run <= runs; run++) {
    const of = runs > 1 ? ` (run ${run} of ${runs})` : '';
    clear(outDir, cacheDirFor(contentDir, ROOT), siteCache);
    siteCache = emptyCompileCache();
    console.error(`· ${stories} stories: full site, cold${of}`);
    const cold = assertBuilt('cold build', await build(contentDir, outDir, siteCache));
    colds.push(cold);
    if (!site) {
      const mismatch = countMismatch(siteCounts(outDir), stories);
      site = {
        pages: Number(/(\d+) page\(s\) built/.exec(cold.output)?.[1] ?? NaN),
        distBytes: dirSize(outDir),
        index: searchIndexSize(outDir),
        counts: mismatch ? `MISMATCH: ${mismatch}` : `ok (${stories.toLocaleString('en')} each)`,
      };
    }
    if (coldOnly) continue;
    clear(bareOut, cacheDirFor(`${contentDir}#bare`, ROOT));
    console.error(`· ${stories} stories: bare Astro site, cold${of}`);
    const bareCache = emptyCompileCache();
    bares.push(assertBuilt('bare build', await build(contentDir, bareOut, bareCache, true)));
    clear(bareOut, bareCache);
  }
  const row = { stories, ...site!, cold: median(colds), colds, bares, bare: bares.length ? median(bares) : undefined };
  if (coldOnly) {
    clear(outDir, siteCache);
    return row;
  }
  // These start from the last cold build's cache and site, each from the one before it.
  console.error(`· ${stories} stories: full site, nothing changed`);
  const warm = rebuild('warm build', await build(contentDir, outDir, siteCache));
  // Today's story, newer than every generated one (they run to 2025), as a newsroom adds them.
  console.error(`· ${stories} stories: full site, one story added`);
  const extra = path.join(contentDir, 'stories', 'added-story-for-the-benchmark.md');
  fs.writeFileSync(extra, '---\ntitle: One more story\ndate: "2026-01-15"\ntags:\n  - weather\n---\n\nA story added after the first build.\n');
  const oneMore = rebuild('build after adding a story', await build(contentDir, outDir, siteCache));
  // A story from the past, filed among the others (as an import of old pages does).
  console.error(`· ${stories} stories: full site, one back-dated story added`);
  const backDated = path.join(contentDir, 'stories', 'back-dated-story-for-the-benchmark.md');
  fs.writeFileSync(backDated, '---\ntitle: One more old story\ndate: "2011-05-05"\ntags:\n  - weather\n---\n\nA story from the past added after the first build.\n');
  const oneOlder = rebuild('build after adding a back-dated story', await build(contentDir, outDir, siteCache));
  console.error(`· ${stories} stories: full site, one story edited`);
  const storyFiles = fs.readdirSync(path.join(contentDir, 'stories'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).sort();
  const edit = path.join(contentDir, 'stories', storyFiles[Math.floor(storyFiles.length / 2)]);
  fs.writeFileSync(edit, fs.readFileSync(edit, 'utf8').replace(/^title: .*$/m, 'title: A headline written again').replace(/\n\n(\S+)/, '\n\nChanged $1'));
  const edited = rebuild('build after editing a story', await build(contentDir, outDir, siteCache));
  console.error(`· ${stories} stories: full site, one story deleted`);
  fs.rmSync(path.join(contentDir, 'stories', storyFiles[Math.floor(storyFiles.length / 3)]));
  const deleted = rebuild('build after deleting a story', await build(contentDir, outDir, siteCache));
  fs.rmSync(extra);
  fs.rmSync(backDated);
  clear(outDir, siteCache);
  return { ...row, warm, oneMore, oneOlder, edited, deleted };
}

/** Every cold run's wall time, when there was more than one. */
function runLines(rows: Row[]): string[] {
  const walls = (runs: Measured[]) => runs.map((r) => seconds(r.wallMs)).join(', ');
  return rows
    .filter((r) => r.colds.length > 1)
    .map((r) => `- ${r.stories.toLocaleString('en')} stories, cold wall times in run order: site ${walls(r.colds)} s; bare ${walls(r.bares)} s`);
}

function table(rows: Row[]): string {
  const lines = [
    '| stories | pages written | wall (cold) | ms / story | CPU | peak RSS | bare Astro wall / RSS | × bare (time / memory) | dist | search index raw / gzip (files, largest gzip: kind) | count check |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows) {
    const bare = r.bare ? `${seconds(r.bare.wallMs)} s / ${gb(r.bare.peakRssBytes)} GB` : '–';
    const ratio = r.bare ? `${(r.cold.wallMs / r.bare.wallMs).toFixed(2)} / ${(r.cold.peakRssBytes / r.bare.peakRssBytes).toFixed(2)}` : '–';
    lines.push(
      `| ${r.stories.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${seconds(r.cold.wallMs)} s | ${(r.cold.wallMs / r.stories).toFixed(2)} | ${seconds(r.cold.cpuMs)} s | ${gb(r.cold.peakRssBytes)} GB | ${bare} | ${ratio} | ${mb(r.distBytes)} MB | ${mb(r.index.raw)} MB / ${mb(r.index.gzip)} MB (${r.index.files}, ${(r.index.largestGzip / 1024).toFixed(0)} KB: ${r.index.largest.split('.')[0]}) | ${r.counts} |`,
    );
  }
  const rebuilt = rows.filter((r) => r.warm);
  if (rebuilt.length === 0) return lines.join('\n');
  lines.push(
    '',
    'Rebuilds, each from the build before it (incremental: a page whose data and code are unchanged is kept, not rendered):',
    '',
    '| stories | change | wall | × cold | CPU | peak RSS | paths rendered | paths kept |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of rebuilt) {
    const changes: [string, Rebuild | undefined][] = [['none', r.warm], ['+1 story (newest)', r.oneMore], ['+1 story (back-dated)', r.oneOlder], ['1 story edited', r.edited], ['1 story deleted', r.deleted]];
    for (const [change, b] of changes) {
      if (!b) continue;
      lines.push(`| ${r.stories.toLocaleString('en')} | ${change} | ${seconds(b.run.wallMs)} s | ${(b.run.wallMs / r.cold.wallMs).toFixed(2)} | ${seconds(b.run.cpuMs)} s | ${gb(b.run.peakRssBytes)} GB | ${b.rendered.toLocaleString('en')} | ${b.kept.toLocaleString('en')} |`);
    }
  }
  return lines.join('\n');
}

const rows: Row[] = [];
for (const stories of sizes) rows.push(await benchOne(stories));
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`;
const report = [
  '# Build benchmark',
  '',
  `Measured by \`npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.`,
  'Wall and CPU time and peak RSS are of the whole `astro build` process tree, sampled from /proc every 100 ms.',
  'The bare site (bench/bare-site) is Astro with one page per story from the same folder and nothing else.',
  ...(runs > 1 ? [`Cold builds of the site and the bare site ran ${runs} times each, taking turns; the table gives their medians.`] : []),
  '',
  table(rows),
  '',
  ...runLines(rows),
  ...(runLines(rows).length ? [''] : []),
].join('\n');
console.log([table(rows), ...runLines(rows)].join('\n'));
fs.writeFileSync(reportFile, report);
console.error(`saved ${path.relative(ROOT, reportFile)}`);
