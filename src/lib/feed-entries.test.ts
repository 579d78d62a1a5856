import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { makeStories } from '../../tests/helpers/stories.ts';
import { atomProblems, forbiddenXmlCharacters, jsonFeedProblems } from '../../tests/helpers/feed-validation.ts';
import { atomFeed } from './atom-feed.ts';
import { feedChannel, type ChannelOptions, type FeedImage } from './feed-entries.ts';
import { jsonFeed } from './json-feed.ts';
import { rssFeed } from './rss-feed.ts';
import { FEED_SIZE } from './site.ts';
import type { Story } from './story.ts';

const absolute = (p: string) => `https://example.org/news${p}`;
const urls = { rss: absolute('/rss.xml'), atom: absolute('/atom.xml'), json: absolute('/feed.json') };
const channelOf = (stories: Story[], more: Partial<ChannelOptions> = {}) =>
  feedChannel({
    title: 'Clippings: latest stories',
    description: 'The latest.',
    home: absolute('/'),
    urls,
    stories,
    absolute,
    bodies: new Map(stories.map((story) => [story.id, `<p>All of ${story.title}.</p>`])),
    ...more,
  });

describe('a feed’s entries', () => {
  const stories = makeStories(
    Array.from({ length: 60 }, (_, i) => ({ slug: `s${i}`, date: new Date(Date.UTC(2024, 0, 1, i)).toISOString(), tags: ['t'], source: 'Ledger' })),
  );
  const channel = channelOf(stories);

  it('are the latest stories, newest first, each at its permanent address', () => {
    expect(channel.entries).toHaveLength(FEED_SIZE);
    expect(channel.entries.map((e) => e.url)).toEqual(stories.slice(0, FEED_SIZE).map((s) => absolute(s.path)));
    expect(channel.entries[0]).toMatchObject({ source: 'Ledger', categories: ['t'], html: `<p>All of ${stories[0].title}.</p>`, language: 'en', authors: [] });
  });

  it('date the feed by its latest change, not by the clock', () => {
    expect(channel.updated.toISOString()).toBe(stories[0].date.replace(/\.000Z$/, '.000Z'));
    const [edited] = makeStories([{ slug: 'e', date: '2024-01-01', updated: '2024-06-30T12:00:00+02:00' }]);
    const later = channelOf([...stories.slice(0, 3), edited]);
    expect(later.updated.toISOString()).toBe('2024-06-30T10:00:00.000Z');
    expect(later.entries[3].updated?.toISOString()).toBe('2024-06-30T10:00:00.000Z');
    expect(channelOf([]).updated.getTime()).toBe(0);
  });

  it('name the authors a story lists, or else its byline’s, and take the dek as the summary', () => {
    const [listed, bylined] = makeStories([
      { slug: 'a', date: '2024-02-02', authors: ['Ann Bell', 'Cy Dee'], byline: 'By Somebody Else', dek: 'Pumps failed.' },
      { slug: 'b', date: '2024-02-01', byline: 'By Maria Lopez and Sam Wu' },
    ]);
    const [a, b] = channelOf([listed, bylined]).entries;
    expect(a).toMatchObject({ authors: ['Ann Bell', 'Cy Dee'], summary: 'Pumps failed.' });
    expect(b.authors).toEqual(['Maria Lopez and Sam Wu']);
    expect(b.summary).toBeUndefined();
  });

  it('share one language, or leave the feed’s unsaid', () => {
    const mixed = makeStories([
      { slug: 'en', date: '2024-02-02' },
      { slug: 'fr', date: '2024-02-01', language: 'fr' },
    ]);
    expect(channelOf(mixed.slice(0, 1)).language).toBe('en');
    expect(channelOf(mixed).language).toBeUndefined();
  });
});

// The same hostile story in every format: markup and entities in its text, every character XML
// 1.0 forbids, a lead picture and an original.
const [hostile] = makeStories([
  {
    slug: 'pumps',
    date: '2024-05-14T06:30:00+02:00',
    updated: '2024-05-15',
    title: 'Pum\x01ps\vfail <script>alert("x")</script> & ]]>',
    dek: 'At\x1Fdawn\uFFFE & <b>after</b>.',
    source: 'Tide\x00 Ledger',
    url: 'https://ledger.example/pumps?a=1&b=2',
    authors: ['Ma\x02ria "M" Lopez & Co'],
    tags: ['flo\x08ods', '\x02', 'a<b>'],
  },
]);
const picture: FeedImage = { src: '/news/_astro/pump.abc.jpg', width: 1200, height: 675, type: 'image/jpeg', alt: 'A <pump> & "valve"\x01' };
const body = '<p>Water &amp; mud &lt;3 ]]&gt; <a href="https://example.org/news/2024/04/x/">x</a></p>';
const hostileChannel = channelOf([hostile], { title: 'Clippings: flo\x08ods & <co>', bodies: new Map([[hostile.id, body]]), images: new Map([[hostile.id, picture]]) });
const TITLE = 'Pumps fail <script>alert("x")</script> & ]]>';

