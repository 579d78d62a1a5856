import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { makeStories } from '../../tests/helpers/stories.ts';
import { feedItems, storyFeed } from './feeds.ts';
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

describe('feed text', () => {
  const [story] = makeStories([
    { slug: 'pumps', date: '2024-05-14', title: 'Pum\x01ps\vfail', dek: 'At\x1Fdawn\uFFFE.', source: 'Tide\x00 Ledger', tags: ['flo\x08ods', '\x02'] },
  ]);
  const absolute = (p: string) => `https://example.org${p}`;

  it('leaves out what XML 1.0 forbids in titles, descriptions and categories', () => {
    expect(feedItems([story], absolute)[0]).toMatchObject({ title: 'Pumps fail', description: 'Atdawn. From Tide Ledger.', categories: ['floods'] });
  });

  it('writes a feed whose every character XML 1.0 allows, the channel title too', async () => {
    const xml = await (await storyFeed({ title: 'Clippings: flo\x08ods', description: 'On\x0Cfloods.', site: absolute('/'), stories: [story], absolute })).text();
    expect(xml).not.toMatch(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    const channel = new XMLParser().parse(xml).rss.channel;
    expect([channel.title, channel.description, channel.item.title]).toEqual(['Clippings: floods', 'On floods.', 'Pumps fail']);
  });
});
