// Writes bench/relevance-queries.json: queries a reader might type for each story of the corpus,
// made deterministically: misspelt headline words, headline words cut short, and a detail
// remembered from the body. Run it again only to change the set.
//
//   node_modules/.bin/node bench/relevance-set.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { random, readCorpus, writeCorpusArchive } from './generate-archive.ts';
import { normalize, STOPWORDS } from '../src/lib/search/normalize.ts';

export type QueryKind = 'misspelt headline' | 'prefix' | 'body detail';
export interface RelevanceQuery {
  kind: QueryKind;
  query: string;
  /** The story's site path: the result that should come first. */
  target: string;
}

export const QUERIES_FILE = path.join(import.meta.dirname, 'relevance-queries.json');

const WORD = /\p{L}[\p{L}'’]*\p{L}/gu;
const content = (text: string) => (text.match(WORD) ?? []).filter((w) => w.length >= 5 && !STOPWORDS.has(normalize(w)));

/** One typo, never in the first letter: a letter dropped, doubled, swapped with the next, or replaced. */
function misspell(word: string, next: () => number): string {
  const at = 1 + Math.floor(next() * (word.length - 2));
  const letters = 'aeiourstnlmcdp';
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    case 2:
      return word[at] === word[at + 1] ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    default: {
      const replaced = letters[Math.floor(next() * letters.length)];
      return replaced === word[at].toLowerCase() ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + replaced + word.slice(at + 1);
    }
  }
}

function sample<T>(list: T[], n: number, next: () => number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
  return out;
}

export function relevanceQueries(): RelevanceQuery[] {
  const next = random(7);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-relevance-'));
  const stories = writeCorpusArchive(dir, readCorpus());
  fs.rmSync(dir, { recursive: true, force: true });
  const queries: RelevanceQuery[] = [];
  for (const story of stories) {
    const headlineWords = [...new Set(content(story.title))];
    if (headlineWords.length < 2 || story.paragraphs.length === 0) continue;
    const target = story.sitePath;
    const misspelt = sample(headlineWords, 2, next).map((w) => misspell(w, next));
    queries.push({ kind: 'misspelt headline', query: misspelt.join(' ').toLowerCase(), target });

    const long = headlineWords.filter((w) => w.length >= 6);
    const prefixes = sample(long.length ? long : headlineWords, 1 + Math.floor(next() * 2), next).map((w) =>
      w.slice(0, Math.max(4, Math.ceil(w.length * 0.6))),
    );
    queries.push({ kind: 'prefix', query: prefixes.join(' ').toLowerCase(), target });

    const inHeadline = new Set(headlineWords.map(normalize));
    const paragraph = story.paragraphs[Math.min(story.paragraphs.length - 1, 1 + Math.floor(next() * Math.max(1, story.paragraphs.length - 1)))];
    const sentences = paragraph.split(/(?<=[.!?])\s+/).filter((s) => content(s).filter((w) => !inHeadline.has(normalize(w))).length >= 3);
    if (sentences.length) {
      const sentence = sentences[Math.floor(next() * sentences.length)];
      const detail = content(sentence)
        .filter((w) => !inHeadline.has(normalize(w)))
        .sort((a, b) => b.length - a.length)
        .slice(0, 3);
      queries.push({ kind: 'body detail', query: detail.join(' '), target });
    }
  }
  return queries;
}

if (import.meta.filename === process.argv[1]) {
  const queries = relevanceQueries();
  fs.writeFileSync(QUERIES_FILE, `${JSON.stringify(queries, null, 1)}\n`);
  const kinds = Object.groupBy(queries, (q) => q.kind);
  console.log(`${queries.length} queries written to ${QUERIES_FILE}: ${Object.entries(kinds).map(([k, v]) => `${v!.length} ${k}`).join(', ')}`);
}
