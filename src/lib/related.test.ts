import { describe, expect, it } from 'vitest';
import { makeStories } from '../../tests/helpers/stories.ts';
import { buildRelatedIndex } from './related.ts';

describe('related stories', () => {
  const stories = makeStories([
    { slug: 'floods-today', date: '2025-06-10', tags: ['floods', 'weather'], places: ['Gdańsk'] },
    { slug: 'floods-yesterday', date: '2025-06-09', tags: ['floods', 'weather'], places: ['Gdańsk'] },
    { slug: 'weather-long-ago', date: '2019-01-01', tags: ['weather'] },
    { slug: 'weather-recent', date: '2025-05-01', tags: ['Weather'] },
    { slug: 'mayor-speaks', date: '2025-06-08', people: ['Anna Nowak'], places: ['gdańsk'] },
    { slug: 'unrelated', date: '2025-06-10', tags: ['sport'] },
  ]);
  const index = buildRelatedIndex(stories);
  const slugs = (slug: string, limit?: number) => index.relatedTo(stories.find((s) => s.slug === slug)!, limit).map((s) => s.slug);

  it('ranks by names shared, then by nearness in time, and never lists the story itself', () => {
    expect(slugs('floods-today')).toEqual(['floods-yesterday', 'mayor-speaks', 'weather-recent', 'weather-long-ago']);
  });

  it('shares people and places as well as topics, whatever their case', () => {
    expect(slugs('mayor-speaks')).toEqual(['floods-yesterday', 'floods-today']);
  });

  it('finds nothing for a story that shares nothing', () => {
    expect(slugs('unrelated')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(slugs('floods-today', 2)).toHaveLength(2);
  });

  it('looks only at the stories nearest in time on a crowded topic', () => {
    const crowd = makeStories(
      Array.from({ length: 400 }, (_, i) => ({ slug: `s${i}`, date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), tags: ['news'] })),
    );
    const narrow = buildRelatedIndex(crowd, 10);
    const middle = crowd[200];
    const found = narrow.relatedTo(middle, 50);
    expect(found).toHaveLength(20);
    for (const story of found) expect(Math.abs(crowd.indexOf(story) - 200)).toBeLessThanOrEqual(10);
  });
});
