import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, readPage } from '../helpers/build-site.ts';
import { browseArchive, browseStories, HOSTILE_TITLE, type FixtureStory } from '../helpers/browse-archive.ts';
import { crawl } from '../helpers/crawl.ts';
import { attr, htmlFiles, parseHtml, select, selectAll, toString } from '../helpers/html.ts';

const SITE = 'https://example.org';
const BASE = '/news/';
const stories = browseStories();
/** Newest first; stories published at the same instant go in URL order. */
const byPublication = (a: FixtureStory, b: FixtureStory) => instant(b.date) - instant(a.date) || (a.path < b.path ? -1 : 1);
const newestFirst = [...stories].sort(byPublication);

function instant(date: string): number {
  return Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
}

/** A site path as the built site links it: under the base. */
const based = (sitePath: string) => `${BASE.slice(0, -1)}${sitePath}`;
const unbased = (href: string) => (href.startsWith(BASE) ? href.slice(BASE.length - 1) : href);
const fold = (name: string) => name.toLowerCase();

let out: string;
beforeAll(async () => {
  out = await builtSite(browseArchive(), { args: ['--base', BASE, '--site', SITE] });
});

/**
 * Follow a list from its first page by rel="next", collecting the stories listed on each page.
 * Checks on the way that page n is marked aria-current and points back by rel="prev".
 */
function walkList(first: string): { stories: string[]; pages: string[] } {
  const found: string[] = [];
  const pages: string[] = [];
  let current: string | undefined = first;
  while (current) {
    pages.push(current);
    const tree = parseHtml(readPage(out, current));
    const listed = selectAll('main ol.story-list > li a', tree).map((a) => unbased(attr(a, 'href')!));
    found.push(...listed);
    const pager = select('nav.pager', tree);
    if (pager) {
      expect(unbased(attr(select('[aria-current="page"]', pager), 'href')!), `${current} marks itself`).toBe(current);
      const prev = select('a[rel~="prev"]', pager);
      if (pages.length > 1) expect(unbased(attr(prev, 'href')!)).toBe(pages.at(-2));
      else expect(prev).toBeUndefined();
    }
    const next = pager && select('a[rel~="next"]', pager);
    current = next ? unbased(attr(next, 'href')!) : undefined;
    expect(pages.length, `${first} keeps paginating`).toBeLessThan(100);
  }
  return { stories: found, pages };
}

/** Expect a list to hold exactly these stories, each once, newest first, 20 to a page. */
function expectList(first: string, expected: FixtureStory[]) {
  const { stories: listed, pages } = walkList(first);
  const want = [...expected].sort(byPublication).map((s) => s.path);
  expect(new Set(listed).size, `${first} repeats a story`).toBe(listed.length);
  expect(listed, first).toEqual(want);
  expect(pages.length, `${first} pages`).toBe(Math.max(1, Math.ceil(expected.length / 20)));
}

function groupBy<K>(list: FixtureStory[], key: (s: FixtureStory) => K[]): Map<K, FixtureStory[]> {
  const groups = new Map<K, FixtureStory[]>();
  for (const story of list) {
    for (const k of new Set(key(story))) groups.set(k, [...(groups.get(k) ?? []), story]);
  }
  return groups;
}

/** Names and links on every page of a topic or source index, in the order shown. */
function shelfIndex(first: string): { name: string; href: string; count: number }[] {
  const entries: { name: string; href: string; count: number }[] = [];
  for (const page of walkIndex(first)) {
    for (const li of selectAll('ul.name-index > li', parseHtml(readPage(out, page)))) {
      const a = select('a', li)!;
      entries.push({ name: toString(a), href: unbased(attr(a, 'href')!), count: Number(toString(select('.count', li)!).split(' ')[0]) });
    }
  }
  return entries;
}

function walkIndex(first: string): string[] {
  const pages = [first];
  for (;;) {
    const next = select('nav.pager a[rel~="next"]', parseHtml(readPage(out, pages.at(-1)!)));
    if (!next) return pages;
    pages.push(unbased(attr(next, 'href')!));
  }
}

