// The data files and "On this day", on a built archive (tests/fixtures/calendar) under a base
// path: what the bulk files hold against the site's own story count, their checksums against
// what datapackage.json and /data/ state, each story's JSON, and the calendar's pages and links.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, fixture, readPage } from '../helpers/build-site.ts';
import { attr, parseHtml, select, selectAll, toString } from '../helpers/html.ts';
import { siteCounts } from '../../src/lib/site-counts.ts';
import { dataFileProblems } from '../../src/lib/data/data-check.ts';
import { RECORD_FIELDS } from '../../src/lib/data/record-fields.ts';

const SITE = 'https://example.org';
const BASE = '/news/';
const based = (sitePath: string) => `${BASE.slice(0, -1)}${sitePath}`;
const file = (sitePath: string) => path.join(out, sitePath);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const records = (sitePath: string) =>
  gunzipSync(fs.readFileSync(file(sitePath)))
    .toString('utf8')
    .split('\n')
    .filter((line, i, all) => line !== '' || i < all.length - 1)
    .map((line) => JSON.parse(line));

interface Resource {
  path: string;
  bytes: number;
  hash: string;
  count: number;
  schema: string;
}

let out: string;
let stories: number;
let resources: Resource[];
beforeAll(async () => {
  out = await builtSite(fixture('calendar'), { args: ['--base', BASE, '--site', SITE] });
  stories = siteCounts(out).storyPages;
  resources = JSON.parse(fs.readFileSync(file('/data/datapackage.json'), 'utf8')).resources;
});

describe('bulk files', () => {
  it("hold every story once: the archive's file and the years' files together, as many lines as the site has story pages", () => {
    expect(stories).toBe(8);
    const all = records('/index.jsonl.gz');
    expect(all).toHaveLength(stories);
    expect(new Set(all.map((record) => record.path)).size).toBe(stories);
    const years = ['2020', '2022', '2023', '2024', '2025'];
    expect(fs.readdirSync(out).filter((name) => fs.existsSync(file(`/${name}/index.jsonl.gz`))).sort()).toEqual(years);
    const inYears = years.flatMap((year) => records(`/${year}/index.jsonl.gz`));
    expect(inYears.map((record) => record.path)).toEqual(all.map((record) => record.path));
    for (const year of years) expect(records(`/${year}/index.jsonl.gz`).every((record) => record.day.startsWith(year))).toBe(true);
    expect(all.some((record) => /draft/i.test(record.title))).toBe(false);
  });

  it('run oldest first', () => {
    const days = records('/index.jsonl.gz').map((record) => record.day);
    expect(days).toEqual([...days].sort());
    expect(days[0]).toBe('2020-02-29');
  });

  it('have every field of the schema in every line, in its order', () => {
    const names = RECORD_FIELDS.map((field) => field.name);
    for (const record of records('/index.jsonl.gz')) expect(Object.keys(record)).toEqual(names);
  });

  it('are described by datapackage.json with the bytes, SHA-256 and counts of the files written', () => {
    expect(resources.map((resource) => resource.path)).toEqual([
      `${SITE}${based('/index.jsonl.gz')}`,
      ...['2020', '2022', '2023', '2024', '2025'].map((year) => `${SITE}${based(`/${year}/index.jsonl.gz`)}`),
    ]);
    for (const resource of resources) {
      const sitePath = new URL(resource.path).pathname.slice(BASE.length - 1);
      const bytes = fs.readFileSync(file(sitePath));
      expect(resource.bytes, sitePath).toBe(bytes.length);
      expect(resource.hash, sitePath).toBe(`sha256:${sha256(bytes)}`);
      expect(resource.count, sitePath).toBe(records(sitePath).length);
      expect(resource.schema).toBe(`${SITE}${based('/data/schema.json')}`);
    }
    expect(resources[0].count).toBe(stories);
    const schema = JSON.parse(fs.readFileSync(file('/data/schema.json'), 'utf8'));
    expect(schema.fields.map((field: { name: string }) => field.name)).toEqual(RECORD_FIELDS.map((field) => field.name));
    expect(dataFileProblems(out, BASE, records('/index.jsonl.gz').map((record) => record.path))).toEqual([]);
  });

  it('are listed on /data/ with the SHA-256, count and size of each, and how to check them', () => {
    const page = parseHtml(readPage(out, '/data/'));
    const items = selectAll('.data-files li', page);
    expect(items).toHaveLength(resources.length);
    for (const resource of resources) {
      const sitePath = new URL(resource.path).pathname;
      const item = items.find((li) => attr(select('a', li), 'href') === sitePath);
      expect(item, sitePath).toBeDefined();
      expect(toString(select('code', item!)!)).toBe(resource.hash.slice('sha256:'.length));
      expect(toString(item!)).toContain(resource.count === 1 ? '1 story' : `${resource.count} stories`);
    }
    const text = toString(page);
    expect(text).toContain(`curl -s ${SITE}${based('/2025/index.jsonl.gz')} | sha256sum`);
    expect(text).toContain('gunzip -c | wc -l');
    for (const linked of ['/data/datapackage.json', '/data/schema.json']) expect(selectAll('a', page).some((a) => attr(a, 'href') === based(linked)), linked).toBe(true);
  });
});

