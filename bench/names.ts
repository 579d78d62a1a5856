// How well and how fast the build finds people, places and organisations in story text
// (src/lib/names/find-names.ts): precision and recall on the two hand-annotated sets of 30 stories
// (tests/fixtures/names/), and the time per story over the whole English corpus, median of runs.
//
//   npm run bench:names                 three timing runs
//   npm run bench:names -- --runs 5
//
// Writes bench/NAMES-RESULTS.md. Never run by `npm test` (the quality bar is tested in
// src/lib/names/name-quality.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findNames, NAME_TEXT_LIMIT } from '../src/lib/names/find-names.ts';
import { KINDS, precision, recall, scoreNames, type Score } from '../tests/helpers/name-quality.ts';
import { NAMES_ANNOTATED, NAMES_HELD_OUT } from '../tests/helpers/fixtures.ts';
import { readCorpus } from './generate-archive.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, out: { type: 'string', default: 'bench/NAMES-RESULTS.md' } } });
const RUNS = Math.max(1, Number(values.runs));

const percent = (n: number) => `${(n * 100).toFixed(1)} %`;
const row = (set: string, kind: string, s: Score) => `| ${set} | ${kind} | ${s.annotated} | ${s.listed} | ${s.right} | ${percent(precision(s))} | ${s.found} | ${percent(recall(s))} |`;

const quality: string[] = [];
for (const [set, file] of [['annotated (tuned on)', NAMES_ANNOTATED], ['held out', NAMES_HELD_OUT]] as const) {
  const scores = scoreNames(file);
  for (const kind of [...KINDS, 'all'] as const) quality.push(row(set, kind, scores[kind]));
}

const texts = readCorpus().map((story) => `${story.title}\n\n${story.paragraphs.join('\n\n')}`);
const chars = texts.reduce((sum, text) => sum + text.length, 0);
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  for (const text of texts) findNames(text, 'en');
  times.push(performance.now() - start);
  console.error(`run ${run + 1}: ${times.at(-1)!.toFixed(0)} ms`);
}
const median = [...times].sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)];

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Names benchmark',
  '',
  `\`npm run bench:names -- --runs ${RUNS}\` on ${os.availableParallelism()} cores (${cpu}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
  '',
  'Precision: of the names listed, the share that are a person, place or organisation the story names, of that kind.',
  'Recall: of the names annotated, the share listed. A listed name matches an annotated one by any form the annotation gives.',
  '',
  '| stories | kind | annotated | listed | right | precision | found | recall |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...quality,
  '',
  `Time: the ${texts.length} English corpus stories (${(chars / texts.length).toFixed(0)} characters on average; each read up to ${NAME_TEXT_LIMIT.toLocaleString('en')}) on one thread, median of ${RUNS} runs: ${median.toFixed(0)} ms, ${(median / texts.length).toFixed(1)} ms a story (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms).`,
  'A build finds names only for stories it renders (new or changed ones); they are kept with the rendered text.',
  '',
];
fs.writeFileSync(path.resolve(import.meta.dirname, '..', values.out), lines.join('\n'));
console.log(lines.join('\n'));
