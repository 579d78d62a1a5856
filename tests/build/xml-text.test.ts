// Scraped text carries control characters that XML 1.0 forbids, and a feed reader rejects a whole
// feed for one of them. Every XML file the site writes must still parse, and keep the words.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, fixture } from '../helpers/build-site.ts';
import { SITE_NAME } from '../../src/lib/site.ts';

/**
 * The characters outside XML 1.0's Char production, as "U+0001 U+FFFE", or '' when there are
 * none. XMLValidator checks structure only and lets any character through, so this check stands
 * beside it.
 */
function forbiddenCharacters(xml: string): string {
  const found = new Set(xml.match(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu));
  return [...found].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

interface FeedItem {
  title: string;
  description?: string;
  category: string[];
}

describe('XML files from stories with control characters', () => {
  let out: string;
  let xmlFiles: string[];
  const parser = new XMLParser({ isArray: (name) => name === 'item' || name === 'category' });
  const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
  const feed = (file: string) => parser.parse(read(file)).rss.channel as { title: string; item: FeedItem[] };

  beforeAll(async () => {
    out = await builtSite(fixture('xml-text'));
    xmlFiles = (fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.xml')).sort();
  });

  it('writes the site feed, topic feeds and the sitemap', () => {
    expect(xmlFiles).toEqual(expect.arrayContaining(['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'topics/harbour/rss.xml', 'topics/floods/rss.xml']));
    expect(xmlFiles.filter((f) => f.startsWith('topics/')).length).toBe(4);
  });

  it('writes every XML file well-formed, with only characters XML 1.0 allows', () => {
    const problems = xmlFiles.flatMap((file) => {
      const xml = read(file);
      const valid = XMLValidator.validate(xml);
      const forbidden = forbiddenCharacters(xml);
      return [...(valid === true ? [] : [`${file}: ${valid.err.msg}`]), ...(forbidden ? [`${file}: ${forbidden}`] : [])];
    });
    expect(problems).toEqual([]);
  });

  it('keeps the words of titles, deks, sources and tags in the site feed', () => {
    const items = feed('rss.xml').item;
    expect(items.map((i) => i.title)).toEqual(['Tide tables revised', 'Control room report']);
    expect(items.map((i) => i.description)).toEqual(['New tables for the coast. From example.org.', 'Pumps failed at dawn. From The Tide Ledger Daily.']);
    expect(items[1].category).toEqual(['floods', 'storm watch', 'harbour']);
  });

  it('keeps the topic’s name in a topic feed’s title', () => {
    const names = xmlFiles.filter((f) => f.startsWith('topics/')).map((f) => feed(f).title);
    expect(names.sort()).toEqual([`${SITE_NAME}: floods`, `${SITE_NAME}: floods`, `${SITE_NAME}: harbour`, `${SITE_NAME}: storm watch`]);
    expect(feed('topics/harbour/rss.xml').item.map((i) => i.title)).toEqual(['Tide tables revised', 'Control room report']);
  });
});
