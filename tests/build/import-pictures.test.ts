// A page saved with its pictures ("Web page, complete") imports with them: its photographs are
// copied beside the new story, the first as the lead picture with its caption and credit; a
// picture that was not saved is reported and leaves its caption; logos, icons, ads and tracking
// pixels are not pictures. The imported archive builds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/lib/import/run.ts';
import { astroBuild, fixture, readPage, scratchOutDir } from '../helpers/build-site.ts';
import { writeWarc } from '../helpers/warc.ts';

const PAGE = 'Harbour crane collapses.html';
const FILES = 'Harbour crane collapses_files';

let contentDir: string;
let storyFile: string;
let text: string;
const problems: string[] = [];
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-import-pictures-'));
  fs.cpSync(fixture('saved-page'), path.join(dir, 'saved'), { recursive: true });
  contentDir = path.join(dir, 'content');
  const summary = await importFiles([path.join('saved', PAGE)], { contentDir, cwd: dir, now: new Date('2024-04-01T00:00:00Z') }, { pictureProblem: (_, __, problem) => problems.push(problem) });
  expect(summary.imported).toBe(1);
  storyFile = summary.files[0];
  text = fs.readFileSync(storyFile, 'utf8');
});

const frontmatter = () => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]);
const saved = (name: string) => fs.readFileSync(path.join(fixture('saved-page'), FILES, name));

describe('importing a page saved with its pictures', () => {
  it('makes the first photograph the lead picture, with its alt text, caption and credit, copied beside the story', () => {
    expect(path.relative(contentDir, storyFile)).toBe('stories/2024/03/harbour-crane-collapses-in-overnight-storm.md');
    expect(frontmatter()).toMatchObject({
      image: './harbour-crane-collapses-in-overnight-storm-1.jpg',
      imageAlt: 'A fallen crane lies across the east quay',
      imageCaption: 'The crane came down across the east quay shortly after 2 a.m.',
      imageCredit: 'Photo: Jane Doe / Harbour Gazette',
    });
    expect(fs.readFileSync(path.join(path.dirname(storyFile), 'harbour-crane-collapses-in-overnight-storm-1.jpg')).equals(saved('crane-quay.jpg'))).toBe(true);
  });

  it('keeps a photograph in the text where it stood, copied beside the story', () => {
    expect(text).toContain('![Volunteers clearing debris from the quay](./harbour-crane-collapses-in-overnight-storm-2.jpg)');
    expect(fs.readFileSync(path.join(path.dirname(storyFile), 'harbour-crane-collapses-in-overnight-storm-2.jpg')).equals(saved('volunteers.jpg'))).toBe(true);
  });

  it('reports a picture that was not saved with the page, and keeps its caption', () => {
    expect(problems).toEqual([expect.stringMatching(/^the picture https:\/\/cdn\.harbour-gazette\.example\/photos\/wind-gauge\.jpg is on another site and was not saved with the page/)]);
    expect(text).toContain('_Gusts reached 90 mph at the harbour wall._');
  });

  it('copies no logo, icon, advertisement or tracking pixel', () => {
    const beside = fs.readdirSync(path.dirname(storyFile)).sort();
    expect(beside).toEqual(['harbour-crane-collapses-in-overnight-storm-1.jpg', 'harbour-crane-collapses-in-overnight-storm-2.jpg', 'harbour-crane-collapses-in-overnight-storm.md']);
    expect(text).not.toMatch(/share-icon|banner|p\.gif|logo/);
  });

  it('builds, the story showing its pictures', () => {
    const result = astroBuild(contentDir, scratchOutDir());
    expect(result.ok, result.output).toBe(true);
    const html = readPage(result.outDir, '/2024/03/harbour-crane-collapses-in-overnight-storm/');
    expect(html).toContain('<figure class="lead-image">');
    expect(html).toContain('alt="Volunteers clearing debris from the quay"');
  });
});

