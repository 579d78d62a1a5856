// Pictures benchmark: an archive whose stories carry photographs (a lead picture each, and more
// stories with pictures in their text) built beside the same archive without them, and the
// weight and Lighthouse score of a story page with its lead picture on a 375-pixel phone.
//
//   npm run bench:pictures                              5,000 stories with a lead picture, 1,000 with two in the text
//   npm run bench:pictures -- --lead 500 --body 100     smaller
//   npm run bench:pictures -- --runs 3                  the cached builds three times, alternating, medians
//
// The photographs are made here: distinct 3,000 × 2,000 JPEGs of 1–3 MB with the grain and
// smooth light of photographs (windows of a few large generated frames, each shifted and tinted,
// so no two files are alike and the image service cannot reuse one file's sizes for another).
// Rows: a cold build (empty caches, as on a new machine); a build with `--force` (every page
// rendered again, the picture sizes already made, as after a code change); and a rebuild with
// nothing changed. Writes bench/PICTURES-RESULTS.md. Never run by `npm test`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { cacheDirFor } from '../src/lib/content-dir.ts';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/helpers/chromium.ts';
import { serveSite } from '../tests/helpers/static-server.ts';
import { generateArchive, random } from './generate-archive.ts';
import { measure, type Measured } from './measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const WORK = path.join(ROOT, 'bench/.work');

const { values } = parseArgs({
  options: {
    lead: { type: 'string', default: '5000' },
    body: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench/PICTURES-RESULTS.md' },
  },
});
const LEAD = Number(values.lead);
const BODY = Number(values.body);
const RUNS = Math.max(1, Number(values.runs));

// ---- the archives ----

const FRAME = { width: 3600, height: 2400 };
const PHOTO = { width: 3000, height: 2000 };

/** A large photograph-like frame: light falling from the top, rolling shapes, grain. */
function frame(seed: number): Buffer {
  const next = random(seed);
  const { width, height } = FRAME;
  const pixels = Buffer.alloc(width * height * 3);
  const tint = [0.8 + next() * 0.2, 0.8 + next() * 0.2, 0.8 + next() * 0.2];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const light = 0.3 + 0.55 * (1 - y / height) + 0.15 * Math.sin(x / (30 + seed) + Math.sin(y / 47) * 3) * Math.cos(y / (23 + seed));
      const grain = (next() - 0.5) * 0.22;
      for (let c = 0; c < 3; c++) pixels[(y * width + x) * 3 + c] = Math.max(0, Math.min(255, Math.round(255 * (light + grain) * tint[c])));
    }
  }
  return pixels;
}

async function writePhotos(files: string[]): Promise<number[]> {
  const frames = [1, 2, 3, 4].map(frame);
  const sizes: number[] = [];
  let next = 0;
  const work = async () => {
    while (next < files.length) {
      const i = next++;
      const raw = frames[i % frames.length];
      await sharp(raw, { raw: { ...FRAME, channels: 3 } })
        .extract({ left: (i * 37) % (FRAME.width - PHOTO.width), top: (i * 23) % (FRAME.height - PHOTO.height), ...PHOTO })
        .modulate({ hue: (i * 7) % 360, brightness: 0.9 + ((i * 13) % 20) / 100 })
        .jpeg({ quality: 90 })
        .toFile(files[i]);
      sizes[i] = fs.statSync(files[i]).size;
    }
  };
  await Promise.all(Array.from({ length: os.availableParallelism() }, work));
  return sizes;
}

/** A generated story's file, from its address (/yyyy/mm/slug/ is stories/yyyy/slug.md). */
const storyFile = (dir: string, sitePath: string) => {
  const [year, , slug] = sitePath.split('/').filter(Boolean);
  return path.join(dir, 'stories', year, `${slug}.md`);
};

