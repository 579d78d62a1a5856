// Search as readers type it, on the 295 real Wikinews stories: a headline typed letter by
// letter, hyphenated words written three ways, and a misspelt word still being typed.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_EN } from '../../../tests/helpers/fixtures.ts';
import type { ArchiveSearch } from './query.ts';
import { resultsView } from './results.ts';
import { memoryArchive } from '../../../tests/helpers/search-archive.ts';

interface Row {
  title: string;
  date: string;
  body: string;
}

let rows: Row[];
let search: ArchiveSearch;

beforeAll(() => {
  rows = fs
    .readFileSync(CORPUS_EN, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  search = memoryArchive(
    rows.map((row, i) => ({ headline: row.title, path: `/s/${i}/`, day: row.date.slice(0, 10), year: Number(row.date.slice(0, 4)), source: '', topics: [], text: row.body })),
  ).search;
});

async function rankOf(query: string, headline: string): Promise<number> {
  const outcome = await search.search({ query, limit: 1000 });
  return outcome.stories.findIndex((story) => story.doc.headline === headline);
}

const headlineOf = (start: string) => rows.find((row) => row.title.startsWith(start))!.title;

describe('search as the reader types', () => {
  it('keeps the story found at every keystroke of its headline after the first word, and finds it in the top ten typed whole', async () => {
    // Every ninth story: 33 headlines, about 1,700 keystrokes.
    for (const row of rows.filter((_, i) => i % 9 === 0)) {
      const firstSpace = row.title.indexOf(' ');
      if (firstSpace < 0) continue;
      for (let end = firstSpace + 2; end <= row.title.length; end++) {
        const typed = row.title.slice(0, end);
        if (/\s$/.test(typed)) continue;
        // A query of one-letter words only ("U.S. H") searches nothing yet.
        if (!/[\p{L}\p{N}]{2}/u.test(typed)) continue;
        expect(await rankOf(typed, row.title), typed).toBeGreaterThanOrEqual(0);
      }
      expect(await rankOf(row.title, row.title), row.title).toBeLessThan(10);
    }
  });

  it('finds a headline from its first words and the start of the next', async () => {
    for (const [typed, start] of [
      ['Magnitogorsk ap', 'Magnitogorsk apartment'],
      ['Magnitogorsk apartment bu', 'Magnitogorsk apartment'],
      ['Gregory Kurtzer dis', 'Gregory Kurtzer'],
      ['US professional wr', 'US professional wrestler'],
    ]) {
      expect(await rankOf(typed, headlineOf(start)), typed).toBe(0);
    }
  });

  it('still matches near spellings of a misspelt word being typed', async () => {
    expect(await rankOf('liviing shak', headlineOf('Study indicates as great white shark'))).toBe(0);
  });

  it('lets a single letter or a stop word being typed lift stories, never leave them out', async () => {
    const whole = await search.search({ query: 'Wikinews', limit: 1000 });
    for (const typed of ['Wikinews a', 'Wikinews in', 'Wikinews t']) {
      expect((await search.search({ query: typed, limit: 1000 })).total, typed).toBe(whole.total);
    }
  });
});

describe('words as readers write them', () => {
  it('finds a hyphenated word written with its hyphen, with a space, or joined', async () => {
    const march = headlineOf('Thousands march in anti-Brexit protest');
    for (const typed of ['anti-Brexit', 'anti brexit', 'antibrexit', 'AntiBrexit']) expect(await rankOf(typed, march), typed).toBe(0);
    const atmospheres = headlineOf("'Earth-based life can survive in hydrogen-rich atmospheres'");
    for (const typed of ['oxygen-less', 'oxygen less', 'oxygenless']) expect(await rankOf(typed, atmospheres), typed).toBe(0);
  });

  it('finds other forms of an English word', async () => {
    expect(await rankOf('biden elected', headlineOf('Joe Biden projected US president-elect'))).toBe(0);
  });

  it('finds COVID-19 written as covid19', async () => {
    const outcome = await search.search({ query: 'covid19', limit: 5 });
    expect(outcome.total).toBeGreaterThan(10);
    expect(outcome.stories.every((story) => /covid-19|sars-cov-2|coronavirus/i.test(story.doc.headline + story.doc.text))).toBe(true);
  });
});

describe('near spellings that know their limits', () => {
  it('finds a word misspelt in its first letter', async () => {
    const outcome = await search.search({ query: 'kovid', limit: 10 });
    expect(outcome.stories.length).toBe(10);
    const texts = await search.texts(outcome.stories.map((story) => story.number));
    expect(outcome.stories.every((story, i) => /covid/i.test(story.doc.headline + texts[i]))).toBe(true);
    expect(await rankOf('amgnitogorsk building', headlineOf('Magnitogorsk apartment'))).toBe(0);
  });

  it('takes a half-typed word as the start of a word, not as a near spelling of short ones', async () => {
    const outcome = await search.search({ query: 'pengu', limit: 10 });
    expect(outcome.stories[0].doc.headline).toMatch(/penguin/i);
    const texts = await search.texts(outcome.stories.map((story) => story.number));
    expect(outcome.stories.every((story, i) => /penguin/i.test(story.doc.headline + texts[i]))).toBe(true);
  });
});

describe('phrases and snippets', () => {
  it('ranks first the story that holds a quoted phrase, and leaves out those that hold its words apart', async () => {
    const story = rows.find((row) => row.body.includes('flight came down last'))!;
    const outcome = await search.search({ query: '"flight came down last"', limit: 10 });
    expect(outcome.stories.map((s) => s.doc.headline)).toEqual([story.title]);
    // The same words, unquoted, are in several stories.
    const loose = await search.search({ query: 'flight came down last', limit: 100 });
    expect(loose.total).toBeGreaterThan(5);
  });

  it('checks one batch of stories for a phrase still being typed, and up to a hundred once it is closed', async () => {
    const { search: fresh, loaded } = memoryArchive(
      rows.map((row, i) => ({ headline: row.title, path: `/s/${i}/`, day: row.date.slice(0, 10), year: 2020, source: '', topics: [], text: row.body })),
    );
    const texts = () => loaded.filter((name) => name.startsWith('x.')).length;
    await fresh.search({ query: '"the president of', limit: 10 });
    expect(texts()).toBeLessThanOrEqual(20);
    await fresh.search({ query: '"the president of"', limit: 10 });
    expect(texts()).toBeGreaterThan(20);
    expect(texts()).toBeLessThanOrEqual(100);
  });

  it('shows the passage that matched, every matched form marked', async () => {
    const outcome = await search.search({ query: 'neandertal', limit: 1 });
    const view = resultsView({ query: 'neandertal' }, outcome, await search.texts([outcome.stories[0].number]));
    const marked = view.results[0].snippet.filter((s) => s.mark).map((s) => s.text);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((text) => /^neandert/i.test(text))).toBe(true);
  });
});
