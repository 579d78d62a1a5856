// Bytes a reader downloads, gzip level 9, per kind of page of a built archive: the page, its
// stylesheet and the JavaScript it starts (imports and workers included; the search index,
// fetched on demand, is not), beside the budgets of tests/helpers/page-weight.ts.
//
//   npm run bench:page-weight                        the 295 Wikinews corpus stories
//   npm run bench:page-weight -- --archive content   the archive in content/ (or a number)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { astroBuild, scratchOutDir } from '../tests/helpers/build-site.ts';
import { htmlFiles } from '../tests/helpers/html.ts';
import { BUDGET_KB, pageWeight } from '../tests/helpers/page-weight.ts';
import { archiveFor } from './archive-choice.ts';

const { values } = parseArgs({ options: { archive: { type: 'string', default: 'corpus' } } });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-weight-'));
const out = scratchOutDir();
try {
  const { contentDir, label } = archiveFor(values.archive!, work);
  const build = astroBuild(contentDir, out);
  if (!build.ok) throw new Error(`astro build failed:\n${build.output}`);

  const files = htmlFiles(out);
  const kinds: [string, (f: string) => boolean][] = [
    ['story', (f) => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f) && !/\/page\/index\.html$/.test(f)],
    ['home', (f) => f === 'index.html'],
    ['archive', (f) => f === 'archive/index.html'],
    ['month', (f) => /^\d{4}\/\d{2}\/index\.html$/.test(f)],
    ['topic', (f) => /^topics\/(?!page\/|by-count\/)[^/]+\/index\.html$/.test(f)],
    ['search', (f) => f === 'search/index.html'],
  ];
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(`\n${label}: gzip KB per kind of page (budget: story HTML + CSS ${BUDGET_KB.storyHtmlCss}, JavaScript ${BUDGET_KB.script})\n`);
  console.log('| page | pages | HTML + CSS, median | HTML + CSS, heaviest | of which CSS | JavaScript, heaviest |');
  console.log('| --- | --: | --: | --: | --: | --: |');
  for (const [kind, matches] of kinds) {
    const ofKind = files.filter(matches);
    if (ofKind.length === 0) continue;
    const weights = ofKind.map((f) => pageWeight(out, f)).sort((a, b) => a.html + a.css - (b.html + b.css));
    const median = weights[Math.floor(weights.length / 2)];
    const heaviest = weights.at(-1)!;
    const js = Math.max(...weights.map((w) => w.js));
    console.log(`| ${kind} | ${ofKind.length} | ${kb(median.html + median.css)} | ${kb(heaviest.html + heaviest.css)} | ${kb(heaviest.css)} | ${kb(js)} |`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
}