describe('hostile text in the three formats', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['category', 'dc:creator', 'entry', 'author', 'link'].includes(name) });

  it('is left out of the entry where XML forbids it, and kept as text otherwise', () => {
    const [entry] = hostileChannel.entries;
    expect(entry).toMatchObject({ title: TITLE, summary: 'Atdawn & <b>after</b>.', source: 'Tide Ledger', authors: ['Maria "M" Lopez & Co'], categories: ['floods', 'a<b>'] });
    expect(entry.image).toEqual({ ...picture, src: 'https://example.org/news/_astro/pump.abc.jpg', alt: 'A <pump> & "valve"' });
  });

  it('makes a valid Atom feed that says the same', () => {
    const xml = atomFeed(hostileChannel);
    expect(atomProblems(xml)).toEqual([]);
    const feed = parser.parse(xml).feed;
    expect(feed.title).toBe('Clippings: floods & <co>');
    const [entry] = feed.entry;
    expect(entry.title).toBe(TITLE);
    expect(entry.id).toBe(absolute(hostile.path));
    expect(entry.summary).toBe('Atdawn & <b>after</b>.');
    expect(entry.content).toEqual({ '#text': body, '@type': 'html' });
    expect(entry.published).toBe('2024-05-14T04:30:00.000Z');
    expect(entry.updated).toBe('2024-05-15T00:00:00.000Z');
    expect(entry.author).toEqual([{ name: 'Maria "M" Lopez & Co' }]);
    expect(entry.category.map((c: Record<string, string>) => c['@term'])).toEqual(['floods', 'a<b>']);
    expect(entry.link.map((l: Record<string, string>) => [l['@rel'], l['@href']])).toEqual([
      ['alternate', absolute(hostile.path)],
      ['via', 'https://ledger.example/pumps?a=1&b=2'],
    ]);
    expect(entry['media:content']['@url']).toBe('https://example.org/news/_astro/pump.abc.jpg');
    expect(entry['media:content']['media:description']['#text']).toBe('A <pump> & "valve"');
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(urls.atom);
  });

  it('makes a valid JSON Feed that says the same', () => {
    const text = jsonFeed(hostileChannel);
    expect(jsonFeedProblems(text)).toEqual([]);
    const feed = JSON.parse(text);
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', home_page_url: absolute('/'), feed_url: urls.json, language: 'en' });
    expect(feed.items).toEqual([
      {
        id: absolute(hostile.path),
        url: absolute(hostile.path),
        external_url: 'https://ledger.example/pumps?a=1&b=2',
        title: TITLE,
        content_html: body,
        summary: 'Atdawn & <b>after</b>.',
        image: 'https://example.org/news/_astro/pump.abc.jpg',
        date_published: '2024-05-14T04:30:00.000Z',
        date_modified: '2024-05-15T00:00:00.000Z',
        authors: [{ name: 'Maria "M" Lopez & Co' }],
        tags: ['floods', 'a<b>'],
        language: 'en',
      },
    ]);
  });

  it('makes an RSS feed that says the same, with the full text and its authors', async () => {
    const xml = await rssFeed(hostileChannel);
    expect(forbiddenXmlCharacters(xml)).toBe('');
    const rss = parser.parse(xml).rss;
    expect(rss['@xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/');
    expect(rss['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    const item = rss.channel.item;
    expect(item.title).toBe(TITLE);
    expect(item.description).toBe('Atdawn & <b>after</b>. From Tide Ledger.');
    expect(item['content:encoded']).toBe(body);
    expect(item['dc:creator']).toEqual(['Maria "M" Lopez & Co']);
    expect(item.category).toEqual(['floods', 'a<b>']);
    expect(item['media:content']['media:description']['#text']).toBe('A <pump> & "valve"');
  });

  it('gives a story without authors, dek, picture or update none of them', () => {
    const [plain] = makeStories([{ slug: 'plain', date: '2024-05-14' }]);
    const channel = channelOf([plain]);
    const item = JSON.parse(jsonFeed(channel)).items[0];
    expect(Object.keys(item).sort()).toEqual(['content_html', 'date_published', 'id', 'language', 'title', 'url']);
    expect(atomProblems(atomFeed(channel))).toEqual([]);
  });
});
