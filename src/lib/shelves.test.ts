import { describe, expect, it } from 'vitest';
import { makeStories } from '../../tests/helpers/stories.ts';
import { nameShelf, shelfIndexPages, sourceShelf, topicShelf } from './shelves.ts';

const stories = makeStories([
  { slug: 'a', date: '2025-01-03', tags: ['ICE', 'C++'], source: 'The Ledger' },
  { slug: 'b', date: '2025-01-02', tags: ['ice', 'Ice', 'C'], source: 'the ledger' },
  { slug: 'c', date: '2025-01-01', tags: ['ice', 'by count'], url: 'https://www.example.net/x' },
  { slug: 'd', date: '2024-12-31', tags: [] },
]);

describe('topic shelf', () => {
  const topics = topicShelf(stories);

  it('merges names that differ only in case, under the commonest spelling, each story once', () => {
    const ice = topics.find('Ice')!;
    expect(ice.name).toBe('ice');
    expect(ice.stories.map((s) => s.slug)).toEqual(['a', 'b', 'c']);
    expect(topics.byName.filter((g) => g.key === 'ice')).toHaveLength(1);
  });

  it('keeps names that only slug alike apart, on different pages', () => {
    const [cpp, c] = [topics.find('C++')!, topics.find('C')!];
    expect(cpp.path).not.toBe(c.path);
    expect(c.path).toBe('/topics/c/');
    expect(cpp.stories.map((s) => s.slug)).toEqual(['a']);
  });

  it('keeps a topic off the paths of the index itself', () => {
    expect(topics.find('by count')!.path).toBe('/topics/by-count-2/');
  });

  it('orders by name and by count, and counts add up', () => {
    expect(topics.byName.map((g) => g.name)).toEqual(['by count', 'C', 'C++', 'ice']);
    expect(topics.byCount.map((g) => g.name)).toEqual(['ice', 'by count', 'C', 'C++']);
    const total = topics.byName.reduce((n, g) => n + g.stories.length, 0);
    expect(total).toBe(6);
  });

  it('pages the index in both orders', () => {
    const pages = shelfIndexPages(topics, 3);
    expect(pages.map((p) => p.page.path)).toEqual(['/topics/', '/topics/page/2/', '/topics/by-count/', '/topics/by-count/page/2/']);
    expect(pages.filter((p) => p.order === 'count').flatMap((p) => p.page.items)).toEqual(topics.byCount);
  });
});

describe('source shelf', () => {
  it('groups by source, or by the original’s host name when only a URL is known', () => {
    const sources = sourceShelf(stories);
    expect(sources.byName.map((g) => [g.name, g.stories.length])).toEqual([
      ['example.net', 1],
      ['The Ledger', 2],
    ]);
    expect(sources.find('THE LEDGER')!.path).toBe('/sources/the-ledger/');
  });
});

describe('name shelves', () => {
  it('give a page only to a name two or more stories give, in any spelling', () => {
    const named = makeStories([
      { slug: 'a', date: '2025-01-03', people: ['Ann Lee', 'Bo Diaz'] },
      { slug: 'b', date: '2025-01-02', people: ['ann lee'] },
      { slug: 'c', date: '2025-01-01', people: ['Cy Young'] },
    ]);
    const people = nameShelf('people', named);
    expect(people.byName.map((g) => [g.name, g.stories.map((s) => s.slug)])).toEqual([['Ann Lee', ['a', 'b']]]);
    expect(people.find('Bo Diaz')).toBeUndefined();
    // Topics are an editor's choice: one story is enough.
    expect(topicShelf(makeStories([{ slug: 'd', date: '2025-01-01', tags: ['once'] }])).find('once')).toBeDefined();
  });
});
