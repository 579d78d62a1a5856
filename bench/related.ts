// What related stories cost a build (src/lib/related.ts with similar/similar-stories.ts): the
// index over every story's names and words, and five related stories for each story, at archive
// sizes up to 20,000 stories made from the corpus (bench/generate-archive.ts), median of runs.
// Also the time to pick each story's words (similar/story-terms.ts), which happens where the
// story is rendered and is kept between builds.
//
//   npm run bench:related
//   npm run bench:related -- --runs 5 --sizes 1000,20000
//
// Writes bench/RELATED-RESULTS.md. Never run by `npm test`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildRelatedIndex } from '../src/lib/related.ts';
import { storyTerms } from '../src/lib/similar/story-terms.ts';
import type { Story } from '../src/lib/story.ts';
import { random, readCorpus } from './generate-archive.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, sizes: { type: 'string', default: '1000,5000,20000' }, out: { type: 'string', default: 'bench/RELATED-RESULTS.md' } },
});
const RUNS = Math.max(1, Number(values.runs));
const SIZES = values.sizes.split(',').map(Number);
const TOPICS = ['politics', 'elections', 'health', 'science', 'weather', 'sport', 'economy', 'crime', 'courts', 'transport', 'education', 'environment'];

/** `count` stories as the build has them: a corpus story's headline and opening, paragraphs from others, topics. */
function stories(count: number): { list: Story[]; termMs: number } {
  const next = random(2025);
  const corpus = readCorpus().filter((s) => s.paragraphs.length > 0);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
  const list: Story[] = [];
  let termMs = 0;
  for (let i = 0; i < count; i++) {
    const base = corpus[i % corpus.length];
    const paragraphs = [...base.paragraphs.slice(0, 2), ...Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(pick(corpus).paragraphs))];
    const html = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
    const start = performance.now();
    const terms = storyTerms(base.title, html);
    termMs += performance.now() - start;
    list.push({ id: String(i), title: base.title, published: i, tags: [pick(TOPICS)], people: [], places: [], organisations: [], terms } as unknown as Story);
  }
  return { list, termMs };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];
const rows: string[] = [];
for (const size of SIZES) {
  const { list, termMs } = stories(size);
  const times: number[] = [];
  let found = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const index = buildRelatedIndex(list);
    found = 0;
    for (const story of list) found += index.relatedTo(story).length;
    times.push(performance.now() - start);
  }
  const ms = median(times);
  rows.push(`| ${size.toLocaleString('en')} | ${(ms / 1000).toFixed(2)} s | ${((ms / size) * 1000).toFixed(0)} µs | ${(found / size).toFixed(2)} | ${(termMs / size).toFixed(2)} ms |`);
  console.error(`${size}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
}

const lines = [
  '# Related stories benchmark',
  '',
  `\`npm run bench:related -- --runs ${RUNS}\` on ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
  'Stories made from the English corpus as bench/generate-archive.ts makes them, each with one of 12 topics. Median of the runs.',
  '',
  '| stories | index and five related for every story | per story | related per story | picking a story\'s words (at render, kept) |',
  '| ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
];
fs.writeFileSync(path.resolve(import.meta.dirname, '..', values.out), lines.join('\n'));
console.log(lines.join('\n'));
