// Writes bench/relevance-queries.json: queries a reader might type for each story of the corpus,
// made deterministically: misspelt headline words, headline words cut short, a detail
// remembered from the body, a headline as typed so far (the last word 2–4 letters), and a rare
// hyphenated word written with its hyphen, with a space or joined. Run it again only to change
// the set; each kind draws from its own random sequence, so adding a kind leaves the others be.
//
//   node_modules/.bin/node bench/relevance-set.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { random, readCorpus, writeCorpusArchive } from './generate-archive.ts';
import { normalize, STOPWORDS } from '../src/lib/search/normalize.ts';

export type QueryKind = 'misspelt headline' | 'prefix' | 'body detail' | 'headline as typed' | 'hyphen forms';
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

/** The headline cut inside its (k+1)th word, leaving 2–4 of that word's letters: what a reader has typed so far. */
function typedSoFar(headline: string, next: () => number): string | undefined {
  const words = headline.split(/\s+/).filter(Boolean);
  const cuttable = words.map((w, i) => (i > 0 && /^[\p{L}\p{N}]{3,}/u.test(w) ? i : -1)).filter((i) => i > 0 && i <= 6);
  if (cuttable.length === 0) return undefined;
  const at = cuttable[Math.floor(next() * cuttable.length)];
  const letters = Math.min(2 + Math.floor(next() * 3), (/^[\p{L}\p{N}]+/u.exec(words[at])?.[0].length ?? 3) - 1);
  return `${words.slice(0, at).join(' ')} ${words[at].slice(0, letters)}`;
}

const HYPHENATED = /\b[\p{L}\p{N}]{2,}(?:-[\p{L}\p{N}]{2,})+\b/gu;

/** Hyphenated words (parts of two letters or more, at least one part a word) and the stories that hold them. */
function hyphenatedWords(stories: { sitePath: string; title: string; paragraphs: string[] }[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const story of stories) {
    for (const [word] of [story.title, ...story.paragraphs].join('\n').matchAll(HYPHENATED)) {
      if (!/\p{L}{3}/u.test(word)) continue;
      const key = word.toLowerCase();
      const list = found.get(key) ?? new Set<string>();
      list.add(story.sitePath);
      found.set(key, list);
    }
  }
  return found;
}

export function relevanceQueries(): RelevanceQuery[] {
  const next = random(7);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-relevance-'));
  const stories = writeCorpusArchive(dir, readCorpus());
  fs.rmSync(dir, { recursive: true, force: true });
  const queries: RelevanceQuery[] = [];
  const typing = random(11);
  const hyphens = random(13);
  const hyphenated = hyphenatedWords(stories);
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

    const typed = typedSoFar(story.title, typing);
    if (typed) queries.push({ kind: 'headline as typed', query: typed, target });

    // A word rare enough to point at its story: in at most three stories of the corpus.
    const rare = [...hyphenated].filter(([, paths]) => paths.has(target) && paths.size <= 3).map(([word]) => word);
    if (rare.length) {
      const word = rare[Math.floor(hyphens() * rare.length)];
      for (const form of [word, word.replace(/-/g, ' '), word.replace(/-/g, '')]) queries.push({ kind: 'hyphen forms', query: form, target });
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
