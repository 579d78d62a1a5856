// Broken input stops the build with a message a person can act on: the file, the field, and
// what is wrong. Each case is a one-file archive built for real.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, scratchOutDir } from '../helpers/build-site.ts';
import { jpeg, pngClaiming } from '../helpers/pictures.ts';

function archiveWith(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-broken-'));
  fs.mkdirSync(path.join(dir, 'stories'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, 'stories', name)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'stories', name), text);
  }
  return dir;
}

function buildFails(files: Record<string, string | Buffer>): string {
  const dir = archiveWith(files);
  const result = astroBuild(dir, scratchOutDir());
  expect(result.ok, result.output).toBe(false);
  expect(fs.existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  return result.output;
}

const story = (frontmatter: string) => `---\n${frontmatter}\n---\n\nText of the story.\n`;

describe('broken stories stop the build', () => {
  it('names the file and the field of a story with no date', () => {
    const output = buildFails({ 'a/no-date.md': story('title: Missing date') });
    expect(output).toContain('stories/a/no-date.md');
    expect(output).toContain('date: the date is missing');
  });

  it('names the file and the field of an impossible date, even unquoted', () => {
    const output = buildFails({ 'feb.md': story('title: Leap\ndate: 2025-02-30') });
    expect(output).toContain('stories/feb.md');
    expect(output).toContain('date: "2025-02-30" is not a day on the calendar');
  });

  it('names the file and the line of unparseable YAML', () => {
    const output = buildFails({ 'quote.md': story('title: "Unclosed\ndate: "2025-01-01"') });
    expect(output).toMatch(/stories\/quote\.md:\d+/);
  });

  it('names the file and the field of a tag that is not text', () => {
    const output = buildFails({ 'tags.md': story('title: Tags\ndate: "2025-01-01"\ntags: [budget, 2025]') });
    expect(output).toContain('stories/tags.md');
    expect(output).toContain('tags.1: expected topic as text');
  });

  it('names a file that is not UTF-8 and says how to fix it', () => {
    const latin1 = Buffer.from(story('title: Caf\u00e9\ndate: "2025-01-01"'), 'latin1');
    const output = buildFails({ 'latin1.md': latin1 });
    expect(output).toContain('stories/latin1.md: the file is not UTF-8 text');
    expect(output).toContain('save it as UTF-8');
  });

  it('names both files when two stories want one URL', () => {
    const output = buildFails({
      'one/budget-vote.md': story('title: First\ndate: "2025-06-01"'),
      'two/budget-vote.md': story('title: Second\ndate: "2025-06-20"'),
    });
    expect(output).toMatch(/one\/budget-vote\.md: \/2025\/06\/budget-vote\/ is wanted by this story and by .*two\/budget-vote\.md/);
    expect(output).toMatch(/two\/budget-vote\.md: \/2025\/06\/budget-vote\/ is wanted by this story and by .*one\/budget-vote\.md/);
  });

  it('names the story file and the path of a picture that is not there', () => {
    const output = buildFails({ 'harbour/map-story.md': story('title: Map\ndate: "2025-01-01"').replace('Text of the story.', 'The route:\n\n![Route map](maps/missing.jpg)') });
    expect(output).toContain('stories/harbour/map-story.md: the picture "maps/missing.jpg" is not there');
    expect(output).toContain('stories/harbour/maps/missing.jpg');
    // Not an error from inside Astro's image pipeline.
    expect(output).not.toMatch(/node_modules\/astro/);
  });

  it('names the story, the field and the picture of every picture that cannot be shown, in one build', async () => {
    const lead = (name: string, image: string, more = '') => story(`title: ${name}\ndate: "2025-01-01"\nimage: ${image}\nimageAlt: A picture${more}`);
    const output = buildFails({
      'a/gone.md': lead('Gone', './gone.jpg'),
      'b/empty.md': lead('Empty', './empty.jpg'),
      'b/empty.jpg': Buffer.alloc(0),
      'c/notes.md': lead('Notes', './notes.jpg'),
      'c/notes.jpg': 'These are notes, not a picture.\n',
      'd/huge.md': lead('Huge', './huge.png'),
      'd/huge.png': await pngClaiming(20_000, 20_000),
      'e/no-alt.md': story('title: No alt\ndate: "2025-01-01"\nimage: ./fine.jpg'),
      'e/fine.jpg': await jpeg(),
      'f/remote.md': lead('Remote', 'https://cdn.example.com/photos/crowd.jpg'),
      'g/remote-in-text.md': `${story('title: Remote in text\ndate: "2025-01-01"')}\n![A crowd](https://cdn.example.com/crowd.jpg)\n`,
      'i/no-alt-in-text.md': `${story('title: No alt in text\ndate: "2025-01-01"')}\n![](./fine.jpg)\n`,
      'i/fine.jpg': await jpeg(),
      'h/fine-story.md': lead('Fine', './fine.jpg'),
      'h/fine.jpg': await jpeg(),
    });
    expect(output).toContain('8 story files have problems');
    expect(output).toMatch(/stories\/a\/gone\.md: image: the picture "\.\/gone\.jpg" is not there \(looked for \S*stories\/a\/gone\.jpg\)/);
    expect(output).toContain('stories/b/empty.md: image: the picture "./empty.jpg" is an empty file (0 bytes');
    expect(output).toContain('stories/c/notes.md: image: the picture "./notes.jpg" cannot be read as a picture');
    expect(output).toContain('stories/d/huge.md: image: the picture "./huge.png" is 20,000 × 20,000 pixels');
    expect(output).toContain('stories/e/no-alt.md: imageAlt: the lead image has no alt text');
    expect(output).toContain('stories/f/remote.md: image: "https://cdn.example.com/photos/crowd.jpg" is a web address: download the picture, put it beside the story and write its path, e.g. ./crowd.jpg');
    expect(output).toContain('stories/g/remote-in-text.md: the text shows the picture https://cdn.example.com/crowd.jpg from another site');
    expect(output).toContain('stories/i/no-alt-in-text.md: the picture "./fine.jpg" has no alt text');
    expect(output).not.toContain('h/fine-story.md');
    expect(output).not.toMatch(/node_modules\/astro/);
  });

  it('lists every broken story of an archive in one build, and builds none of them', () => {
    const output = buildFails({
      'a/no-date.md': story('title: Missing date'),
      'b/quote.md': story('title: "Unclosed\ndate: "2025-01-01"'),
      'c/latin1.md': Buffer.from(story('title: Caf\u00e9\ndate: "2025-01-01"'), 'latin1'),
      'd/picture.md': `${story('title: Picture\ndate: "2025-01-02"')}\n![A map](gone.png)\n`,
      'e/tags.md': story('title: Tags\ndate: "2025-01-01"\ntags: [budget, 2025]'),
      'f/fine-story.md': story('title: Fine\ndate: "2025-01-03"'),
    });
    expect(output).toContain('5 story files have problems');
    expect(output).toContain('stories/a/no-date.md: date: the date is missing');
    expect(output).toMatch(/stories\/b\/quote\.md:\d+: /);
    expect(output).toContain('stories/c/latin1.md: the file is not UTF-8 text');
    expect(output).toContain('stories/d/picture.md: the picture "gone.png" is not there');
    expect(output).toContain('stories/e/tags.md: tags.1: expected topic as text');
    expect(output).not.toContain('f/fine-story.md');
  });

  it('refuses a CONTENT_DIR with no stories folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-nostories-'));
    const result = astroBuild(path.join(dir, 'typo'), scratchOutDir());
    expect(result.ok).toBe(false);
    expect(result.output).toContain('does not exist. Create it, or set CONTENT_DIR');
  });
});
