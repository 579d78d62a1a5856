import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_FILES } from '../../../tests/helpers/fixtures.ts';
import { storyMarkdownProcessor } from './pipeline.ts';
import { createPlainRenderer, isPlainMarkdown } from './plain-renderer.ts';

const OPTIONS = { syntaxHighlight: false as const, image: { domains: [], remotePatterns: [] } };
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const corpusBodies = CORPUS_FILES.flatMap((file) =>
  fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line).body as string),
);

describe('isPlainMarkdown', () => {
  it('accepts paragraphs, headings, emphasis, links, lists, quotes and code', () => {
    expect(isPlainMarkdown(fixture('plain-constructs.md'))).toBe(true);
  });

  it.each([
    ['raw HTML', 'Some <b>bold</b> words.'],
    ['an autolink', 'See <https://example.org>.'],
    ['a table', '| a | b |\n| - | - |\n| 1 | 2 |'],
    ['struck text', 'It was ~~wrong~~ right.'],
    ['an image', '![A photo](photo.jpg)'],
    ['an image reference', '![A photo][p]\n\n[p]: photo.jpg'],
  ])('sends %s to the full pipeline', (_, body) => {
    expect(isPlainMarkdown(body)).toBe(false);
  });

  it('sends the every-construct fixture to the full pipeline', () => {
    expect(isPlainMarkdown(fixture('every-construct.md'))).toBe(false);
  });
});

describe('the plain renderer', () => {
  it('gives the HTML and metadata of the site processor for every plain body', async () => {
    const full = await storyMarkdownProcessor().createRenderer(OPTIONS);
    const plain = createPlainRenderer();
    const bodies = [fixture('plain-constructs.md'), ...corpusBodies].filter(isPlainMarkdown);
    // Most of the corpus is plain, as most news is; the test means nothing if the filter ate it.
    expect(bodies.length).toBeGreaterThan(250);
    const options = { frontmatter: { title: 'T' }, fileURL: new URL('file:///archive/stories/2020/01/a-story.md') };
    for (const body of bodies) {
      const expected = await full.render(body, options);
      const actual = await plain.render(body, options);
      expect(actual.code, body.slice(0, 80)).toBe(expected.code);
      expect(actual.metadata).toEqual(expected.metadata);
    }
  }, 60_000);

  it('drops a javascript: address from a markdown link, as the site processor does', async () => {
    const { code } = await createPlainRenderer().render('[click](javascript:alert(1))');
    expect(code).toBe('<p><a>click</a></p>');
  });

  it('collects headings with their ids', async () => {
    const { metadata } = await createPlainRenderer().render('# One\n\n## One\n\nText.');
    expect(metadata.headings).toEqual([
      { depth: 1, slug: 'one', text: 'One' },
      { depth: 2, slug: 'one-1', text: 'One' },
    ]);
  });
});
