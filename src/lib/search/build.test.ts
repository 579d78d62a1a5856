import { describe, expect, it } from 'vitest';
import { groupByPrefix, SearchIndexBuilder } from './build.ts';
import { decodePostings, encodePostings } from './postings.ts';
import { FIELD, FIELD_BITS, SHARD_LIMITS } from './options.ts';
import { DOC_HASH_LENGTH, docShardCount, docShardName, type DictionaryShard, type SearchManifest, type StoryDoc } from './format.ts';

describe('building the search files', () => {
  it('codes postings as gaps and back', () => {
    const step = 2 ** FIELD_BITS;
    const postings = [0 * step + FIELD.headline, 3 * step + (FIELD.body | FIELD.dek), 40 * step + FIELD.topic];
    expect(decodePostings(encodePostings(postings))).toEqual([[0, FIELD.headline], [3, FIELD.body | FIELD.dek], [40, FIELD.topic]]);
  });

  it('splits big prefix groups one letter further, and gives every term one home', () => {
    const terms = ['da', 'dab', 'dam', 'de', 'deb', 'dec', 'def', 'x'].sort();
    const groups = groupByPrefix(terms, 3);
    expect(Object.fromEntries(groups)).toEqual({
      da: ['da', 'dab', 'dam'],
      de: ['de'],
      deb: ['deb'],
      dec: ['dec'],
      def: ['def'],
      x: ['x'],
    });
  });


  it('keeps the name of every document shard but the last when a newer story is added', () => {
    const limits = { ...SHARD_LIMITS, storiesPerDocShard: 8 };
    const build = (count: number) => {
      const builder = new SearchIndexBuilder(limits);
      for (let i = 0; i < count; i++) {
        builder.add({ headline: `Story ${i}`, path: `/2020/01/s${i}/`, day: '2020-01-01', year: 2020, source: '', topics: [], text: `alpha w${i}` });
      }
      const { docs } = JSON.parse(builder.files().manifest.body) as SearchManifest;
      return Array.from({ length: docShardCount(docs) }, (_, shard) => docShardName(docs, shard));
    };
    const before = build(100);
    const after = build(101);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)).not.toBe(before.at(-1));
  });

  it('bounds every file: dictionary shards, postings and documents', () => {
    const limits = { ...SHARD_LIMITS, termsPerDictionaryShard: 50, postingsPerFile: 200, storiesPerDocShard: 8 };
    const builder = new SearchIndexBuilder(limits);
    for (let i = 0; i < 100; i++) {
      builder.add({ headline: `Story ${i} about w${i} things`, path: `/2020/01/s${i}/`, day: '2020-01-01', year: 2020, source: '', topics: ['t'], text: `alpha beta w${i * 7} word${i % 13}` });
    }
    const { files, manifest } = builder.files();
    const parsed = JSON.parse(manifest.body) as SearchManifest;
    expect(parsed.stories).toBe(100);
    expect(docShardCount(parsed.docs)).toBe(13);
    for (let shard = 0; shard < 13; shard++) {
      const docs = JSON.parse(files.find((f) => f.name === docShardName(parsed.docs, shard))!.body) as StoryDoc[];
      expect(docs[0].path).toBe(`/2020/01/s${shard * 8}/`);
    }
    for (const name of Object.values(parsed.dictionary)) {
      const shard = JSON.parse(files.find((f) => f.name === name)!.body) as DictionaryShard;
      expect(shard.index.records.length).toBeLessThanOrEqual(100);
      expect(shard.starts).toHaveLength(shard.files.length);
    }
    for (const file of files.filter((f) => f.name.startsWith('p.'))) {
      const postings = Object.values(JSON.parse(file.body) as Record<string, number[]>);
      // A file over the limit holds one term alone.
      const count = postings.reduce((n, list) => n + list.length, 0);
      expect(count <= 200 || postings.length === 1).toBe(true);
    }
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
  });

  it('writes one file for names on the same stories, and names it for each', () => {
    const builder = new SearchIndexBuilder();
    const stories = [
      { topics: ['floods', 'weather'], places: ['Gdańsk'], text: 'The river fell.' },
      { topics: ['transport'], text: 'The bridge reopened.' },
      { topics: ['floods', 'weather'], places: ['Gdańsk'], text: 'The river rose.' },
    ];
    stories.forEach((s, i) => builder.add({ headline: `Story ${i}`, path: `/2020/01/s${i}/`, day: '2020-01-01', year: 2020, source: '', ...s }));
    const { files, manifest } = builder.files();
    // Two files of one name would be two routes to one path in the build.
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    const { facets } = JSON.parse(manifest.body) as SearchManifest;
    const topics = Object.fromEntries(facets.topics.map(([name, count, file]) => [name, { count, file }]));
    expect(topics.floods).toEqual(topics.weather);
    expect(topics.transport.file).not.toBe(topics.floods.file);
    expect(facets.places).toEqual([['Gdańsk', 2, topics.floods.file]]);
    expect(facets.people).toEqual([]);
    const facetFiles = files.filter((f) => f.name.startsWith('f.'));
    expect(facetFiles.map((f) => f.name).sort()).toEqual([topics.floods.file, topics.transport.file].sort());
    expect(JSON.parse(facetFiles.find((f) => f.name === topics.floods.file)!.body)).toEqual([0, 2]);
  });

  it('offers each filter its most used names, spelt as most stories spell them, alphabetical', () => {
    const builder = new SearchIndexBuilder({ ...SHARD_LIMITS, filterNames: 2 });
    const people = [['Ann Lee'], ['ann lee', 'Bo Diaz'], ['Ann Lee', 'Cy Young'], ['Cy Young'], ['Zoe Park', 'Cy Young']];
    people.forEach((names, i) => builder.add({ headline: `Story ${i}`, path: `/2020/01/s${i}/`, day: '2020-01-01', year: 2020, source: '', topics: [], people: names, text: 'Words.' }));
    const { facets } = JSON.parse(builder.files().manifest.body) as SearchManifest;
    expect(facets.people.map(([name, count]) => [name, count])).toEqual([
      ['Ann Lee', 3],
      ['Cy Young', 3],
    ]);
  });

  it('grows the manifest only by the names of document shards as the archive grows', () => {
    const manifestSize = (stories: number) => {
      const builder = new SearchIndexBuilder();
      for (let i = 0; i < stories; i++) {
        builder.add({ headline: `Story ${i}`, path: `/2020/01/s${i}/`, day: '2020-01-01', year: 2020, source: '', topics: ['t'], text: 'the same words' });
      }
      return builder.files().manifest.body.length;
    };
    const shards = (stories: number) => Math.ceil(stories / SHARD_LIMITS.storiesPerDocShard);
    expect(manifestSize(5000) - manifestSize(50)).toBeLessThan((shards(5000) - shards(50)) * DOC_HASH_LENGTH + 20);
  });
});