describe('importing stories that name their own pictures', () => {
  async function importOne(files: Record<string, string | Buffer>, input: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-import-own-'));
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    const found: string[] = [];
    const rejected: string[][] = [];
    const summary = await importFiles([input], { contentDir: path.join(dir, 'content'), cwd: dir, now: new Date('2024-04-01T00:00:00Z') }, {
      pictureProblem: (_, __, problem) => found.push(problem),
      rejected: (rejection) => rejected.push(rejection.reasons),
    });
    return { summary, found, rejected, text: summary.files[0] ? fs.readFileSync(summary.files[0], 'utf8') : '', folder: summary.files[0] ? path.dirname(summary.files[0]) : '' };
  }

  it('copies a markdown story\'s own lead picture and keeps its first picture in the text', async () => {
    const photo = saved('crane-quay.jpg');
    const { text, folder } = await importOne(
      {
        'notes/storm.md': '---\ntitle: Storm night\ndate: "2024-03-12"\nimage: ./lead.jpg\nimageAlt: The quay at dawn\n---\n\n![Volunteers at work](./volunteers.jpg)\n\nThe storm passed in the night.\n',
        'notes/lead.jpg': photo,
        'notes/volunteers.jpg': saved('volunteers.jpg'),
      },
      'notes/storm.md',
    );
    expect(parse(/^---\n([\s\S]*?)\n---/.exec(text)![1])).toMatchObject({ image: './storm-night-2.jpg', imageAlt: 'The quay at dawn' });
    expect(text).toContain('![Volunteers at work](./storm-night-1.jpg)');
    expect(fs.readFileSync(path.join(folder, 'storm-night-2.jpg')).equals(photo)).toBe(true);
  });

  it('imports a story whose lead picture is a web address without it, and says so', async () => {
    const { summary, found, rejected, text } = await importOne(
      { 'storm.md': '---\ntitle: Storm night\ndate: "2024-03-12"\nimage: https://cdn.example.com/quay.jpg\nimageAlt: The quay at dawn\n---\n\nThe storm passed in the night.\n' },
      'storm.md',
    );
    expect(rejected).toEqual([]);
    expect(summary.imported).toBe(1);
    expect(found).toEqual([expect.stringMatching(/^the lead picture https:\/\/cdn\.example\.com\/quay\.jpg is on another site/)]);
    expect(text).not.toMatch(/^image/m);
  });

  it('leaves out a saved picture with neither alt text nor caption, and says where it is', async () => {
    const page = `<html><head><title>Storm night</title><meta property="article:published_time" content="2024-03-12"></head><body><article><h1>Storm night</h1>
      <p>${'The storm passed in the night and the harbour woke to a changed shore. '.repeat(6)}</p>
      <p><img src="storm_files/quay.jpg" alt=""></p>
      <p>${'Boats were moved to the inner basin before dark, the harbour master said. '.repeat(4)}</p></article></body></html>`;
    const { found, text } = await importOne({ 'storm.html': page, 'storm_files/quay.jpg': saved('volunteers.jpg') }, 'storm.html');
    expect(found).toEqual([expect.stringMatching(/^the picture storm_files\/quay\.jpg has no alt text or caption, so it was left out: to keep it, copy \S*storm_files\/quay\.jpg beside the story/)]);
    expect(text).not.toContain('![');
  });
});

