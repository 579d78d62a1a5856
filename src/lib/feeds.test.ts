import { describe, expect, it } from 'vitest';
import { makeStories } from '../../tests/helpers/stories.ts';
import { feedItems } from './feeds.ts';
import { FEED_SIZE } from './site.ts';

describe('feed items', () => {
  const stories = makeStories(
    Array.from({ length: 60 }, (_, i) => ({ slug: `s${i}`, date: new Date(Date.UTC(2024, 0, 1, i)).toISOString(), tags: ['t'], source: 'Ledger' })),
  );
  const items = feedItems(stories, (p) => `https://example.org${p}`);

  it('takes the latest stories, newest first, with full links', () => {
    expect(items).toHaveLength(FEED_SIZE);
    expect(items.map((i) => i.link)).toEqual(stories.slice(0, FEED_SIZE).map((s) => `https://example.org${s.path}`));
    const times = items.map((i) => i.pubDate.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('describes each story by its dek and source', () => {
    expect(items[0]).toMatchObject({ description: 'From Ledger.', categories: ['t'] });
  });
});
