import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPictures, localPictures } from './picture-checks.ts';
import { storyMarkdownProcessor } from '../markdown/pipeline.ts';
import { StoryProblems } from './story-problems.ts';
import { pictureFacts, type PictureFacts } from '../pictures/picture-facts.ts';
import { pngClaiming } from '../../../tests/helpers/pictures.ts';

const story = (id: string, extra: { imagePath?: string; localImagePaths?: string[]; html?: string } = {}) => ({ filePath: `/archive/stories/${id}.md`, ...extra });

describe('checking the pictures stories show', () => {
  it('names the story, the field and the picture of every bad one, all in one pass', async () => {
    const facts: Record<string, PictureFacts> = {
      '/archive/stories/a/harbour.jpg': { kind: 'picture', format: 'jpeg', width: 4000, height: 3000, bytes: 1, modified: 1 },
      '/archive/stories/a/map.png': { kind: 'empty' },
      '/archive/stories/b/huge.png': { kind: 'picture', format: 'png', width: 20_000, height: 20_000, bytes: 1, modified: 1 },
      '/archive/stories/photos/phone.heic': { kind: 'picture', format: 'heic', width: 4032, height: 3024, bytes: 1, modified: 1 },
    };
    const problems = new StoryProblems();
    await checkPictures(
      [
        story('a/vote', { imagePath: './harbour.jpg', localImagePaths: ['map.png', 'gone.jpg'] }),
        story('b/flood', { imagePath: './huge.png', html: '<p><img src="https://cdn.example.com/a/crowd.jpg?w=300" alt="x"></p>' }),
        story('c/draft', { localImagePaths: ['../photos/phone.heic'] }),
      ],
      problems,
      async (file) => facts[file] ?? { kind: 'missing' },
    );
    const report = problems.error()!.message;
    expect(report).not.toContain('harbour.jpg');
    expect(report).toContain('/archive/stories/a/vote.md: the picture "map.png" is an empty file (0 bytes, /archive/stories/a/map.png)');
    expect(report).toContain('/archive/stories/a/vote.md: the picture "gone.jpg" is not there (looked for /archive/stories/a/gone.jpg)');
    expect(report).toContain('/archive/stories/b/flood.md: image: the picture "./huge.png" is 20,000 × 20,000 pixels');
    expect(report).toContain('Scale it down');
    expect(report).toContain('/archive/stories/b/flood.md: the text shows the picture https://cdn.example.com/a/crowd.jpg?w=300 from another site');
    expect(report).toContain('![what it shows](./crowd.jpg)');
    expect(report).toContain('/archive/stories/c/draft.md: the picture "../photos/phone.heic" is a HEIC photo');
  });

  it('names a picture in the text without alt text', async () => {
    const problems = new StoryProblems();
    const html = '<p><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./map.png&#x22;,&#x22;alt&#x22;:&#x22;&#x22;,&#x22;index&#x22;:0}"></p><p><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./crowd.jpg&#x22;,&#x22;alt&#x22;:&#x22;A crowd &#x26; a band&#x22;,&#x22;index&#x22;:0}"></p>';
    await checkPictures([story('a/vote', { localImagePaths: ['./map.png', './crowd.jpg'], html })], problems, async () => ({ kind: 'picture', format: 'png', width: 10, height: 10, bytes: 1, modified: 1 }));
    const report = problems.error()!.message;
    expect(report).toContain('/archive/stories/a/vote.md: the picture "./map.png" has no alt text. Write what it shows between the brackets: ![what the picture shows](./map.png)');
    expect(report).not.toContain('crowd');
  });

  it('has nothing to say of good pictures and pictures on the site itself', async () => {
    const problems = new StoryProblems();
    await checkPictures([story('a/ok', { imagePath: './a.jpg', html: '<img src="x" alt="y"><img src="/logo.png" alt="">' })], problems, async () => ({ kind: 'picture', format: 'webp', width: 10, height: 10, bytes: 1, modified: 1 }));
    expect(problems.error()).toBeUndefined();
  });

  it("refuses an SVG lead picture and a picture whose name the image service does not take", async () => {
    const problems = new StoryProblems();
    const facts: Record<string, PictureFacts> = {
      '/archive/stories/a/chart.svg': { kind: 'picture', format: 'svg', width: 800, height: 600, bytes: 1, modified: 1 },
      '/archive/stories/a/photo.php': { kind: 'picture', format: 'jpeg', width: 800, height: 600, bytes: 1, modified: 1 },
    };
    await checkPictures([story('a/vote', { imagePath: './chart.svg', localImagePaths: ['./photo.php', './chart.svg'] })], problems, async (file) => facts[file] ?? { kind: 'missing' });
    const report = problems.error()!.message;
    expect(report).toContain('/archive/stories/a/vote.md: image: the picture "./chart.svg" is a drawing (SVG');
    expect(report).toContain('the picture "./photo.php" is named ".php"');
    expect(report).toContain('Rename it to end in .jpg');
    // An SVG in the text is fine.
    expect(report.match(/the picture "\.\/chart\.svg"/g)).toHaveLength(1);
  });

  it("reads the alt text of pictures as Astro's markdown step leaves them", async () => {
    const renderer = await storyMarkdownProcessor().createRenderer({});
    const { code } = await renderer.render('![A crowd & a band](./crowd.jpg)\n\n![](./map.png "A map")\n', { fileURL: new URL('file:///archive/stories/a/vote.md') });
    expect(localPictures(code)).toEqual([
      { src: './crowd.jpg', alt: 'A crowd & a band' },
      { src: './map.png', alt: '' },
    ]);
  });
});

describe('reading a picture file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'picture-facts-'));
    await sharp({ create: { width: 30, height: 20, channels: 3, background: '#468' } }).jpeg().toFile(path.join(dir, 'photo.jpg'));
    fs.writeFileSync(path.join(dir, 'empty.jpg'), '');
    fs.writeFileSync(path.join(dir, 'notes.jpg'), 'These are notes, not a picture.\n');
    fs.mkdirSync(path.join(dir, 'folder.jpg'));
    fs.writeFileSync(path.join(dir, 'huge.png'), await pngClaiming(20_000, 20_000));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('tells each kind of file apart', async () => {
    expect(await pictureFacts(path.join(dir, 'photo.jpg'))).toMatchObject({ kind: 'picture', format: 'jpeg', width: 30, height: 20, bytes: fs.statSync(path.join(dir, 'photo.jpg')).size });
    expect(await pictureFacts(path.join(dir, 'empty.jpg'))).toEqual({ kind: 'empty' });
    expect(await pictureFacts(path.join(dir, 'nowhere.jpg'))).toEqual({ kind: 'missing' });
    expect(await pictureFacts(path.join(dir, 'folder.jpg'))).toEqual({ kind: 'folder' });
    expect((await pictureFacts(path.join(dir, 'notes.jpg'))).kind).toBe('unreadable');
    // Only the header is read: a 20,000 × 20,000 picture reports its size, not a decoding error.
    expect(await pictureFacts(path.join(dir, 'huge.png'))).toMatchObject({ kind: 'picture', format: 'png', width: 20_000, height: 20_000 });
  });
});