describe('the date archive', () => {
  it('lists every story once in its month, newest first, paginated without gaps', () => {
    const months = groupBy(stories, (s) => [`/${s.year}/${String(s.month).padStart(2, '0')}/`]);
    expect(months.get('/2024/03/')!.length).toBeGreaterThan(20);
    for (const [first, inMonth] of months) expectList(first, inMonth);
  });

  it('lists every story once in its year, with month counts that add up', () => {
    const years = groupBy(stories, (s) => [s.year]);
    for (const [year, inYear] of years) {
      expectList(`/${year}/`, inYear);
      const counts = selectAll('nav.month-counts li', parseHtml(readPage(out, `/${year}/`))).map((li) => Number(toString(select('.count', li)!).split(' ')[0]));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(inYear.length);
    }
  });

  it('makes no page for an empty year or month', () => {
    expect(fs.existsSync(path.join(out, '2022'))).toBe(false);
    const built = new Set(htmlFiles(out).filter((f) => /^\d{4}\/\d{2}\/index\.html$/.test(f)));
    const wanted = new Set(stories.map((s) => `${s.year}/${String(s.month).padStart(2, '0')}/index.html`));
    expect(built).toEqual(wanted);
  });

  it('keeps a story named "page" apart from the month’s later pages', () => {
    expect(readPage(out, '/2024/03/page/')).toMatch(/<article/);
    expect(readPage(out, '/2024/03/page/2/')).toMatch(/<ol class="story-list"/);
  });

  it('draws a chart whose bars are the stories per month, each linked to its month', () => {
    const tree = parseHtml(readPage(out, '/archive/'));
    const svg = select('figure.timeline svg', tree)!;
    expect(toString(select('title', svg)!)).toMatch(/^Stories per month/);
    expect(select('desc', svg)).toBeDefined();
    const bars = new Map(selectAll('a', svg).map((a) => [unbased(attr(a, 'href')!), Number(attr(a, 'dataCount'))]));
    const months = groupBy(stories, (s) => [`/${s.year}/${String(s.month).padStart(2, '0')}/`]);
    expect(bars).toEqual(new Map([...months].map(([p, list]) => [p, list.length])));
    const cells = new Map(selectAll('table.month-table td a', tree).map((a) => [unbased(attr(a, 'href')!), Number(toString(a))]));
    expect(cells).toEqual(bars);
  });
});

