import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, fixture, htmlFiles, readPage, ROOT } from '../helpers/build-site.ts';
import { SEED } from '../helpers/fixtures.ts';

describe('a small fixture archive', () => {
  let out: string;
  beforeAll(async () => {
    out = await builtSite(fixture('small'));
  });

  it('writes one page per published story at /yyyy/mm/slug/', () => {
    const stories = htmlFiles(out).filter((f) => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f));
    expect(stories).toEqual([
      '2024/03/harbour-bridge-reopens/index.html',
      '2024/05/tehran-book-fair/index.html',
      '2024/09/gdansk-floods/index.html',
    ]);
  });

  it('renders headline, dek, date, byline, source link, topics and paragraphs', () => {
    const html = readPage(out, '/2024/03/harbour-bridge-reopens/');
    expect(html).toContain('<h1>Harbour bridge reopens after two-year repair</h1>');
    expect(html).toContain('Commuters return to the crossing');
    expect(html).toMatch(/<time datetime="2024-03-12">12 March 2024<\/time>/);
    expect(html).toContain('By Maria Lopez');
    expect(html).toMatch(/<a href="https:\/\/example.org\/2024\/03\/harbour-bridge-reopens"[^>]*>Read the original at The Evening Ledger<\/a>/);
    expect(html).toMatch(/<a href="\/topics\/transport\/"[^>]*>transport<\/a>/);
    expect(html).toContain('<p>Ferry operators said passenger numbers had already begun to fall.</p>');
    expect(html).toMatch(/<h2[^>]*>What it cost<\/h2>/);
    expect(html).toMatch(/\d+ min read/);
  });

  it('keeps a story in the month it was written, in its own time zone', () => {
    const html = readPage(out, '/2024/09/gdansk-floods/');
    expect(html).toContain('<time datetime="2024-09-17T23:30:00-05:00">17 September 2024</time>');
    expect(html).toContain('An earlier version misstated the name of the river.');
  });

  it('marks the language of a story', () => {
    expect(readPage(out, '/2024/05/tehran-book-fair/')).toMatch(/<article[^>]*lang="fa"[^>]*dir="auto"/);
  });

  it('publishes no draft anywhere', () => {
    for (const file of htmlFiles(out)) {
      expect(fs.readFileSync(path.join(out, file), 'utf8'), file).not.toContain('must not be published');
    }
  });

  it('lists stories newest first on the home page, and has a 404 page', () => {
    const home = readPage(out, '/');
    const order = ['Flood waters recede', 'نمایشگاه کتاب', 'Harbour bridge reopens'].map((t) => home.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(home).toContain('3 stories, from 2024.');
    expect(readPage(out, '/404.html')).toContain('This page is not in the archive');
  });

  it('helps a reader who meets a missing page to search, and gives the search page one search box', () => {
    const missing = readPage(out, '/404.html');
    expect(missing).toContain('look like <code>/2025/06/headline-in-words/</code>');
    expect(missing).toMatch(/<form class="page-search" role="search" action="\/search\/" method="get">/);
    expect(missing).toMatch(/<input id="not-found-search" name="q" type="search"/);
    const search = readPage(out, '/search/');
    expect(search).not.toContain('id="site-search"');
    expect(readPage(out, '/')).toContain('id="site-search"');
  });

  it('puts every shelf page under breadcrumbs, like the archive pages', () => {
    const topic = readPage(out, '/topics/transport/');
    expect(topic).toMatch(/<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="\/">Clippings<\/a><\/li><li><a href="\/topics\/">Topics<\/a><\/li><li aria-current="page" dir="auto">transport<\/li><\/ol><\/nav>/);
    expect(topic).toContain('"@type":"BreadcrumbList"');
    expect(readPage(out, '/sources/')).toMatch(/<li aria-current="page" dir="auto">Sources<\/li>/);
  });

  it('ships no client JavaScript but the "/" search shortcut, and the search page its own', () => {
    for (const file of htmlFiles(out)) {
      const html = fs.readFileSync(path.join(out, file), 'utf8');
      const scripts = [...html.matchAll(/<script(?![^>]*type="application\/(ld\+)?json")[^>]*>/g)].map((m) => m[0]);
      const expected = file === 'search/index.html' ? 2 : 1;
      expect(scripts, file).toHaveLength(expected);
      for (const tag of scripts) expect(tag, file).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    }
  });
});

describe('the seed story', () => {
  it('holds all nine paragraphs word for word and no "Advertisement"', async () => {
    const out = await builtSite(path.join(ROOT, 'content'));
    const seedFile = fs.readFileSync(SEED, 'utf8');
    const paragraphs = seedFile.split('\n').map((l) => l.trim()).filter((l) => l && l !== 'Advertisement');
    expect(paragraphs).toHaveLength(9);
    const dir = path.join(out, '2025/06');
    const [slug] = fs.readdirSync(dir).filter((name) => fs.statSync(path.join(dir, name)).isDirectory());
    const html = readPage(out, `/2025/06/${slug}/`);
    for (const paragraph of paragraphs) expect(html).toContain(`<p>${paragraph}</p>`);
    expect(html).not.toContain('Advertisement');
    expect(html).toContain('<time datetime="2025-06-15">15 June 2025</time>');
  });
});

describe('pagination of the home page', () => {
  it('splits 45 stories into pages of 20 with working prev/next', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-many-'));
    fs.mkdirSync(path.join(dir, 'stories'));
    for (let i = 1; i <= 45; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      fs.writeFileSync(
        path.join(dir, 'stories', `story-number-${i}.md`),
        `---\ntitle: Story number ${i}\ndate: "2020-${month}-${day}"\n---\n\nParagraph ${i}.\n`,
      );
    }
    const out = await builtSite(dir);
    const pages = ['/', '/page/2/', '/page/3/'].map((p) => readPage(out, p));
    const titles = pages.map((html) => [...html.matchAll(/>(Story number \d+)</g)].map((m) => m[1]));
    expect(titles.map((t) => t.length)).toEqual([20, 20, 5]);
    expect(new Set(titles.flat()).size).toBe(45);
    expect(pages[0]).toMatch(/href="\/page\/2\/" rel="next"/);
    expect(pages[1]).toMatch(/href="\/" rel="prev"/);
    expect(pages[1]).toMatch(/href="\/page\/3\/" rel="next"/);
    expect(fs.existsSync(path.join(out, 'page/4/index.html'))).toBe(false);
  });
});

describe('the site under a sub-path', () => {
  it('prefixes every internal link with the base', async () => {
    const out = await builtSite(fixture('small'), { args: ['--base', '/news/'] });
    for (const file of htmlFiles(out)) {
      const html = fs.readFileSync(path.join(out, file), 'utf8');
      const internal = [...html.matchAll(/(?:href|action|src)="(\/[^"]*)"/g)].map((m) => m[1]);
      for (const link of internal) expect(link, `${file} links to ${link}`).toMatch(/^\/news\//);
    }
  });
});

describe('an empty archive', () => {
  it('builds a home page that says so', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-empty-'));
    fs.mkdirSync(path.join(dir, 'stories'));
    const out = await builtSite(dir);
    expect(readPage(out, '/')).toContain('No stories have been published yet.');
  });
});
