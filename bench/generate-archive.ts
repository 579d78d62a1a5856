// Archives for benchmarks, made deterministically from the real stories in
// tests/fixtures/corpus/wikinews-en.jsonl: either the corpus itself, one file per story, or any number
// of stories recombined from its paragraphs, spread over 30 years, with topics and sources.
//
//   node_modules/.bin/node bench/generate-archive.ts 10000 /tmp/archive-10k
import fs from 'node:fs';
import path from 'node:path';
import { formatFrontmatter } from '../src/lib/frontmatter.ts';
import { slugify } from '../src/lib/slug.ts';
import { storyPath } from '../src/lib/urls.ts';
import { CORPUS_EN } from '../tests/helpers/fixtures.ts';

export interface CorpusStory {
  title: string;
  date: string;
  url: string;
  license?: string;
  paragraphs: string[];
}

const DATELINE = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}$/;

export function readCorpus(file = CORPUS_EN): CorpusStory[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .map((row) => ({
      title: String(row.title).trim(),
      date: String(row.date),
      url: String(row.url),
      license: row.license ?? undefined,
      paragraphs: String(row.body ?? '')
        .replace(/\u00a0/g, ' ')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter((p) => p && !DATELINE.test(p)),
    }));
}

/** A small deterministic random number generator (mulberry32), so every run writes the same archive. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'politics', 'elections', 'economy', 'business', 'health', 'science', 'technology', 'environment',
  'climate', 'weather', 'disasters', 'crime', 'courts', 'immigration', 'education', 'transport',
  'energy', 'sport', 'football', 'culture', 'books', 'music', 'film', 'religion', 'military',
  'diplomacy', 'human rights', 'labour', 'housing', 'agriculture', 'space', 'internet', 'media',
  'local government', 'europe', 'asia', 'africa', 'americas', 'middle east', 'oceania',
];
const SOURCES = [
  'The Evening Ledger', 'Harbour Times', 'The Northern Post', 'Daily Courier', 'The Valley Gazette',
  'City Chronicle', 'The Morning Star-Herald', 'Coastal Observer', 'The Weekly Record', 'Metro Dispatch',
  'The Provincial Standard', 'Wikinews (English)',
];

/** The path a story file gets, and its site path. */
function place(dir: string, year: number, month: number, slug: string) {
  const file = path.join(dir, 'stories', String(year), `${slug}.md`);
  return { file, sitePath: storyPath({ year, month, slug }) };
}

function firstSentence(paragraph: string): string {
  const end = paragraph.search(/[.!?](\s|$)/);
  const sentence = end > 0 ? paragraph.slice(0, end + 1) : paragraph;
  return sentence.length > 220 ? '' : sentence;
}

export interface WrittenStory {
  title: string;
  sitePath: string;
  paragraphs: string[];
}

/** The corpus itself as an archive, one story per corpus line, as published. */
export function writeCorpusArchive(dir: string, corpus = readCorpus()): WrittenStory[] {
  const used = new Set<string>();
  const written: WrittenStory[] = [];
  for (const story of corpus) {
    const [year, month] = story.date.split('-').map(Number);
    let slug = slugify(story.title) || 'story';
    while (used.has(`${year}/${month}/${slug}`)) slug = `${slug}-2`;
    used.add(`${year}/${month}/${slug}`);
    const { file, sitePath } = place(dir, year, month, slug);
    const frontmatter = formatFrontmatter({ title: story.title, date: story.date, source: 'Wikinews (English)', url: story.url, license: story.license });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${frontmatter}\n${story.paragraphs.join('\n\n')}\n`);
    written.push({ title: story.title, sitePath, paragraphs: story.paragraphs });
  }
  return written;
}

/** `count` stories recombined from the corpus: a corpus story's headline and opening, paragraphs from others. */
export function generateArchive(dir: string, count: number, corpus = readCorpus(), seed = 2025): WrittenStory[] {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
  const usable = corpus.filter((s) => s.paragraphs.length > 0);
  const written: WrittenStory[] = [];
  for (let i = 0; i < count; i++) {
    const base = usable[i % usable.length];
    const year = 1996 + Math.floor(next() * 30);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const topics = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(TOPICS)))];
    const paragraphs = base.paragraphs.slice(0, 2);
    for (let extra = 2 + Math.floor(next() * 4); extra > 0; extra--) paragraphs.push(pick(pick(usable).paragraphs));
    const dek = next() < 0.5 ? firstSentence(base.paragraphs[0]) : '';
    const slug = `${slugify(base.title).slice(0, 60).replace(/-+$/, '') || 'story'}-${i + 1}`;
    const { file, sitePath } = place(dir, year, month, slug);
    const frontmatter = formatFrontmatter({
      title: base.title,
      dek,
      date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      source: pick(SOURCES),
      tags: topics,
    });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${frontmatter}\n${paragraphs.join('\n\n')}\n`);
    written.push({ title: base.title, sitePath, paragraphs });
  }
  return written;
}

if (import.meta.filename === process.argv[1]) {
  const [count, dir] = process.argv.slice(2);
  if (!count || !dir) {
    console.error('usage: node bench/generate-archive.ts <stories|corpus> <content dir>');
    process.exit(1);
  }
  const written = count === 'corpus' ? writeCorpusArchive(dir) : generateArchive(dir, Number(count));
  console.log(`${written.length} stories written to ${path.join(dir, 'stories')}`);
}
