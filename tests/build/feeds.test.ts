// Every feed the site offers, in its three formats, as a feed reader meets them: a small archive
// of its own (tests/fixtures/feeds: a person, place and organisation two stories name, authors
// and a byline, an updated story, links within the site, a story in French), the pictures fixture
// published under a sub-path (bodies with pictures, lead pictures, captions), and the hostile
// archive (markup in every field). Atom and JSON Feed are checked against their
// specifications (tests/helpers/feed-validation.ts), with a real XML parser and feedsmith.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, fixture, readPage } from '../helpers/build-site.ts';
import { atomProblems, jsonFeedProblems } from '../helpers/feed-validation.ts';
import { attr, parseHtml, selectAll, toString } from '../helpers/html.ts';

const SITE = 'https://news.example.org';
const BASE = '/clippings/';
const CRANE = `${SITE}${BASE}2024/03/harbour-crane-collapses/`;

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name, jpath) => ['item', 'entry', 'category'].includes(name) || /^feed\.(entry\.)?link$/.test(String(jpath)) });

/** Every feed file of a built site, by folder: '' for the site's own, 'topics/harbour/' for a topic's. */
function feedFolders(out: string): Map<string, string[]> {
  const folders = new Map<string, string[]>();
  for (const file of fs.readdirSync(out, { recursive: true }) as string[]) {
    const name = path.basename(file);
    if (!['rss.xml', 'atom.xml', 'feed.json'].includes(name)) continue;
    const folder = path.dirname(file) === '.' ? '' : `${path.dirname(file).split(path.sep).join('/')}/`;
    folders.set(folder, [...(folders.get(folder) ?? []), name].sort());
  }
  return folders;
}

/** The story's body in each format. */
function bodies(out: string, folder: string, link: string): { rss: string; atom: string; json: string } {
  const read = (file: string) => fs.readFileSync(path.join(out, folder, file), 'utf8');
  const item = parser.parse(read('rss.xml')).rss.channel.item.find((i: { link: string }) => i.link === link);
  const entry = parser.parse(read('atom.xml')).feed.entry.find((e: { id: string }) => e.id === link);
  const jsonItem = JSON.parse(read('feed.json')).items.find((i: { id: string }) => i.id === link);
  return { rss: item['content:encoded'], atom: entry.content['#text'], json: jsonItem.content_html };
}

