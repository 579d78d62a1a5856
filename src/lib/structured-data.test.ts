import { describe, expect, it } from 'vitest';
import { makeStories } from '../../tests/helpers/stories.ts';
import { breadcrumbList, newsArticle, serializeJsonLd } from './structured-data.ts';
import { storyCrumbs } from './breadcrumbs.ts';

const absolute = (path: string) => `https://example.org/news${path}`;
const [full, bare] = makeStories([
  {
    slug: 'floods',
    title: 'Flood waters recede',
    date: '2024-09-17T08:30:00+02:00',
    updated: '2024-09-18',
    dek: 'Residents return.',
    authors: ['Anna Nowak'],
    source: 'The Baltic Courier',
    url: 'https://example.com/floods',
    archived: '2024-09-20T10:00:00Z',
    tags: ['floods', 'weather'],
    language: 'pl',
  },
  { slug: 'bare', title: 'A bare story', date: '2020-01-01' },
]);

describe('NewsArticle', () => {
  it('carries every field the story knows', () => {
    expect(newsArticle(full, absolute)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Flood waters recede',
      description: 'Residents return.',
      datePublished: '2024-09-17T08:30:00+02:00',
      dateModified: '2024-09-18',
      author: [{ '@type': 'Person', name: 'Anna Nowak' }],
      publisher: { '@type': 'Organization', name: 'The Baltic Courier' },
      sourceOrganization: { '@type': 'Organization', name: 'The Baltic Courier' },
      isBasedOn: 'https://example.com/floods',
      sdDatePublished: '2024-09-20T10:00:00Z',
      archivedAt: 'https://example.org/news/2024/09/floods/',
      keywords: ['floods', 'weather'],
      inLanguage: 'pl',
      wordCount: full.words,
      url: 'https://example.org/news/2024/09/floods/',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/news/2024/09/floods/' },
    });
  });

  it('leaves out what is not known rather than inventing it', () => {
    const article = newsArticle(bare, absolute);
    for (const key of ['dateModified', 'author', 'publisher', 'sourceOrganization', 'isBasedOn', 'sdDatePublished', 'keywords']) {
      expect(article, key).not.toHaveProperty(key);
    }
  });

  it('describes a story without a dek by its opening words', () => {
    expect(newsArticle(bare, absolute).description).toBe('A few words of story text.');
  });
});

describe('BreadcrumbList', () => {
  it('numbers the trail from the home page to the story', () => {
    const list = breadcrumbList(storyCrumbs(full), absolute) as { itemListElement: { position: number; name: string; item: string }[] };
    expect(list.itemListElement.map((c) => [c.position, c.name, c.item])).toEqual([
      [1, 'Clippings', 'https://example.org/news/'],
      [2, 'Archive', 'https://example.org/news/archive/'],
      [3, '2024', 'https://example.org/news/2024/'],
      [4, 'September', 'https://example.org/news/2024/09/'],
      [5, 'Flood waters recede', 'https://example.org/news/2024/09/floods/'],
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot be broken out of, and still parses to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> <!-- & \u2028' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
