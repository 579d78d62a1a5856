import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Rejection } from './prepare.ts';
import type { SkippedPage } from './read-web-archive.ts';
import { importFiles, type ImportEvents, type ImportSettings } from './run.ts';
import { writeWarc } from '../../../tests/helpers/warc.ts';

// Web archives as crawls really come: pages that break parsers, files cut short or damaged, pages
// without a date, stories at query-string addresses, and far more images than pages.

const NOW = new Date('2026-01-01T00:00:00Z');
const words = (n: number, word = 'harbour') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

/** A story page; its words are its headline's first word numbered, so no two stories have the same text. */
function page(title: string, { date, body = words(120, title.split(' ')[0].toLowerCase()) }: { date?: string; body?: string } = {}): string {
  const published = date ? `<meta property="article:published_time" content="${date}">` : '';
  return `<!DOCTYPE html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article">${published}</head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
}

async function run(inputs: string[], settings: Partial<ImportSettings> = {}, events: ImportEvents = {}) {
  const contentDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-warc-content-')), 'content');
  const rejections: Rejection[] = [];
  const skipped: SkippedPage[] = [];
  const rejectsFiles: string[] = [];
  const summary = await importFiles(inputs, { contentDir, now: NOW, ...settings }, {
    rejected: (rejection) => rejections.push(rejection),
    skipped: (page) => skipped.push(page),
    rejectsWritten: (_, file) => rejectsFiles.push(file),
    ...events,
  });
  const stories = summary.files.filter((file) => fs.existsSync(file)).map((file) => {
    const [, frontmatter, body] = fs.readFileSync(file, 'utf8').split(/^---$/m);
    return { fields: parse(frontmatter) as Record<string, unknown>, body };
  });
  return { summary, rejections, skipped, rejectsFiles, stories, contentDir };
}

const site = 'https://news.example.org';

describe('a web archive with pages that cannot be read', () => {
  it('reports an empty page and goes on with the rest', async () => {
    const file = await writeWarc([
      { url: `${site}/2021/03/19/empty`, body: '' },
      { url: `${site}/2021/03/19/plain`, body: 'plain text only' },
      { url: `${site}/2021/03/20/one`, body: page('Harbour reopens after the storm', { date: '2021-03-20T08:00:00Z' }) },
      { url: `${site}/2021/03/20/two`, body: page('Ferry timetable changes for spring', { date: '2021-03-20T09:00:00Z' }) },
    ]);
    const { summary, skipped } = await run([file]);
    expect(summary).toMatchObject({ imported: 2, rejected: 0, skipped: 2 });
    expect(skipped.map((page) => page.reason)).toEqual(['an empty page', 'too little running text for a story (3 words)']);
  });

  it('says a file cut short or damaged cannot be read, after importing what came before the damage', async () => {
    const pages = [
      { url: `${site}/2021/03/20/one`, body: page('Harbour reopens after the storm', { date: '2021-03-20T08:00:00Z' }) },
      { url: `${site}/2021/03/20/two`, body: page('Ferry timetable changes for spring', { date: '2021-03-20T09:00:00Z' }) },
    ];
    const plain = await writeWarc(pages);
    fs.truncateSync(plain, fs.statSync(plain).size - 200);
    const cut = await run([plain]);
    expect(cut.summary).toMatchObject({ imported: 1, rejected: 1 });
    expect(cut.rejections[0].reasons[0]).toMatch(/ends inside record 2: the file was cut short/);

    const gzipped = await writeWarc(pages, { gzip: true });
    fs.truncateSync(gzipped, fs.statSync(gzipped).size - 40);
    const cutGzip = await run([gzipped]);
    expect(cutGzip.summary.rejected).toBe(1);
    expect(cutGzip.rejections[0].reasons[0]).toMatch(/damaged or cut short/);

    // Cut inside a record the import does not read (a picture): it skips to the file's end and
    // says so, never waiting there for more.
    const picture = await writeWarc([pages[0], { url: `${site}/photo.jpg`, body: new Uint8Array(5000), type: 'image/jpeg' }]);
    fs.truncateSync(picture, fs.statSync(picture).size - 1000);
    const cutPicture = await run([picture]);
    expect(cutPicture.summary).toMatchObject({ imported: 1, rejected: 1 });
    expect(cutPicture.rejections[0].reasons[0]).toMatch(/ends inside record 2: the file was cut short/);

    const notWarc = path.join(path.dirname(plain), 'notes.warc');
    fs.writeFileSync(notWarc, 'These are my notes, not a web archive.\n');
    expect((await run([notWarc])).rejections[0].reasons[0]).toMatch(/holds no WARC record/);
  });
});

describe('options given with a web archive', () => {
  it('fill in what a page lacks and never replace what it says', async () => {
    const file = await writeWarc([
      { url: `${site}/news/dated`, body: page('Harbour reopens after the storm', { date: '2021-03-20T08:00:00Z' }) },
      { url: `${site}/news/undated`, body: page('Ferry timetable changes for spring') },
    ]);
    const { stories } = await run([file], { fields: { date: '2021-03-01', source: 'My crawl' } });
    expect(stories.map((story) => [story.fields.date, story.fields.source])).toEqual([
      ['2021-03-20T08:00:00Z', 'My crawl'],
      ['2021-03-01', 'My crawl'],
    ]);
  });

  it('do not make it a text file: --format names text formats', async () => {
    const file = await writeWarc([{ url: `${site}/news/one`, body: page('Harbour reopens after the storm', { date: '2021-03-20T08:00:00Z' }) }]);
    expect((await run([file], { format: 'html' })).stories.map((story) => story.fields.title)).toEqual(['Harbour reopens after the storm']);
  });
});

describe('a captured page without a date', () => {
  it('takes the day its address names', async () => {
    const file = await writeWarc([{ url: `${site}/2019/01/04/pier-closing`, body: page('Pier to close for repairs') }]);
    expect((await run([file])).stories[0].fields.date).toBe('2019-01-04');
  });

  it('is rejected with what was read from it, so adding the date is all it takes to import it', async () => {
    const file = await writeWarc([{ url: `${site}/news/pier`, body: page('Pier to close for repairs') }]);
    const first = await run([file]);
    expect(first.summary).toMatchObject({ imported: 0, rejected: 1 });
    const rejectsFile = path.resolve(first.rejectsFiles[0]);
    const line = JSON.parse(fs.readFileSync(rejectsFile, 'utf8'));
    expect(line).toMatchObject({ title: 'Pier to close for repairs', url: `${site}/news/pier`, archived: '2021-03-20T10:00:00Z' });
    fs.writeFileSync(rejectsFile, `${JSON.stringify({ ...line, date: '2021-03-19' })}\n`);
    const again = await run([rejectsFile]);
    expect(again.summary).toMatchObject({ imported: 1, rejected: 0 });
    expect(again.stories[0].fields).toMatchObject({ title: 'Pier to close for repairs', date: '2021-03-19', url: `${site}/news/pier` });
    expect(again.stories[0].body.trim()).toBe(words(120, 'pier'));
  });
});

describe('telling stories from index pages by address', () => {
  it('takes a story at a query-string address (WordPress, Joomla) for a story', async () => {
    const bare = (title: string) => `<!DOCTYPE html><html><head><title>${title}</title><meta name="date" content="2021-03-20"></head><body><h1>${title}</h1><p>${words(120, title.split(' ')[0])}</p></body></html>`;
    const file = await writeWarc([
      { url: `${site}/?p=123`, body: bare('Harbour reopens after the storm') },
      { url: `${site}/index.php?option=com_content&view=article&id=77`, body: bare('Ferry timetable changes for spring') },
      { url: `${site}/`, body: bare('Harbour Herald front page today') },
    ]);
    const { summary, skipped } = await run([file]);
    expect(summary).toMatchObject({ imported: 2, skipped: 1 });
    expect(skipped[0].where).toMatch(/record 3 \(https:\/\/news\.example\.org\/\)/);
  });
});

describe('a crawl that is mostly pictures', () => {
  const picture = { body: new Uint8Array(1024), type: 'image/jpeg' };
  const crawl = () => writeWarc([
    { url: `${site}/2021/03/20/one`, body: page('Harbour reopens after the storm', { date: '2021-03-20T08:00:00Z' }) },
    ...Array.from({ length: 50 }, (_, i) => ({ url: `${site}/photo-${i}.jpg`, ...picture })),
    { url: `${site}/2021/03/20/two`, body: page('Ferry timetable changes for spring', { date: '2021-03-20T09:00:00Z' }) },
  ]);

  it('shows progress and can be stopped between pictures, not only between pages', async () => {
    let progress = 0;
    const { summary } = await run([await crawl()], {}, { progress: () => void progress++, stop: () => progress >= 10 });
    expect(summary).toMatchObject({ imported: 1, interrupted: true });
  });

  it('can be stopped while its pictures are read, before any page', async () => {
    const { summary } = await run([await crawl()], {}, { stop: () => true });
    expect(summary).toMatchObject({ imported: 0, interrupted: true });
  });

  it('is found in a folder, gzipped or not', async () => {
    const file = await crawl();
    fs.copyFileSync(file, path.join(path.dirname(file), 'copy.wacz.txt')); // not an archive by its name
    const { summary } = await run([path.dirname(file)]);
    expect(summary).toMatchObject({ imported: 2 });
  });
});
