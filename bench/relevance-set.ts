// Writes bench/relevance-queries.json: queries a reader might type for each story of the corpus,
// made deterministically: misspelt headline words, headline words cut short, a detail
// remembered from the body, a headline as typed so far (the last word 2–4 letters), a rare
// hyphenated word written with its hyphen, with a space or joined, a phrase of the body in
// double quotes, two headline words one of them with a typo in its first letter, and two
// headline words one of them in another inflection (elected → elections). Run it again only to
// change the set; each kind draws from its own random sequence, so adding a kind leaves the
// others be.
//
//   node_modules/.bin/node bench/relevance-set.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { random, readCorpus, writeCorpusArchive } from './generate-archive.ts';
import { normalize, STOPWORDS, tokenize } from '../src/lib/search/normalize.ts';

export type QueryKind =
  | 'misspelt headline'
  | 'prefix'
  | 'body detail'
  | 'headline as typed'
  | 'hyphen forms'
  | 'quoted phrase'
  | 'first-letter typo'
  | 'stem';
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

type Story = { sitePath: string; title: string; paragraphs: string[] };

const MODAL = new Set('will would can could may might must should shall cannot'.split(' '));

/**
 * Each story's words (headline and body, punctuation ignored), how many stories hold each word,
 * which one story holds each run of 3–5 words (-1 for several), and the words seen after a
 * modal ("will elect"): verbs.
 */
function corpusWords(stories: Story[]) {
  const texts = stories.map((s) => tokenize([s.title, ...s.paragraphs].join('\n')));
  const storiesWith = new Map<string, number>();
  const runs = new Map<string, number>();
  const verbs = new Set<string>();
  texts.forEach((words, i) => {
    for (const word of new Set(words)) storiesWith.set(word, (storiesWith.get(word) ?? 0) + 1);
    words.forEach((word, at) => MODAL.has(word) && words[at + 1] && verbs.add(words[at + 1]));
    for (let n = 3; n <= 5; n++) {
      for (let at = 0; at + n <= words.length; at++) {
        const key = words.slice(at, at + n).join(' ');
        runs.set(key, (runs.get(key) ?? i) === i ? i : -1);
      }
    }
  });
  return { words: texts.map((words) => new Set(words)), storiesWith, runs, verbs };
}

/** Runs of 3–5 words of a story's body, as written, within one sentence and with no punctuation between the words. */
function bodyRuns(paragraphs: string[]): string[][] {
  const runs: string[][] = [];
  for (const sentence of paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/))) {
    let clause: string[] = [];
    for (const token of [...sentence.split(/\s+/), '']) {
      // A plain word; punctuation after it ends the clause, and so does anything else ("U.S.", "$5", "it's").
      const word = /^([\p{L}\p{N}]+)(\p{P}*)$/u.exec(token);
      if (word) clause.push(word[1]);
      if (word && !word[2]) continue;
      for (let n = 3; n <= 5; n++) for (let at = 0; at + n <= clause.length; at++) runs.push(clause.slice(at, at + n));
      clause = [];
    }
  }
  return runs;
}

// A letter a reader might write for another by its sound.
const SOUNDS_LIKE: Record<string, string> = {
  a: 'e', b: 'p', c: 'k', d: 't', e: 'i', f: 'v', g: 'j', h: 'w', i: 'y', j: 'g', k: 'c', l: 'r', m: 'n',
  n: 'm', o: 'u', p: 'b', q: 'k', r: 'l', s: 'c', t: 'd', u: 'o', v: 'f', w: 'v', x: 'z', y: 'i', z: 's',
};

/** One typo in the first letter: replaced by one that sounds alike or by any, dropped, or swapped with the second. */
function misspellFirst(word: string, next: () => number): string {
  const w = word.toLowerCase();
  const alike = SOUNDS_LIKE[normalize(w[0])] ?? 'e';
  switch (Math.floor(next() * 4)) {
    case 0:
      return alike + w.slice(1);
    case 1: {
      const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)];
      return (letter === w[0] ? alike : letter) + w.slice(1);
    }
    case 2:
      return w.slice(1);
    default:
      return w[0] === w[1] ? w.slice(1) : w[1] + w[0] + w.slice(2);
  }
}

/**
 * Other inflections of a word by suffix rules (plural or third person -s/-es, past -ed, -ing,
 * and -ion(s) for a root in -ct), kept only when some story of the corpus holds them: the
 * corpus stands in for a dictionary. The root is the first candidate the corpus holds; -ed and
 * -ing forms are made only for a root that looks like a verb, so that "evening" is not taken for
 * "even", nor "police", "state" or "found" given "policing", "stated" or "founded".
 */