describe('feeds of an archive with pictures, under a sub-path', () => {
  let out: string;
  let folders: Map<string, string[]>;
  beforeAll(async () => {
    out = await builtSite(fixture('pictures'), { env: { SITE_URL: SITE }, args: ['--base', BASE] });
    folders = feedFolders(out);
  });

  it('offers RSS, Atom and JSON Feed side by side for the site and every topic', () => {
    expect(folders.get('')).toEqual(['atom.xml', 'feed.json', 'rss.xml']);
    expect([...folders.keys()].filter((f) => f.startsWith('topics/'))).toContain('topics/harbour/');
    expect([...folders].filter(([, files]) => files.length !== 3)).toEqual([]);
  });

  it('writes every Atom feed as RFC 4287 asks and every JSON Feed as version 1.1 asks', () => {
    const problems = [...folders.keys()].flatMap((folder) => [
      ...atomProblems(fs.readFileSync(path.join(out, folder, 'atom.xml'), 'utf8')).map((p) => `${folder}atom.xml: ${p}`),
      ...jsonFeedProblems(fs.readFileSync(path.join(out, folder, 'feed.json'), 'utf8')).map((p) => `${folder}feed.json: ${p}`),
    ]);
    expect(problems).toEqual([]);
  });

  it('lists the same stories in the same order in all three formats, with their addresses under the base', () => {
    for (const folder of folders.keys()) {
      const read = (file: string) => fs.readFileSync(path.join(out, folder, file), 'utf8');
      const rss = parser.parse(read('rss.xml')).rss.channel.item.map((i: { link: string }) => i.link);
      const atom = parser.parse(read('atom.xml')).feed.entry.map((e: { id: string }) => e.id);
      const json = JSON.parse(read('feed.json')).items.map((i: { id: string }) => i.id);
      expect(atom, folder).toEqual(rss);
      expect(json, folder).toEqual(rss);
      for (const link of rss) expect(link.startsWith(`${SITE}${BASE}`), link).toBe(true);
    }
  });

  it('carries each story’s whole text, its pictures at full addresses of files the build wrote', () => {
    for (const folder of ['', 'topics/harbour/']) {
      const { rss, atom, json } = bodies(out, folder, CRANE);
      expect(atom).toBe(rss);
      expect(json).toBe(rss);
      expect(rss).toContain('Harbour staff said nobody was on the quay when it fell.');
      expect(rss).toContain('Ferries to the islands are running from the west pier until further notice.');
      expect(rss).toContain('<figcaption>Where the crane stood on the east quay.');
      const addresses = [...rss.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
      const candidates = [...rss.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) => m[1].split(', ').map((c) => c.split(' ')[0]));
      const pictures = [...addresses, ...candidates];
      expect(pictures.length).toBeGreaterThanOrEqual(4);
      for (const address of pictures) {
        expect(address.startsWith(`${SITE}${BASE}_astro/`), address).toBe(true);
        expect(fs.existsSync(path.join(out, new URL(address).pathname.slice(BASE.length))), address).toBe(true);
      }
      // What only the site's layout reads stays on the site.
      expect(rss).not.toMatch(/\ssizes=|data-astro/);
    }
  });

  it('gives the lead picture, the dates and the topics in every format', () => {
    const entry = parser.parse(readPage(out, '/atom.xml')).feed.entry.find((e: { id: string }) => e.id === CRANE);
    const item = JSON.parse(readPage(out, '/feed.json')).items.find((i: { id: string }) => i.id === CRANE);
    expect(item.image).toBe(entry['media:content']['@_url']);
    expect(fs.existsSync(path.join(out, new URL(item.image).pathname.slice(BASE.length)))).toBe(true);
    expect(item.date_published).toBe('2024-03-12T00:00:00.000Z');
    expect(entry.published).toBe(item.date_published);
    expect(entry.updated).toBe(item.date_published);
    expect(item.tags).toEqual(['harbour', 'weather']);
    expect(entry.category.map((c: Record<string, string>) => c['@_term'])).toEqual(item.tags);
    expect(item.summary).toBe('Nobody was hurt when the 40-metre crane fell across the east quay.');
  });

  it('announces all three formats of the site’s feed and of a topic’s, each at a file the build wrote', () => {
    const head = parseHtml(readPage(out, '/topics/harbour/'));
    const links = selectAll('link[rel="alternate"]', head).map((link) => [attr(link, 'type'), attr(link, 'href')]);
    expect(links).toEqual([
      ['application/rss+xml', `${BASE}rss.xml`],
      ['application/atom+xml', `${BASE}atom.xml`],
      ['application/feed+json', `${BASE}feed.json`],
      ['application/rss+xml', `${BASE}topics/harbour/rss.xml`],
      ['application/atom+xml', `${BASE}topics/harbour/atom.xml`],
      ['application/feed+json', `${BASE}topics/harbour/feed.json`],
    ]);
    for (const [, href] of links) expect(fs.existsSync(path.join(out, href!.slice(BASE.length))), href).toBe(true);
  });

  it('links all three formats in words a reader sees, with the spaces between them', () => {
    const text = toString(parseHtml(readPage(out, '/topics/harbour/'))).replace(/\s+/g, ' ');
    expect(text).toContain('Follow this topic (RSS), or as Atom or JSON Feed.');
    expect(text).toContain('Follow the latest stories as RSS, Atom or JSON Feed, or the feed of any topic, person, place or organisation from its page.');
  });
});