describe("a story's JSON", () => {
  it('sits beside its page, the same record as its line, with the body as text and HTML and its permanent address', () => {
    const line = records('/index.jsonl.gz').find((record) => record.path === '/2023/06/harbour-market-opens/');
    const json = JSON.parse(fs.readFileSync(file('/2023/06/harbour-market-opens/index.json'), 'utf8'));
    expect(json).toEqual(line);
    expect(json.permanentUrl).toBe(`${SITE}${based('/2023/06/harbour-market-opens/')}`);
    expect(json.text).toContain('"We waited years for this," said the organiser, Ana Ruiz.');
    expect(json.html).toMatch(/<table>[\s\S]*<td>fish<\/td>/);
    expect(json).toMatchObject({
      dek: 'Forty stalls line the old fish quay.',
      date: '2023-06-15',
      updated: '2023-06-16',
      archived: '2024-01-02T10:00:00Z',
      corrections: [{ date: '2023-06-17', text: 'The market has forty stalls, not fourteen.' }],
      license: null,
    });
  });

  it('keeps a date-time with its offset, and the calendar day as written', () => {
    const json = JSON.parse(fs.readFileSync(file('/2022/12/new-year-fireworks/index.json'), 'utf8'));
    expect([json.date, json.day]).toEqual(['2022-12-31T23:30:00-05:00', '2022-12-31']);
  });

  it('exists for every story page', () => {
    for (const record of records('/index.jsonl.gz')) {
      expect(fs.existsSync(file(`${record.path}index.html`)), record.path).toBe(true);
      expect(fs.existsSync(file(`${record.path}index.json`)), record.path).toBe(true);
    }
  });
});

describe('on this day', () => {
  const days = ['02-29', '03-01', '06-15', '12-31'];

  it('has a page for each calendar day with stories, and the calendar links each with its count', () => {
    expect(fs.readdirSync(file('/on-this-day')).filter((name) => name !== 'index.html').sort()).toEqual(days);
    const calendar = parseHtml(readPage(out, '/on-this-day/'));
    const links = selectAll('main a', calendar).filter((a) => attr(a, 'href')?.startsWith(based('/on-this-day/')));
    expect(links.map((a) => attr(a, 'href'))).toEqual(days.map((day) => based(`/on-this-day/${day}/`)));
    expect(links.map((a) => toString(a))).toEqual(['29 February', '1 March', '15 June', '31 December']);
    expect(toString(calendar)).toContain('15 June 4 stories');
  });

  it("lists a day's stories under their years, newest first, with 29 February from both leap years", () => {
    const june = parseHtml(readPage(out, '/on-this-day/06-15/'));
    expect(selectAll('main h2', june).map((h) => toString(h))).toEqual(['2025', '2024', '2023']);
    expect(selectAll('main .story-list h3 a', june).map((a) => attr(a, 'href'))).toEqual([
      based('/2025/06/market-reopens-plan/'),
      based('/2025/06/market-storm/'),
      based('/2024/06/market-anniversary/'),
      based('/2023/06/harbour-market-opens/'),
    ]);
    const leap = parseHtml(readPage(out, '/on-this-day/02-29/'));
    expect(selectAll('main h2', leap).map((h) => toString(h))).toEqual(['2024', '2020']);
  });

  it('links the days before and after that have stories, and the trail back to the calendar', () => {
    const june = parseHtml(readPage(out, '/on-this-day/06-15/'));
    expect(attr(select('nav.adjacent a.earlier', june), 'href')).toBe(based('/on-this-day/03-01/'));
    expect(attr(select('nav.adjacent a.later', june), 'href')).toBe(based('/on-this-day/12-31/'));
    expect(select('nav.adjacent a.earlier', parseHtml(readPage(out, '/on-this-day/02-29/')))).toBeUndefined();
    expect(selectAll('nav.breadcrumbs a', june).map((a) => attr(a, 'href'))).toContain(based('/on-this-day/'));
  });

  it("is reached from each story's date, and each story is on its day's page", () => {
    for (const record of records('/index.jsonl.gz')) {
      const page = parseHtml(readPage(out, record.path));
      const dayPath = based(`/on-this-day/${record.day.slice(5)}/`);
      const link = select('.story-header .meta a:has(time)', page);
      expect(attr(link, 'href'), record.path).toBe(dayPath);
      const day = parseHtml(readPage(out, dayPath.slice(BASE.length - 1)));
      expect(selectAll('main .story-list a', day).map((a) => attr(a, 'href'))).toContain(based(record.path));
    }
  });

  it('is in the sitemap', () => {
    const sitemap = fs.readFileSync(file('/sitemap-0.xml'), 'utf8');
    for (const day of ['', ...days.map((d) => `${d}/`)]) expect(sitemap).toContain(`<loc>${SITE}${based(`/on-this-day/${day}`)}</loc>`);
    expect(sitemap).toContain(`<loc>${SITE}${based('/data/')}</loc>`);
  });

  it('is linked, with the data, from the archive page', () => {
    const hrefs = selectAll('main a', parseHtml(readPage(out, '/archive/'))).map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(expect.arrayContaining([based('/on-this-day/'), based('/data/')]));
  });
});