function inflections(w: string, corpus: ReturnType<typeof corpusWords>): string[] {
  const known = (form: string) => corpus.storiesWith.has(form) && !STOPWORDS.has(form);
  if (!/^[a-z]+$/.test(w)) return [];
  const plural = (r: string) => (/[^aeiou]y$/.test(r) ? `${r.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(r) ? `${r}es` : `${r}s`);
  const past = (r: string) => (r.endsWith('e') ? [`${r}d`] : /[^aeiou]y$/.test(r) ? [`${r.slice(0, -1)}ied`] : [`${r}ed`, `${r}${r.at(-1)}ed`]);
  const participle = (r: string) => (/[^e]e$/.test(r) ? [`${r.slice(0, -1)}ing`] : [`${r}ing`, `${r}${r.at(-1)}ing`]);
  let roots: string[];
  if (/[^aeiou]ies$/.test(w)) roots = [`${w.slice(0, -3)}y`];
  else if (/ctions$/.test(w)) roots = [w.slice(0, -4)];
  else if (/(ss|us|is)$/.test(w)) roots = [];
  else if (w.endsWith('s')) roots = /(s|x|z|ch|sh)es$/.test(w) ? [w.slice(0, -2)] : [w.slice(0, -1)];
  else if (/[^aeiou]ied$/.test(w)) roots = [`${w.slice(0, -3)}y`];
  else if (w.endsWith('ed')) roots = [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3)];
  else if (w.endsWith('ing')) roots = [`${w.slice(0, -3)}e`, w.slice(0, -3), w.slice(0, -4)];
  else if (w.endsWith('ction')) roots = [w.slice(0, -3)];
  else roots = [w];
  const root = roots.find((r) => r.length >= 3 && known(r));
  if (!root) return [];
  // A verb: the corpus holds both its -ed and -ing forms, and the word is one of them or the
  // root follows a modal somewhere ("will elect").
  const verb =
    past(root).some((f) => f === w || known(f)) && participle(root).some((f) => f === w || known(f)) && (/(ed|ing)$/.test(w) || corpus.verbs.has(root));
  const forms = [root, plural(root), ...(verb ? [...past(root), ...participle(root)] : []), ...(root.endsWith('ct') ? [`${root}ion`, `${root}ions`] : [])];
  // A word in -ed or -ing that is no verb's form is left alone ("evening", "building").
  if (/(ed|ing)$/.test(w) && !forms.includes(w)) return [];
  return [...new Set(forms)].filter((form) => form !== w && known(form));
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
  const phrases = random(17);
  const firstLetters = random(19);
  const stems = random(23);
  const corpus = corpusWords(stories);
  for (const [index, story] of stories.entries()) {
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

    // A phrase found in this story alone, with at least two words that many stories hold, so
    // that its words alone would not point at the story.
    const quotable = bodyRuns(story.paragraphs).filter((run) => {
      const words = tokenize(run.join(' '));
      return corpus.runs.get(words.join(' ')) === index && words.filter((w) => (corpus.storiesWith.get(w) ?? 0) >= 5).length >= 2;
    });
    if (quotable.length) queries.push({ kind: 'quoted phrase', query: `"${quotable[Math.floor(phrases() * quotable.length)].join(' ').toLowerCase()}"`, target });

    const pair = sample(headlineWords, 2, firstLetters);
    const typo = Math.floor(firstLetters() * 2);
    queries.push({ kind: 'first-letter typo', query: pair.map((w, i) => (i === typo ? misspellFirst(w, firstLetters) : w.toLowerCase())).join(' '), target });

    // One headline word in a form the story does not use, the other as written, in headline
    // order. Names are not inflected: the word must be in lower case in the headline, or open it
    // and be in lower case in the body.
    const body = new Set(story.paragraphs.join('\n').match(WORD) ?? []);
    const common = (w: string) => w === w.toLowerCase() || (w === story.title.match(WORD)?.[0] && body.has(w.toLowerCase()));
    const forms = headlineWords.map((w) => (common(w) ? inflections(normalize(w), corpus).filter((form) => !corpus.words[index].has(form)) : []));
    const inflectable = headlineWords.filter((_, i) => forms[i].length);
    if (inflectable.length) {
      const word = inflectable[Math.floor(stems() * inflectable.length)];
      const others = headlineWords.filter((w) => w !== word);
      const other = others[Math.floor(stems() * others.length)];
      const variants = forms[headlineWords.indexOf(word)];
      const variant = variants[Math.floor(stems() * variants.length)];
      const words = headlineWords.indexOf(other) < headlineWords.indexOf(word) ? [other.toLowerCase(), variant] : [variant, other.toLowerCase()];
      queries.push({ kind: 'stem', query: words.join(' '), target });
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
