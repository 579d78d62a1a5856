import { describe, expect, it } from 'vitest';
import type { SearchStory, ShardLimits } from './build.ts';
import type { SearchRequest } from './query.ts';
import { memoryArchive } from '../../../tests/helpers/search-archive.ts';
import { SHARD_LIMITS } from './options.ts';
import { statusText } from './results.ts';

const story = (headline: string, year: number, text: string, extra: Partial<SearchStory> = {}): SearchStory => ({
  headline,
  path: `/${year}/01/${headline.toLowerCase().replace(/[^a-z]+/g, '-')}/`,
  day: `${year}-01-15`,
  year,
  source: 'The Ledger',
  topics: [],
  text,
  ...extra,
});

// Newest first, as the archive numbers them.
const STORIES: SearchStory[] = [
  story('Trump orders ICE to step up deportations in Democratic-run cities', 2025, 'Trump directed ICE to expand operations in Los Angeles, Chicago and New York.', {
    topics: ['immigration', 'deportation'],
    people: ['Donald Trump'],
    places: ['Los Angeles', 'Chicago', 'New York'],
    dek: 'A post names Los Angeles, Chicago and New York.',
  }),
  story('Flood waters recede in Gdańsk', 2024, 'Residents of the Polish port returned home as the river fell.', { topics: ['floods', 'weather'] }),
  story('Harbour bridge reopens after two-year repair', 2024, 'Commuters return to the crossing. Ferry operators said passenger numbers fell.', { topics: ['transport'] }),
  story('Council debates budget', 2023, 'Councillors argued about floods defences and the harbour wall, and about library hours.'),
  story('Chicago teachers strike over pay', 2021, 'Schools across the city closed as teachers walked out.', {
    topics: ['education'],
    places: ['Chicago'],
    organisations: ['Chicago Teachers Union'],
  }),
  story('Immigrant workers win back pay', 2019, 'A court ordered the farm to pay wages owed to immigrant workers, a ruling hailed by unions.', { topics: ['labour'] }),
  story('Floods', 2018, 'A short note about the season.', { topics: ['weather'] }),
];

async function archive(limits: ShardLimits = SHARD_LIMITS) {
  return memoryArchive(STORIES, limits);
}

async function headlines(query: string, request: Omit<SearchRequest, 'query'> = {}) {
  const { search } = await archive();
  return (await search.search({ query, ...request })).stories.map((s) => s.doc.headline);
}

