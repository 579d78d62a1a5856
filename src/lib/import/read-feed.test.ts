import { describe, expect, it } from 'vitest';
import { prepareStory } from './prepare.ts';
import { readRecords, sniffFormat } from './read.ts';

const NOW = new Date('2026-12-02T12:00:00Z');

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Harbour Herald</title>
  <link>https://herald.example/</link>
  <item>
    <title>Port strike ends &amp;#8211; dockers return</title>
    <link>https://herald.example/2019/11/19/port-strike-ends/</link>
    <pubDate>Mon, 18 Nov 2019 16:07:38 -0600</pubDate>
    <dc:creator>Priya Shah</dc:creator>
    <category>Labour</category>
    <description>The three-week strike is over.</description>
    <content:encoded><![CDATA[<p>Dockers returned to work on Tuesday.</p><p>The <a href="/tags/union">union</a> said the deal holds.</p>]]></content:encoded>
  </item>
  <item>
    <title>An item with no date</title>
    <link>https://herald.example/undated</link>
    <description>Only a summary.</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Coast Gazette</title><id>urn:gazette</id><updated>2024-03-15T09:00:00Z</updated>
  <entry>
    <title>Harbour library stays open</title><id>urn:gazette:1</id>
    <link rel="alternate" href="https://gazette.example/2024/03/library"/>
    <published>2024-03-14T18:20:00+00:00</published><updated>2024-03-15T09:00:00+00:00</updated>
    <author><name>Maria Costa</name></author><category term="libraries"/>
    <summary>The council voted to keep it.</summary>
    <content type="html">&lt;p&gt;The council voted on Thursday to keep the library open.&lt;/p&gt;</content>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Valley Notes',
  items: [{ id: '1', url: 'https://valley.example/1', title: 'Bridge reopens', content_text: 'The bridge reopened on Monday.', date_published: '2020-06-01T08:00:00Z', authors: [{ name: 'Jo Lee' }], tags: ['roads'] }],
});

function stories(text: string, file: string) {
  return readRecords(text, file, sniffFormat(text) === 'feed' && !file.endsWith('.json') ? 'feed' : file.endsWith('.json') ? 'json' : 'feed', NOW).map((record) => prepareStory(record));
}

describe('feeds', () => {
  it('makes one story per RSS item, with its full content, and rejects the item without a date', () => {
    const [first, second] = stories(RSS, 'herald.rss');
    expect('story' in first && first.story.frontmatter).toEqual({
      title: 'Port strike ends – dockers return',
      date: '2019-11-18T16:07:38-06:00',
      url: 'https://herald.example/2019/11/19/port-strike-ends/',
      dek: 'The three-week strike is over.',
      authors: ['Priya Shah'],
      tags: ['Labour'],
      source: 'The Harbour Herald',
    });
    expect('story' in first && first.story.markdown).toBe('Dockers returned to work on Tuesday.\n\nThe [union](https://herald.example/tags/union) said the deal holds.\n');
    expect('rejection' in second && second.rejection.record.line).toBe(15);
    // The reject is kept as a record that imports the same way once it has a date.
    expect('rejection' in second && second.rejection.record.raw).toEqual({ title: 'An item with no date', url: 'https://herald.example/undated', source: 'The Harbour Herald', html: 'Only a summary.' });
  });

  it('reads Atom entries and JSON Feed items', () => {
    const [atom] = stories(ATOM, 'gazette.atom');
    expect('story' in atom && atom.story.frontmatter).toMatchObject({ title: 'Harbour library stays open', date: '2024-03-14T18:20:00+00:00', updated: '2024-03-15T09:00:00+00:00', authors: ['Maria Costa'], tags: ['libraries'], source: 'Coast Gazette' });
    expect('story' in atom && atom.story.markdown).toBe('The council voted on Thursday to keep the library open.\n');
    const [json] = stories(JSON_FEED, 'valley.json');
    expect('story' in json && json.story.frontmatter).toMatchObject({ title: 'Bridge reopens', date: '2020-06-01T08:00:00Z', authors: ['Jo Lee'], tags: ['roads'], source: 'Valley Notes' });
    expect('story' in json && json.story.markdown).toBe('The bridge reopened on Monday.\n');
  });

  it('tells a feed from a page on standard input', () => {
    expect(sniffFormat(RSS)).toBe('feed');
    expect(sniffFormat(ATOM)).toBe('feed');
    expect(sniffFormat('<?xml version="1.0"?>\n<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
  });
});
