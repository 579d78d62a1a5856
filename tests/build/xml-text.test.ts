// Scraped text carries control characters that XML 1.0 forbids, and a feed reader rejects a whole
// feed for one of them. Every XML file the site writes must still parse, and keep the words; the
// JSON Feeds carry the same words as the XML ones.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, fixture } from '../helpers/build-site.ts';
import { atomProblems, forbiddenXmlCharacters as forbiddenCharacters, jsonFeedProblems } from '../helpers/feed-validation.ts';
import { SITE_NAME } from '../../src/lib/site.ts';

interface FeedItem {
  title: string;
  description?: string;
  category: string[];
  'content:encoded': string;
}

/** The body's last paragraph as every feed must carry it: the forbidden characters gone, the rest escaped as HTML. */
const BODY_TEXT = 'The log reads pump two &#x26; three &#x3C; four ]]> off, as';
const BODY_LINK = 'href="http://localhost:4321/2024/05/revised-tide-tables/"';

describe('XML files from stories with control characters', () => {
  let out: string;
  let xmlFiles: string[];
  const parser = new XMLParser({ isArray: (name) => name === 'item' || name === 'category' });
  const atomParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'category' });
  const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
  const feed = (file: string) => parser.parse(read(file)).rss.channel as { title: string; item: FeedItem[] };

  beforeAll(async () => {
    out = await builtSite(fixture('xml-text'));
    xmlFiles = (fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.xml')).sort();
  });

  it('writes the site feed, topic feeds and the sitemap', () => {
    expect(xmlFiles).toEqual(
      expect.arrayContaining(['rss.xml', 'atom.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'topics/harbour/rss.xml', 'topics/harbour/atom.xml', 'topics/floods/rss.xml']),
    );
    expect(xmlFiles.filter((f) => f.startsWith('topics/')).length).toBe(8);
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

  it('keeps the words of titles, deks, sources, tags and bodies in the site feed', () => {
    const items = feed('rss.xml').item;
    expect(items.map((i) => i.title)).toEqual(['Tide tables revised', 'Control room report']);
    expect(items.map((i) => i.description)).toEqual(['New tables for the coast. From example.org.', 'Pumps failed at dawn. From The Tide Ledger Daily.']);
    expect(items[1].category).toEqual(['floods', 'storm watch', 'harbour']);
    expect(items[1]['content:encoded']).toContain(BODY_TEXT);
    expect(items[1]['content:encoded']).toContain(BODY_LINK);
  });

  it('writes every Atom feed valid, with the same words as RSS', () => {
    const atoms = xmlFiles.filter((f) => f.endsWith('atom.xml'));
    expect(atoms).toHaveLength(5);
    expect(atoms.flatMap((file) => atomProblems(read(file)).map((problem) => `${file}: ${problem}`))).toEqual([]);
    const entries = atomParser.parse(read('atom.xml')).feed.entry as { title: string; summary?: string; category: { '@_term': string }[]; author: { name: string }; content: { '#text': string } }[];
    expect(entries.map((e) => e.title)).toEqual(['Tide tables revised', 'Control room report']);
    expect(entries.map((e) => e.summary)).toEqual(['New tables for the coast.', 'Pumps failed at dawn.']);
    expect(entries[1].category.map((c) => c['@_term'])).toEqual(['floods', 'storm watch', 'harbour']);
    expect(entries[1].author.name).toBe('Maria Lopez');
    expect(entries[1].content['#text']).toContain(BODY_TEXT);
  });

  it('writes every JSON Feed valid, with the same words as the XML feeds and no character XML forbids', () => {
    const jsons = (fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('feed.json')).sort();
    expect(jsons).toEqual(xmlFiles.filter((f) => f.endsWith('rss.xml')).map((f) => f.replace('rss.xml', 'feed.json')));
    expect(jsons.flatMap((file) => jsonFeedProblems(read(file)).map((problem) => `${file}: ${problem}`))).toEqual([]);
    expect(jsons.map((file) => `${file}: ${forbiddenCharacters(read(file))}`)).toEqual(jsons.map((file) => `${file}: `));
    const items = JSON.parse(read('feed.json')).items as { title: string; summary?: string; tags: string[]; authors: { name: string }[]; content_html: string }[];
    expect(items.map((i) => i.title)).toEqual(['Tide tables revised', 'Control room report']);
    expect(items.map((i) => i.summary)).toEqual(['New tables for the coast.', 'Pumps failed at dawn.']);
    expect(items[1].tags).toEqual(['floods', 'storm watch', 'harbour']);
    expect(items[1].authors).toEqual([{ name: 'Maria Lopez' }]);
    expect(items[1].content_html).toContain(BODY_TEXT);
    expect(items[1].content_html).toContain(BODY_LINK);
  });

  it('keeps the topic’s name in a topic feed’s title', () => {
    const names = xmlFiles.filter((f) => f.startsWith('topics/') && f.endsWith('rss.xml')).map((f) => feed(f).title);
    expect(names.sort()).toEqual([`${SITE_NAME}: floods`, `${SITE_NAME}: floods`, `${SITE_NAME}: harbour`, `${SITE_NAME}: storm watch`]);
    expect(feed('topics/harbour/rss.xml').item.map((i) => i.title)).toEqual(['Tide tables revised', 'Control room report']);
  });
});
