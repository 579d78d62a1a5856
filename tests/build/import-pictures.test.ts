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