describe('feeds of a small archive', () => {
  let out: string;
  const SMALL = 'https://feeds.example.org';
  const ENDS = `${SMALL}/2024/06/ferry-strike-ends/`;
  const json = (folder: string) => JSON.parse(fs.readFileSync(path.join(out, folder, 'feed.json'), 'utf8'));
  const atom = (folder: string) => parser.parse(fs.readFileSync(path.join(out, folder, 'atom.xml'), 'utf8')).feed;
  beforeAll(async () => {
    out = await builtSite(fixture('feeds'), { env: { SITE_URL: SMALL } });
  });

  it('offers all three formats for the site, the topic, the person, the place and the organisation, each valid', () => {
    const folders = feedFolders(out);
    expect([...folders.keys()]).toEqual(expect.arrayContaining(['', 'topics/transport/', 'people/maria-lopez/', 'places/gdansk/', 'organisations/baltic-ferries/']));
    expect([...folders].filter(([, files]) => files.length !== 3)).toEqual([]);
    for (const folder of folders.keys()) {
      expect(atomProblems(fs.readFileSync(path.join(out, folder, 'atom.xml'), 'utf8')), folder).toEqual([]);
      expect(jsonFeedProblems(fs.readFileSync(path.join(out, folder, 'feed.json'), 'utf8')), folder).toEqual([]);
    }
    expect(json('people/maria-lopez/').items.map((i: { id: string }) => i.id)).toEqual([ENDS, `${SMALL}/2024/05/ferry-strike-begins/`]);
    expect(json('people/maria-lopez/').feed_url).toBe(`${SMALL}/people/maria-lopez/feed.json`);
    expect(json('people/maria-lopez/').home_page_url).toBe(`${SMALL}/people/maria-lopez/`);
    expect(atom('places/gdansk/').link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(`${SMALL}/places/gdansk/atom.xml`);
  });

  it('gives the whole text in the site’s and a topic’s feeds, and summaries in a person’s, place’s or organisation’s', () => {
    for (const folder of ['', 'topics/transport/']) expect(json(folder).items.every((i: Record<string, unknown>) => typeof i.content_html === 'string'), folder).toBe(true);
    for (const folder of ['people/maria-lopez/', 'places/gdansk/', 'organisations/baltic-ferries/']) {
      const items = json(folder).items as Record<string, unknown>[];
      expect(items.every((i) => i.content_html === undefined && typeof i.content_text === 'string' && i.content_text === i.summary), folder).toBe(true);
      expect(atom(folder).entry.every((e: Record<string, unknown>) => e.content === undefined && e.summary), folder).toBe(true);
      expect(fs.readFileSync(path.join(out, folder, 'rss.xml'), 'utf8'), folder).not.toContain('content:encoded');
    }
  });

  it('names authors, or the byline’s, and dates a change', () => {
    const [ends, french, begins] = json('').items;
    expect(ends).toMatchObject({ authors: [{ name: 'Ann Bell' }, { name: 'Cy Dee' }], date_published: '2024-06-02T07:30:00.000Z', date_modified: '2024-06-03T08:00:00.000Z', external_url: 'https://courier.example/ferry-strike-ends', summary: 'Crews return to work on the Gdańsk routes.' });
    expect(begins.authors).toEqual([{ name: 'Cy Dee' }]);
    expect(begins.date_modified).toBeUndefined();
    expect(french.authors).toBeUndefined();
    const entry = atom('').entry[0];
    expect(entry.updated).toBe('2024-06-03T08:00:00.000Z');
    expect(entry.published).toBe('2024-06-02T07:30:00.000Z');
    expect(entry.author.map((a: { name: string }) => a.name)).toEqual(['Ann Bell', 'Cy Dee']);
    expect(atom('').updated).toBe('2024-06-03T08:00:00.000Z');
  });

  it('gives each story its language, and a feed the language its stories share', () => {
    const site = json('');
    expect(site.language).toBeUndefined();
    expect(site.items.map((i: { language: string }) => i.language)).toEqual(['en', 'fr', 'en']);
    expect(atom('').entry.map((e: Record<string, string>) => e['@_xml:lang'])).toEqual(['en', 'fr', 'en']);
    expect(json('people/maria-lopez/').language).toBe('en');
    expect(atom('people/maria-lopez/')['@_xml:lang']).toBe('en');
  });

  it('makes links within the site absolute in the full text', () => {
    const { rss, atom: atomBody, json: jsonBody } = bodies(out, '', ENDS);
    expect(atomBody).toBe(rss);
    expect(jsonBody).toBe(rss);
    expect(rss).toContain(`<a href="${SMALL}/2024/06/ferry-strike-begins/">began</a>`);
    expect(rss).toContain(`<a href="${ENDS}#the-agreement">is published in full</a>`);
    expect(rss).toContain('Pay rises by four per cent this year.');
  });
});

describe('feeds of a hostile archive', () => {
  let out: string;
  beforeAll(async () => {
    out = await builtSite(fixture('hostile'));
  });

  it('are valid, and carry markup from frontmatter as text and no script from a body', () => {
    const folders = feedFolders(out);
    expect(folders.size).toBeGreaterThan(1);
    for (const folder of folders.keys()) {
      const atom = fs.readFileSync(path.join(out, folder, 'atom.xml'), 'utf8');
      const json = fs.readFileSync(path.join(out, folder, 'feed.json'), 'utf8');
      expect(atomProblems(atom), folder).toEqual([]);
      expect(jsonFeedProblems(json), folder).toEqual([]);
    }
    const titles = parser.parse(readPage(out, '/atom.xml')).feed.entry.map((e: { title: string }) => e.title);
    expect(titles).toContain('Council minutes with a <script>alert("title")</script> in the headline');
    const item = JSON.parse(readPage(out, '/feed.json')).items.find((i: { title: string }) => i.title.startsWith('Council minutes'));
    expect(item.content_html).toContain('This sentence must still be shown.');
    expect(item.content_html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
    expect(item.tags).toEqual(['<script>alert("tag")</script>', "</script><script>alert('tag2')</script>"]);
  });
});