async function makeArchives(plain: string, pictured: string): Promise<{ photos: number; bytes: number[]; leadPages: string[] }> {
  const written = generateArchive(plain, LEAD + BODY);
  fs.cpSync(plain, pictured, { recursive: true });
  const photos: string[] = [];
  const edits: (() => void)[] = [];
  written.forEach(({ sitePath }, i) => {
    const file = storyFile(pictured, sitePath);
    const stem = file.replace(/\.md$/, '');
    const text = fs.readFileSync(file, 'utf8');
    if (i < LEAD) {
      photos.push(`${stem}.jpg`);
      const fields = `image: ./${path.basename(stem)}.jpg\nimageAlt: A street scene on the day of the story\nimageCaption: The scene that morning.\nimageCredit: "Photo: Clippings benchmark"\n`;
      edits.push(() => fs.writeFileSync(file, text.replace(/\n---\n/, `\n${fields}---\n`)));
    } else {
      photos.push(`${stem}-a.jpg`, `${stem}-b.jpg`);
      const pictures = `\n\n![A crowd outside the hall](./${path.basename(stem)}-a.jpg "Outside the hall. Photo: Clippings benchmark")\n\n![The hall from the river](./${path.basename(stem)}-b.jpg)\n\n`;
      edits.push(() => fs.writeFileSync(file, text.replace(/\n---\n\n([^\n]+)\n\n/, (_, first) => `\n---\n\n${first}${pictures}`)));
    }
  });
  for (const edit of edits) edit();
  const bytes = await writePhotos(photos);
  return { photos: photos.length, bytes, leadPages: written.slice(0, LEAD).map(({ sitePath }) => sitePath) };
}

// ---- builds ----

function build(contentDir: string, outDir: string, compileCache: string, force = false): Promise<Measured> {
  const env = { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NODE_ENV: 'production', NODE_COMPILE_CACHE: compileCache };
  return measure(NODE, [ASTRO, 'build', '--outDir', outDir, ...(force ? ['--force'] : [])], env, ROOT);
}

function checked(result: Measured, what: string): Measured {
  if (!result.ok) throw new Error(`${what} failed:\n${result.output.slice(-4000)}`);
  return result;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];

// ---- the story page on a phone ----

/** Bytes a 375-pixel phone downloads for a story page, by kind, as the test server sends them (no compression). */
async function storyWeight(outDir: string, sitePath: string): Promise<{ total: number; pictures: number; chosen: string }> {
  const server = await serveSite(outDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 });
    const sizes: { type: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      sizes.push({ type: response.request().resourceType(), bytes: body.length });
    });
    await page.goto(new URL(sitePath.slice(1), server.url).href, { waitUntil: 'networkidle' });
    const chosen = await page.$eval('.lead-image img', (img) => (img as HTMLImageElement).currentSrc.split('/').pop() ?? '');
    return { total: sizes.reduce((sum, s) => sum + s.bytes, 0), pictures: sizes.filter((s) => s.type === 'image').reduce((sum, s) => sum + s.bytes, 0), chosen };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function lighthouseScore(outDir: string, sitePath: string): Promise<{ score: number; lcp: string; cls: string }> {
  const server = await serveSite(outDir);
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS });
  try {
    const result = await lighthouse(new URL(sitePath.slice(1), server.url).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = result!.lhr;
    return { score: Math.round((lhr.categories.performance.score ?? 0) * 100), lcp: lhr.audits['largest-contentful-paint'].displayValue ?? '', cls: lhr.audits['cumulative-layout-shift'].displayValue ?? '' };
  } finally {
    chrome.kill();
    await server.close();
  }
}

// ---- run ----

fs.mkdirSync(WORK, { recursive: true });
const work = fs.mkdtempSync(path.join(WORK, 'pictures-'));
const plain = path.join(work, 'plain');
const pictured = path.join(work, 'pictured');
console.error(`making ${LEAD + BODY} stories and their photographs in ${work}…`);
const made = await makeArchives(plain, pictured);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
console.error(`${made.photos} photographs, ${mb(Math.min(...made.bytes))}–${mb(Math.max(...made.bytes))} MB each, ${mb(made.bytes.reduce((a, b) => a + b, 0))} MB in all`);

