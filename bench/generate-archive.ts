// Writes a realistic archive of N stories into a content folder, deterministically: the same N
// always gives the same files. Stories are recombined from the paragraphs and headlines of the
// shared Wikinews corpus, spread over 30 years, with topics and sources drawn from fixed lists
// with a long tail (a few topics are common, most are rare), as in a real newsroom.
import fs from 'node:fs';
import path from 'node:path';
import { formatFrontmatter } from '../src/lib/frontmatter.ts';
import { slugify } from '../src/lib/slug.ts';

export const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus/wikinews-en.jsonl');

interface CorpusStory {
  title: string;
  body: string;
}

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPIC_WORDS = [
  'elections', 'immigration', 'climate', 'health', 'courts', 'education', 'housing', 'transport',
  'energy', 'technology', 'science', 'sport', 'culture', 'economy', 'labour', 'crime', 'defence',
  'diplomacy', 'agriculture', 'water', 'weather', 'space', 'religion', 'media', 'trade', 'finance',
  'public health', 'wildlife', 'aviation', 'shipping', 'tourism', 'human rights', 'protests',
  'local government', 'budget', 'taxes', 'pensions', 'police', 'prisons', 'refugees',
];

export const SOURCES = [
  'The Evening Ledger', 'Harbour Times', 'The Northern Courier', 'Valley Gazette', 'City Wire',
  'The Morning Post-Dispatch', 'Coastal Herald', 'Metro Daily', 'The Independent Record',
  'Capital Observer', 'Wikinews', 'Lakeside Chronicle', 'The Weekly Standard-Bearer',
  'Riverside Journal', 'The Frontier Tribune', 'Island Voice', 'The Daily Almanac', 'Plains Reporter',
];

function loadCorpus(file = CORPUS): CorpusStory[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusStory);
}

/** Paragraphs worth reusing: real sentences, no datelines, captions or wiki leftovers. */
function paragraphsOf(stories: CorpusStory[]): string[] {
  const out: string[] = [];
  for (const story of stories) {
    for (const raw of story.body.split(/\n\s*\n/)) {
      const p = raw.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
      if (p.length < 120 || p.length > 1500) continue;
      if (/^(Image|Source|Related|Sources)\b|\(\(|\{|\[\[|██/.test(p)) continue;
      out.push(p);
    }
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface GeneratedArchive {
  dir: string;
  stories: number;
  /** Distinct topics used. */
  topics: number;
}

/**
 * Fill `dir/stories/` with `count` stories. Two stories in one month never share a file name.
 * Returns what was written, for the count checks of a benchmark.
 */
export function generateArchive(dir: string, count: number, seed = 1): GeneratedArchive {
  const corpus = loadCorpus();
  const paragraphs = paragraphsOf(corpus);
  const titles = corpus.map((s) => s.title);
  const next = random(seed);
  // A long tail of topics: the plain words, then "word: place" variants used rarely.
  const places = ['Europe', 'Asia', 'Africa', 'the Americas', 'Oceania', 'the Middle East'];
  const topics = [...TOPIC_WORDS, ...TOPIC_WORDS.flatMap((t) => places.map((p) => `${t} in ${p}`))];
  const used = new Set<string>();
  const start = Date.UTC(1995, 0, 1);
  const span = 30 * 365.25 * 86_400_000;
  const root = path.join(dir, 'stories');
  fs.mkdirSync(root, { recursive: true });
  for (let i = 0; i < count; i++) {
    const when = new Date(start + Math.floor((i / count) * span + next() * 86_400_000));
    const [year, month, day] = [when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate()];
    const title = titles[Math.floor(next() * titles.length)];
    const storyTopics = new Set<string>();
    const topicCount = 1 + Math.floor(next() * 3);
    while (storyTopics.size < topicCount) {
      // Squaring skews the choice towards the start of the list: common topics stay common.
      storyTopics.add(topics[Math.floor(next() ** 2 * topics.length)]);
    }
    for (const t of storyTopics) used.add(t);
    const body: string[] = [];
    const length = 4 + Math.floor(next() * 9);
    for (let k = 0; k < length; k++) body.push(paragraphs[Math.floor(next() * paragraphs.length)]);
    const frontmatter = formatFrontmatter({
      title,
      date: `${year}-${pad(month)}-${pad(day)}`,
      source: SOURCES[Math.floor(next() ** 1.5 * SOURCES.length)],
      tags: [...storyTopics],
    });
    const folder = path.join(root, String(year), pad(month));
    fs.mkdirSync(folder, { recursive: true });
    const name = `${slugify(title, 60)}-${i + 1}.md`;
    fs.writeFileSync(path.join(folder, name), `${frontmatter}\n${body.join('\n\n')}\n`);
  }
  return { dir, stories: count, topics: used.size };
}

// As a script: node bench/generate-archive.ts <dir> <count>
if (import.meta.main) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !Number(count)) {
    console.error('usage: node bench/generate-archive.ts <content-dir> <number-of-stories>');
    process.exit(2);
  }
  const result = generateArchive(path.resolve(dir), Number(count));
  console.log(`wrote ${result.stories} stories with ${result.topics} topics to ${result.dir}/stories`);
}