describe('topics and sources', () => {
  it('lists every topic with its stories, merging only names that differ in case', () => {
    const index = shelfIndex('/topics/');
    const byFold = groupBy(stories, (s) => s.tags.map(fold));
    expect(index.map((e) => fold(e.name)).sort()).toEqual([...byFold.keys()].sort());
    expect(new Set(index.map((e) => e.href)).size).toBe(index.length);
    expect(index.find((e) => e.name === 'by count')!.href).not.toBe('/topics/by-count/');
    expect(index.find((e) => e.name === 'Page')!.href).not.toBe('/topics/page/');
    for (const entry of index) {
      const expected = byFold.get(fold(entry.name))!;
      expect(entry.count, entry.name).toBe(expected.length);
      expectList(entry.href, expected);
    }
    const total = stories.reduce((n, s) => n + new Set(s.tags.map(fold)).size, 0);
    expect(index.reduce((n, e) => n + e.count, 0)).toBe(total);
  });

  it('orders topics by count on a second static page', () => {
    const counts = shelfIndex('/topics/by-count/').map((e) => e.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('lists every source, with stories known only by URL under the host name', () => {
    const index = shelfIndex('/sources/');
    const sourceOf = (s: FixtureStory) => (s.source ? [fold(s.source)] : s.url ? [new URL(s.url).hostname] : []);
    const bySource = groupBy(stories, sourceOf);
    expect(index.map((e) => fold(e.name)).sort()).toEqual([...bySource.keys()].sort());
    expect(index.find((e) => e.name === 'C++ Weekly')!.href).not.toBe(index.find((e) => e.name === 'C Weekly')!.href);
    for (const entry of index) expectList(entry.href, bySource.get(fold(entry.name))!);
    expect(index.reduce((n, e) => n + e.count, 0)).toBe(stories.filter((s) => sourceOf(s).length > 0).length);
  });
});

describe('feeds, sitemap and robots.txt', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'url' || name === 'category' });

  it('publishes the latest 50 stories as well-formed RSS 2.0, newest first', () => {
    const xml = fs.readFileSync(path.join(out, 'rss.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = parser.parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    const items = rss.channel.item as { title: string; link: string; pubDate: string }[];
    expect(items.map((i) => i.link)).toEqual(newestFirst.slice(0, 50).map((s) => `${SITE}${based(s.path)}`));
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(items.some((i) => i.title === HOSTILE_TITLE) || !newestFirst.slice(0, 50).some((s) => s.title === HOSTILE_TITLE)).toBe(true);
  });

  it('publishes a feed per topic, advertised in the topic page’s head', () => {
    const entry = shelfIndex('/topics/').find((e) => e.name === '<b>markup</b> & co')!;
    const head = select('head', parseHtml(readPage(out, entry.href)))!;
    const feedHref = selectAll('link[rel="alternate"][type="application/rss+xml"]', head).map((l) => unbased(attr(l, 'href')!));
    expect(feedHref).toContain('/rss.xml');
    const topicFeed = feedHref.find((h) => h !== '/rss.xml')!;
    const xml = fs.readFileSync(path.join(out, topicFeed), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).rss.channel.item.length).toBe(Math.min(50, entry.count));
  });

  it('lists every page in the sitemap, named by robots.txt', () => {
    const robots = fs.readFileSync(path.join(out, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const index = parser.parse(fs.readFileSync(path.join(out, 'sitemap-index.xml'), 'utf8'));
    const maps = [index.sitemapindex.sitemap].flat().map((m: { loc: string }) => m.loc.replace(`${SITE}${BASE}`, ''));
    const listed = new Set(maps.flatMap((file: string) => parser.parse(fs.readFileSync(path.join(out, file), 'utf8')).urlset.url.map((u: { loc: string }) => u.loc)));
    for (const story of stories) expect(listed, story.path).toContain(`${SITE}${based(story.path)}`);
    const pages = htmlFiles(out).filter((f) => f !== '404.html').map((f) => `${SITE}${BASE}${f.replace(/index\.html$/, '')}`);
    expect([...listed].sort()).toEqual(pages.sort());
  });
});

describe('page metadata', () => {
  it('gives every page a title, description, canonical URL and link-preview tags', () => {
    for (const file of htmlFiles(out).filter((f) => f !== '404.html')) {
      const head = select('head', parseHtml(fs.readFileSync(path.join(out, file), 'utf8')))!;
      const canonical = attr(select('link[rel="canonical"]', head), 'href');
      expect(canonical, file).toBe(`${SITE}${BASE}${file.replace(/index\.html$/, '')}`);
      expect(toString(select('title', head)!).length, file).toBeGreaterThan(0);
      for (const selector of ['meta[name="description"]', 'meta[property="og:title"]', 'meta[property="og:url"]', 'meta[name="twitter:card"]']) {
        expect(attr(select(selector, head), 'content'), `${file} ${selector}`).toBeTruthy();
      }
    }
  });

  it('describes a story as a NewsArticle that a headline cannot break out of', () => {
    const story = stories.find((s) => s.title === HOSTILE_TITLE)!;
    const html = readPage(out, story.path);
    const scripts = selectAll('script', parseHtml(html));
    // Besides the site's one module script (the search shortcut), only the JSON-LD data block.
    expect(scripts.map((s) => attr(s, 'type')).filter((t) => t !== 'module')).toEqual(['application/ld+json']);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));
    const [article, crumbs] = blocks.flat();
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: HOSTILE_TITLE,
      datePublished: story.date,
      inLanguage: 'en',
      keywords: story.tags,
      mainEntityOfPage: { '@id': `${SITE}${based(story.path)}` },
    });
    expect(article.wordCount).toBeGreaterThan(10);
    if (story.source) expect(article.publisher).toEqual({ '@type': 'Organization', name: story.source });
    expect(crumbs['@type']).toBe('BreadcrumbList');
    expect(crumbs.itemListElement.at(-1).item).toBe(`${SITE}${based(story.path)}`);
  });

  it('names authors, the original and the archived copy in story JSON-LD and citation', () => {
    const story = stories.find((s, i) => i % 5 === 0 && s.url)!;
    const html = readPage(out, story.path);
    const [article] = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
    expect(article.author).toEqual([{ '@type': 'Person', name: 'Maria Lopez' }, { '@type': 'Person', name: 'Sam Roe' }]);
    expect(article.isBasedOn).toBe(story.url);
    // The first style shown is APA's.
    const citation = toString(select('.citation', parseHtml(html))!);
    expect(citation).toContain('Lopez, M., & Roe, S.');
    expect(citation).toContain(story.url);
    expect(citation).toContain(`Retrieved July 1, 2025, from Clippings: ${SITE}${based(story.path)}`);
  });

  it('shows the story in three citation styles and offers its BibTeX, RIS and CSL-JSON files beside the page', () => {
    const story = stories.find((s, i) => i % 5 === 0 && s.url)!;
    const tree = parseHtml(readPage(out, story.path));
    expect(selectAll('.cite summary', tree).map(toString)).toEqual(['APA 7', 'MLA 9', 'Chicago 17 (notes and bibliography)']);
    expect(selectAll('.cite .citation', tree)).toHaveLength(4);
    const files = selectAll('.cite-files a', tree).map((a) => attr(a, 'href')!);
    expect(files).toEqual(['bib', 'ris', 'json'].map((ext) => based(`${story.path}citation.${ext}`)));
    const read = (href: string) => fs.readFileSync(path.join(out, unbased(href)), 'utf8');
    expect(read(files[0])).toMatch(/^@article\{lopez\d{4}[a-z0-9]*,\n/);
    expect(read(files[0])).toContain(`url          = {${SITE}${based(story.path)}}`);
    expect(read(files[1])).toMatch(/^TY {2}- NEWS\r\nAU {2}- Lopez, Maria\r\n/);
    const [item] = JSON.parse(read(files[2]));
    expect(item).toMatchObject({ type: 'article-newspaper', URL: `${SITE}${based(story.path)}`, author: [{ family: 'Lopez', given: 'Maria' }, { family: 'Roe', given: 'Sam' }] });
    // One of each file for every story, and for nothing else.
    for (const ext of ['bib', 'ris', 'json']) {
      const written = (fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => path.basename(f) === `citation.${ext}`);
      expect(written, ext).toHaveLength(stories.length);
    }
  });
});