type Row = { cold: Measured[]; force: Measured[]; none: Measured[] };
const rows: Record<'plain' | 'pictured', Row> = { plain: { cold: [], force: [], none: [] }, pictured: { cold: [], force: [], none: [] } };
const outDirs = { plain: path.join(work, 'out-plain'), pictured: path.join(work, 'out-pictured') };
// The cold build once (its cost is making every picture's sizes, minutes per hundred photographs);
// the cached builds `--runs` times, alternating between the two archives.
const compileCaches = { plain: fs.mkdtempSync(path.join(work, 'compile-cache-')), pictured: fs.mkdtempSync(path.join(work, 'compile-cache-')) };
for (let run = 0; run < RUNS; run++) {
  for (const kind of ['plain', 'pictured'] as const) {
    const dir = kind === 'plain' ? plain : pictured;
    const compileCache = compileCaches[kind];
    if (run === 0) {
      fs.rmSync(cacheDirFor(dir, ROOT), { recursive: true, force: true });
      fs.rmSync(outDirs[kind], { recursive: true, force: true });
      console.error(`${kind}: cold…`);
      rows[kind].cold.push(checked(await build(dir, outDirs[kind], compileCache), `${kind} cold build`));
    }
    console.error(`run ${run + 1}: ${kind}: --force…`);
    rows[kind].force.push(checked(await build(dir, outDirs[kind], compileCache, true), `${kind} --force build`));
    console.error(`run ${run + 1}: ${kind}: nothing changed…`);
    rows[kind].none.push(checked(await build(dir, outDirs[kind], compileCache), `${kind} rebuild`));
  }
}

// The story page of median size among those with a lead picture.
const leadPages = made.leadPages
  .filter((sitePath) => fs.existsSync(path.join(outDirs.pictured, sitePath, 'index.html')))
  .sort((a, b) => fs.statSync(path.join(outDirs.pictured, a, 'index.html')).size - fs.statSync(path.join(outDirs.pictured, b, 'index.html')).size);
const storyPath = leadPages[Math.floor(leadPages.length / 2)];
const weight = await storyWeight(outDirs.pictured, storyPath);
const score = await lighthouseScore(outDirs.pictured, storyPath);

const s = (m: Measured[], key: 'wallMs' | 'cpuMs') => median(m.map((x) => x[key])) / 1000;
const gb = (m: Measured[]) => median(m.map((x) => x.peakRssBytes)) / 1e9;
const lines = [
  `# Pictures benchmark`,
  '',
  `\`npm run bench:pictures -- --lead ${LEAD} --body ${BODY} --runs ${RUNS}\` on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${new Date().toISOString().slice(0, 10)}.`,
  `${LEAD + BODY} stories: ${LEAD} with a lead picture, ${BODY} with two pictures in the text; ${made.photos} photographs of ${PHOTO.width} × ${PHOTO.height}, ${mb(Math.min(...made.bytes))}–${mb(Math.max(...made.bytes))} MB each. The same stories without pictures beside them.` +
    (RUNS > 1 ? ` The cold builds once; the others medians of ${RUNS} runs, alternating.` : ' One run each.'),
  '',
  '| build | without pictures | with pictures | × without | CPU without | CPU with | peak RSS without | peak RSS with |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...(
    [
      ['cold (empty caches)', 'cold'],
      ['`--force` (pages again, picture sizes cached)', 'force'],
      ['nothing changed', 'none'],
    ] as const
  ).map(
    ([label, key]) =>
      `| ${label} | ${s(rows.plain[key], 'wallMs').toFixed(1)} s | ${s(rows.pictured[key], 'wallMs').toFixed(1)} s | ${(s(rows.pictured[key], 'wallMs') / s(rows.plain[key], 'wallMs')).toFixed(2)} | ${s(rows.plain[key], 'cpuMs').toFixed(1)} s | ${s(rows.pictured[key], 'cpuMs').toFixed(1)} s | ${gb(rows.plain[key]).toFixed(2)} GB | ${gb(rows.pictured[key]).toFixed(2)} GB |`,
  ),
  '',
  `A story page with its lead picture (\`${storyPath}\`, the median size among them) on a 375-pixel phone at 2× (Chromium, playwright-core): ${(weight.total / 1024).toFixed(0)} KB downloaded, ${(weight.pictures / 1024).toFixed(0)} KB of it pictures (the lead picture file chosen: \`${weight.chosen}\`); the test server sends files uncompressed.`,
  `Lighthouse performance (mobile defaults): ${score.score} (LCP ${score.lcp}, CLS ${score.cls}).`,
  '',
];
fs.writeFileSync(path.resolve(ROOT, values.out!), lines.join('\n'));
console.log(lines.join('\n'));
fs.rmSync(work, { recursive: true, force: true });
for (const dir of [plain, pictured]) fs.rmSync(cacheDirFor(dir, ROOT), { recursive: true, force: true });
