// Bytes a reader downloads, gzip level 9, per kind of page of a built archive: the page, its
// stylesheet and the JavaScript it starts (imports and workers included; the search index,
// fetched on demand, is not). Budgets: story HTML + CSS ≤ 40 KB, JavaScript ≤ 15 KB.
//
//   npm run bench:page-weight                     the archive in content/
//   npm run bench:page-weight -- --stories 1000   a generated archive
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { astroBuild, ROOT } from '../tests/helpers/build-site.ts';
import { htmlFiles } from '../tests/helpers/html.ts';
import { pageWeight } from '../tests/helpers/page-weight.ts';
import { generateArchive } from './generate-archive.ts';

const { values } = parseArgs({ options: { stories: { type: 'string' } } });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-weight-'));
try {
  let contentDir = path.join(ROOT, 'content');
  if (values.stories) {
    contentDir = path.join(work, 'content');
    generateArchive(contentDir, Number(values.stories));
  }
  const out = path.join(work, 'dist');
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
  console.log(`\n${values.stories ? `${values.stories} generated stories` : 'content/'}: gzip KB, heaviest page of each kind\n`);
  console.log('| page | pages | HTML | CSS | HTML + CSS | JavaScript |');
  console.log('| --- | --: | --: | --: | --: | --: |');
  for (const [kind, matches] of kinds) {
    const ofKind = files.filter(matches);
    if (ofKind.length === 0) continue;
    const weights = ofKind.map((f) => pageWeight(out, f));
    const heaviest = weights.reduce((a, b) => (b.html + b.css + b.js > a.html + a.css + a.js ? b : a));
    console.log(`| ${kind} | ${ofKind.length} | ${kb(heaviest.html)} | ${kb(heaviest.css)} | ${kb(heaviest.html + heaviest.css)} | ${kb(heaviest.js)} |`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