describe('story pages', () => {
  it('link topics and source to their pages, and earlier and later stories in time', () => {
    const i = 3;
    const story = newestFirst[i];
    const tree = parseHtml(readPage(out, story.path));
    const topicLinks = selectAll('.story-footer ul.topics a', tree).map((a) => unbased(attr(a, 'href')!));
    expect(topicLinks.length).toBe(new Set(story.tags.map(fold)).size);
    for (const href of topicLinks) expect(walkList(href).stories).toContain(story.path);
    expect(unbased(attr(select('nav.adjacent a.earlier', tree), 'href')!)).toBe(newestFirst[i + 1].path);
    expect(unbased(attr(select('nav.adjacent a.later', tree), 'href')!)).toBe(newestFirst[i - 1].path);
  });

  it('shows related stories that share a topic, person or place', () => {
    const story = newestFirst[10];
    const related = selectAll('section.related li a', parseHtml(readPage(out, story.path))).map((a) => unbased(attr(a, 'href')!));
    expect(related.length).toBeGreaterThan(0);
    expect(related).not.toContain(story.path);
  });
});

describe('the site under a base path', () => {
  it('has no broken internal link', () => {
    const result = crawl(out, { site: SITE, base: BASE });
    expect(result.pages).toBeGreaterThan(stories.length);
    expect(result.links).toBeGreaterThan(result.pages * 10);
    expect(result.broken).toEqual([]);
  });
});
