import { describe, expect, it } from 'vitest';
import { makeStories } from '../../../tests/helpers/stories.ts';
import { oldestFirst, storyRecord } from './story-record.ts';
import { RECORD_FIELDS } from './record-fields.ts';
import { withoutPictureMarks } from './record-html.ts';

const [full, bare] = makeStories([
  {
    slug: 'full',
    date: '2024-06-15T08:00:00+02:00',
    dek: 'A dek.',
    updated: '2024-06-16',
    archived: '2024-07-01T00:00:00Z',
    source: 'Harbour Gazette',
    url: 'https://example.org/full',
    byline: 'By Sam Roe',
    authors: ['Sam Roe'],
    dateline: 'PORT TALBOT',
    tags: ['markets'],
    people: ['Ana Ruiz'],
    corrections: [{ date: '2024-06-17', text: 'Fixed a name.' }],
    license: 'CC BY 2.5',
  },
  { slug: 'bare', date: '2020-02-29' },
]);

describe('storyRecord', () => {
  it('holds the frontmatter as the schema gives it, the addresses, and the body as text and HTML', () => {
    const record = storyRecord(full, '<p>Ten stalls &amp; a <em>café</em>.</p>\n<p>Second.</p>', 'https://news.example.org/2024/06/full/');
    expect(record).toMatchObject({
      path: '/2024/06/full/',
      permanentUrl: 'https://news.example.org/2024/06/full/',
      title: 'Story full',
      dek: 'A dek.',
      date: '2024-06-15T08:00:00+02:00',
      day: '2024-06-15',
      updated: '2024-06-16',
      archived: '2024-07-01T00:00:00Z',
      source: 'Harbour Gazette',
      url: 'https://example.org/full',
      byline: 'By Sam Roe',
      authors: ['Sam Roe'],
      dateline: 'PORT TALBOT',
      language: 'en',
      tags: ['markets'],
      people: ['Ana Ruiz'],
      corrections: [{ date: '2024-06-17', text: 'Fixed a name.' }],
      license: 'CC BY 2.5',
      text: 'Ten stalls & a café. Second.',
      html: '<p>Ten stalls &amp; a <em>café</em>.</p>\n<p>Second.</p>',
    });
  });

  it('gives every record the same keys, in the order of the schema, null where the story has nothing', () => {
    const names = RECORD_FIELDS.map((field) => field.name);
    const record = storyRecord(bare, '', 'https://news.example.org/2020/02/bare/');
    expect(Object.keys(record)).toEqual(names);
    expect(Object.keys(storyRecord(full, '', 'x'))).toEqual(names);
    for (const field of RECORD_FIELDS) {
      const value = record[field.name as keyof typeof record];
      if (field.nullable) expect(value, field.name).toBeNull();
      else expect(value, field.name).not.toBeNull();
    }
  });

  it('sorts oldest first, ties by path', () => {
    const a = { published: 1, path: '/b/' };
    const b = { published: 1, path: '/a/' };
    const c = { published: 0, path: '/z/' };
    expect([a, b, c].sort(oldestFirst)).toEqual([c, b, a]);
  });
});

describe('withoutPictureMarks', () => {
  it("turns the image service's marks into pictures with their alt text and no address", () => {
    const html = '<p><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./map.png&#x22;,&#x22;alt&#x22;:&#x22;A map &#x26; a \\&#x22;key\\&#x22;&#x22;,&#x22;index&#x22;:0}"></p><p><img src="/x.png" alt="kept"></p>';
    expect(withoutPictureMarks(html)).toBe('<p><img alt="A map &amp; a &quot;key&quot;"></p><p><img src="/x.png" alt="kept"></p>');
  });

  it('gives a record the alt text of its pictures in its text', () => {
    const html = '<p>Before <img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./a.png&#x22;,&#x22;alt&#x22;:&#x22;the quay&#x22;}"> after</p>';
    expect(storyRecord(bare, html, 'x').text).toBe('Before the quay after');
  });
});