describe('searching the sharded index', () => {
  it('forgives typos in every word', async () => {
    expect(await headlines('deportaton chicgo')).toEqual(['Trump orders ICE to step up deportations in Democratic-run cities']);
  });

  it('leaves out the stories that hold a word after a minus sign', async () => {
    const all = await headlines('floods');
    expect(all).toEqual(expect.arrayContaining(['Flood waters recede in Gdańsk', 'Floods', 'Council debates budget']));
    expect(await headlines('floods -weather')).toEqual(['Council debates budget']);
    expect(await headlines('-weather')).toEqual([]);
  });

  it('finds a quoted phrase only where its words stand together in order', async () => {
    expect(await headlines('"harbour wall"')).toEqual(['Council debates budget']);
    expect(await headlines('"passenger numbers fell"')).toEqual(['Harbour bridge reopens after two-year repair']);
    expect(await headlines('"numbers passenger"')).toEqual([]);
    // Across a hyphen, and still being typed (no closing quote yet).
    expect(await headlines('"two year repair"')).toEqual(['Harbour bridge reopens after two-year repair']);
    expect(await headlines('"ferry operators sa')).toEqual(['Harbour bridge reopens after two-year repair']);
    // Beside other words, which match as always.
    expect(await headlines('bridge "passenger numbers"')).toEqual(['Harbour bridge reopens after two-year repair']);
    expect(await headlines('budget "passenger numbers"')).toEqual([]);
    // A minus sign before the quotes leaves out the stories that hold the phrase.
    expect(await headlines('harbour -"harbour wall"')).toEqual(['Harbour bridge reopens after two-year repair']);
    // Stop words only: not indexed in bodies, found by their pairs.
    expect(await headlines('"return to the"')).toEqual(['Harbour bridge reopens after two-year repair']);
    expect(await headlines('"to the"')).toEqual(['Harbour bridge reopens after two-year repair']);
  });

  it('takes one quoted word as written: no other spelling or form', async () => {
    expect(await headlines('councillor')).toEqual(['Council debates budget']);
    expect(await headlines('"councillor"')).toEqual([]);
    expect(await headlines('"councillors"')).toEqual(['Council debates budget']);
    // A quoted stop word has no body postings: it is looked for in the stories' text.
    expect((await headlines('"the" harbour')).sort()).toEqual(['Council debates budget', 'Harbour bridge reopens after two-year repair']);
  });

  it('finds other forms of a word by English stemming in English stories only', async () => {
    const french = story('Les élections municipales', 2024, 'Les élections ont eu lieu dimanche.', { language: 'fr' });
    const english = story('Mayor wins a second term', 2023, 'The elections were close.');
    const found = async (stories: SearchStory[]) => (await memoryArchive(stories).search.search({ query: 'elected' })).stories.map((s) => s.doc.headline);
    expect(await found([french, english])).toEqual(['Mayor wins a second term']);
    expect(await found([{ ...french, language: undefined }, english])).toEqual(['Les élections municipales', 'Mayor wins a second term']);
  });

  it('ranks stories holding every word as typed before those found through other forms', async () => {
    const forms = story('Council elections loom', 2024, 'The mayor spoke.');
    const typed = story('Mayor wins', 2023, 'She was elected by the council members.');
    const { search } = memoryArchive([forms, typed]);
    expect((await search.search({ query: 'council elected ' })).stories.map((s) => s.doc.headline)).toEqual(['Mayor wins', 'Council elections loom']);
  });

  it('matches a word cut short while typing', async () => {
    expect(await headlines('immigr')).toEqual([
      'Immigrant workers win back pay',
      'Trump orders ICE to step up deportations in Democratic-run cities',
    ]);
  });

  it('forgives a typo in the first letters, which decide the shard', async () => {
    expect(await headlines('cihcago teachers')).toEqual(['Chicago teachers strike over pay']);
    expect(await headlines('xharbour')).toEqual(['Harbour bridge reopens after two-year repair', 'Council debates budget']);
  });

  it('ignores accents, case and curly quotes', async () => {
    for (const query of ['gdansk', 'GDAŃSK', 'Gdańsk’s']) expect(await headlines(query)).toEqual(['Flood waters recede in Gdańsk']);
    expect(await headlines('trump’s deportations')).toEqual(await headlines("Trump's deportations"));
  });

  it('makes every word count', async () => {
    expect(await headlines('harbour bridge')).toEqual(['Harbour bridge reopens after two-year repair']);
    expect(await headlines('harbour gdansk')).toEqual([]);
    expect(await headlines('chicago teachers')).toEqual(['Chicago teachers strike over pay']);
  });

  it('ranks headline matches above body matches, and an exact headline first', async () => {
    const found = await headlines('floods');
    expect(found[0]).toBe('Floods');
    expect(found.indexOf('Council debates budget')).toBeGreaterThan(found.indexOf('Flood waters recede in Gdańsk'));
    expect(found).toContain('Council debates budget');
  });

  it('searches bodies, not only headlines', async () => {
    expect(await headlines('library hours')).toEqual(['Council debates budget']);
  });

  it('finds nothing, without error, for an empty, a punctuation-only or a very long query', async () => {
    const { search } = await archive();
    for (const query of ['', '   ', '?!… — “” ...']) {
      const outcome = await search.search({ query });
      expect(outcome).toMatchObject({ total: 0, stories: [], words: [] });
    }
    const long = await search.search({ query: `${'x'.repeat(5000)} chicago` });
    expect(long.words).toEqual(['x'.repeat(32)]);
    expect(long.stories).toEqual([]);
    const many = await search.search({ query: Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ') });
    expect(many.words).toHaveLength(8);
    const longOk = await search.search({ query: `chicago ${'teachers '.repeat(500)}` });
    expect(longOk.words.slice(0, 2)).toEqual(['chicago', 'teachers']);
    expect(longOk.total).toBe(1);
  });

  it('filters by years and topic, and sorts by date', async () => {
    expect(await headlines('pay', { filters: { fromYear: 2020 } })).toEqual(['Chicago teachers strike over pay']);
    expect(await headlines('pay', { filters: { toYear: 2020 } })).toEqual(['Immigrant workers win back pay']);
    expect(await headlines('floods', { filters: { topic: 'weather' } })).toEqual(['Floods', 'Flood waters recede in Gdańsk']);
    expect(await headlines('floods', { sort: 'date' })).toEqual(['Flood waters recede in Gdańsk', 'Council debates budget', 'Floods']);
  });

  it('filters by person, place and organisation, in any case, together with the other filters', async () => {
    expect(await headlines('chicago')).toHaveLength(2);
    expect(await headlines('chicago', { filters: { place: 'Chicago' } })).toHaveLength(2);
    expect(await headlines('chicago', { filters: { person: 'Donald Trump' } })).toEqual(['Trump orders ICE to step up deportations in Democratic-run cities']);
    expect(await headlines('chicago', { filters: { person: 'donald trump' } })).toEqual(['Trump orders ICE to step up deportations in Democratic-run cities']);
    expect(await headlines('chicago', { filters: { organisation: 'Chicago Teachers Union' } })).toEqual(['Chicago teachers strike over pay']);
    expect(await headlines('chicago', { filters: { place: 'Chicago', fromYear: 2022 } })).toEqual(['Trump orders ICE to step up deportations in Democratic-run cities']);
    expect(await headlines('chicago', { filters: { place: 'Chicago', topic: 'education' } })).toEqual(['Chicago teachers strike over pay']);
    // A name no story has narrows to nothing, rather than being ignored.
    expect(await headlines('chicago', { filters: { person: 'Nobody Known' } })).toEqual([]);
  });

  it('says what the results were narrowed to', () => {
    const request = { query: 'strike', filters: { fromYear: 2020, topic: 'education', person: 'Ann Lee', place: 'Chicago' } };
    expect(statusText(3, 3, request, 10)).toBe('3 stories match “strike” on education naming Ann Lee and Chicago from 2020 on.');
    expect(statusText(0, 0, { query: 'strike', filters: { organisation: 'Chicago Teachers Union' } }, 10)).toBe('No stories match “strike” naming Chicago Teachers Union.');
  });

  it('filters by either of two topics on the same stories, which share one file', async () => {
    // "immigration" and "deportation" are both on the first story alone.
    const { files } = await archive();
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    for (const topic of ['immigration', 'deportation']) {
      expect(await headlines('chicago', { filters: { topic } }), topic).toEqual(['Trump orders ICE to step up deportations in Democratic-run cities']);
    }
  });

  it('fetches only the shards a query needs, each once', async () => {
    const { search, loaded, files } = await archive();
    await search.search({ query: 'chicago' });
    await search.search({ query: 'chicago teachers' });
    expect(new Set(loaded).size).toBe(loaded.length);
    expect(loaded.length).toBeLessThan(files.length / 2);
  });

  it('gives the same results when every shard is tiny', async () => {
    const tiny = { ...SHARD_LIMITS, termsPerDictionaryShard: 4, postingsPerFile: 3, storiesPerDocShard: 2 };
    const { search } = await archive(tiny);
    const { search: normal } = await archive();
    for (const query of ['deportaton chicgo', 'immigr', 'floods', 'harbour bridge', 'pay', 'co']) {
      const [a, b] = await Promise.all([search.search({ query }), normal.search({ query })]);
      expect(a.stories.map((s) => s.doc.headline), query).toEqual(b.stories.map((s) => s.doc.headline));
      expect(a.total, query).toBe(b.total);
    }
  });
});