describe('importing a web archive whose pages show captured pictures', () => {
  const PAGE_URL = 'https://harbour-gazette.example/news/2024/03/harbour-crane-collapses';
  const photos = 'https://harbour-gazette.example/photos';
  let story: string;
  let archived: string[];
  let summary: Awaited<ReturnType<typeof importFiles>>;
  let temporary: string;

  beforeAll(async () => {
    // The saved page as the site served it: its pictures at the site's own addresses, one from
    // the top of the site, one relative to the page; the lead captured before the page, the
    // other after it, as crawlers do either way.
    const html = fs
      .readFileSync(path.join(fixture('saved-page'), PAGE), 'utf8')
      .replace('./Harbour%20crane%20collapses_files/crane-quay.jpg', '/photos/crane-quay.jpg')
      .replace('./Harbour%20crane%20collapses_files/volunteers.jpg', '../../../photos/volunteers.jpg#main')
      .replaceAll('./Harbour%20crane%20collapses_files/', '/photos/')
      // A photograph with neither alt text nor caption: left out, and the report says where it is.
      .replace('</article>', '<p><img src="/photos/undescribed.jpg" width="800" height="533"></p></article>');
    const warc = await writeWarc([
      // A server's "not found" page sent as a JPEG, then the photograph itself: the picture is kept.
      { url: `${photos}/crane-quay.jpg`, body: '<html><body>Not found</body></html>', type: 'image/jpeg' },
      { url: `${photos}/crane-quay.jpg`, body: saved('crane-quay.jpg'), type: 'image/jpeg' },
      { url: `${photos}/share-icon.png`, body: saved('share-icon.png'), type: 'image/png' },
      { url: PAGE_URL, body: html },
      // Sent without a picture type, as storage services often do: its bytes say it is a JPEG.
      { url: `${photos}/volunteers.jpg`, body: saved('volunteers.jpg'), type: 'application/octet-stream' },
      { url: `${photos}/banner-300x250.jpg`, body: saved('banner-300x250.jpg'), type: 'image/jpeg' },
      { url: `${photos}/undescribed.jpg`, body: saved('volunteers.jpg'), type: 'image/jpeg' },
    ]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-import-warc-pictures-'));
    // The import's own temporary folder, where nothing else in this run writes.
    temporary = path.join(dir, 'tmp');
    fs.mkdirSync(temporary);
    const before = process.env.TMPDIR;
    process.env.TMPDIR = temporary;
    try {
      archived = [];
      summary = await importFiles([warc], { contentDir: path.join(dir, 'content'), now: new Date('2024-04-01T00:00:00Z') }, { pictureProblem: (_, __, problem) => archived.push(problem) });
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    story = summary.files[0];
  });

  it('copies the photographs the archive captured beside the story, the first as its lead picture', () => {
    expect(summary.imported).toBe(1);
    const text = fs.readFileSync(story, 'utf8');
    expect(parse(/^---\n([\s\S]*?)\n---/.exec(text)![1])).toMatchObject({
      image: './harbour-crane-collapses-in-overnight-storm-1.jpg',
      imageAlt: 'A fallen crane lies across the east quay',
      imageCredit: 'Photo: Jane Doe / Harbour Gazette',
    });
    expect(text).toContain('![Volunteers clearing debris from the quay](./harbour-crane-collapses-in-overnight-storm-2.jpg)');
    const beside = (name: string) => fs.readFileSync(path.join(path.dirname(story), name));
    expect(beside('harbour-crane-collapses-in-overnight-storm-1.jpg').equals(saved('crane-quay.jpg'))).toBe(true);
    expect(beside('harbour-crane-collapses-in-overnight-storm-2.jpg').equals(saved('volunteers.jpg'))).toBe(true);
    // Captured, but an icon and an advertisement: not copied.
    expect(fs.readdirSync(path.dirname(story)).sort()).toEqual(['harbour-crane-collapses-in-overnight-storm-1.jpg', 'harbour-crane-collapses-in-overnight-storm-2.jpg', 'harbour-crane-collapses-in-overnight-storm.md']);
  });

  it('reports a picture the archive did not capture, and one with no words for it, by their addresses', () => {
    expect(archived).toEqual([
      expect.stringMatching(/wind-gauge\.jpg was not captured in the web archive \(https:\/\/cdn\.harbour-gazette\.example\/photos\/wind-gauge\.jpg\)/),
      // Not a path in the temporary folder, which is gone once the import ends.
      'the picture /photos/undescribed.jpg has no alt text or caption, so it was left out: to keep it, copy the web archive\'s capture of https://harbour-gazette.example/photos/undescribed.jpg beside the story and write ![what it shows](./its-name) where it belongs',
    ]);
  });

  it("leaves no copy of the archive's pictures behind in the temporary folder", () => {
    expect(fs.readdirSync(temporary)).toEqual([]);
  });
});
