// Lighthouse on the built archive, in Debian's Chromium: a story page and the search page, with
// Lighthouse's default (mobile, throttled) settings. Prints the four category scores per page as
// a markdown table. Not part of `npm test`: scores are measurements, not pass/fail checks.
//
//   npm run bench:lighthouse                          the 295 Wikinews corpus stories
//   npm run bench:lighthouse -- --archive content     the archive in content/
//   npm run bench:lighthouse -- --archive 1000        1,000 stories generated from the corpus
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { astroBuild, ROOT, scratchOutDir } from '../tests/helpers/build-site.ts';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/helpers/chromium.ts';
import { serveSite } from '../tests/helpers/static-server.ts';
import { archiveFor } from './archive-choice.ts';
import { htmlFiles } from '../tests/helpers/html.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values } = parseArgs({ options: { archive: { type: 'string', default: 'corpus' }, query: { type: 'string', default: 'electon results' } } });

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-lighthouse-'));
const { contentDir, label } = archiveFor(values.archive!, work);
const outDir = scratchOutDir();
const build = astroBuild(contentDir, outDir);
if (!build.ok) throw new Error(`astro build failed:\n${build.output}`);

// A typical story: the story page of median size (the newest may be a stub or a giant).
const storyFiles = htmlFiles(outDir)
  .filter((f) => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f))
  .map((f) => [f, fs.statSync(path.join(outDir, f)).size] as const)
  .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
if (storyFiles.length === 0) throw new Error('the archive has no story page');
const storyPath = `/${storyFiles[Math.floor(storyFiles.length / 2)][0].replace(/index\.html$/, '')}`;
const pages: [string, string][] = [['story', storyPath]];
if (htmlFiles(outDir).includes('search/index.html')) pages.push(['search', `/search/?q=${encodeURIComponent(values.query!)}`]);

const server = await serveSite(outDir);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS });
const rows: string[] = [];
try {
  for (const [name, sitePath] of pages) {
    const url = new URL(sitePath.slice(1), server.url).href;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
    rows.push(`| ${name} | \`${sitePath}\` | ${scores.join(' | ')} |`);
    // What cost points, so a score below 100 says where to look.
    for (const category of CATEGORIES) {
      for (const ref of categories[category]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.error(`  ${name} · ${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
}

const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version;
console.log(`\nLighthouse ${version} (mobile defaults) in ${chromiumPath()}, ${label}\n`);
console.log('| page | address | performance | accessibility | best practices | SEO |');
console.log('| --- | --- | --: | --: | --: | --: |');
for (const row of rows) console.log(row);
