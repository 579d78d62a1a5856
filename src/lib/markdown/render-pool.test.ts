import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storyNames } from '../names/story-names.ts';
import { storyTerms } from '../similar/story-terms.ts';
import { CORPUS_EN } from '../../../tests/helpers/fixtures.ts';
import { storyMarkdownProcessor } from './pipeline.ts';
import { RenderPool } from './render-pool.ts';

const OPTIONS = { syntaxHighlight: false as const, image: { domains: [], remotePatterns: [] } };

describe('rendering markdown in worker threads', () => {
  const pool = new RenderPool(2, OPTIONS);
  afterAll(() => pool.close());

  it('gives the HTML and metadata the site processor gives on the main thread', async () => {
    const local = await storyMarkdownProcessor().createRenderer(OPTIONS);
    const bodies = [
      fs.readFileSync(path.join(import.meta.dirname, 'fixtures/every-construct.md'), 'utf8'),
      'Raw <b>HTML</b> <script>alert(1)</script> is <em>cleaned</em> the same way.',
      ...fs.readFileSync(CORPUS_EN, 'utf8').trim().split('\n').slice(0, 40).map((line) => JSON.parse(line).body as string),
    ];
    const file = '/archive/stories/2020/01/a-story.md';
    const pooled = await Promise.all(bodies.map((body) => pool.render(body, { title: 'T' }, file)));
    for (const [i, body] of bodies.entries()) {
      const expected = await local.render(body, { frontmatter: { title: 'T' }, fileURL: new URL(`file://${file}`) });
      expect(pooled[i].html, body.slice(0, 80)).toBe(expected.code);
      // The workers also find the names the story gives, as the main thread does after rendering.
      const { names, terms, ...metadata } = pooled[i].metadata;
      expect(metadata).toEqual(expected.metadata);
      expect(names).toEqual(storyNames('T', expected.code, undefined));
      expect(terms).toBe(storyTerms('T', expected.code));
    }
  }, 60_000);

  it('collects image paths from the story as Astro does', async () => {
    const { metadata } = await pool.render('![A photo](photo.jpg)\n\n![Remote](https://example.org/x.png)', {}, '/archive/stories/s.md');
    expect(metadata.localImagePaths).toEqual(['photo.jpg']);
    expect(metadata.remoteImagePaths).toEqual([]);
  });

  it('starts new workers for work that comes after it was closed', async () => {
    await pool.close();
    const { html } = await pool.render('After *closing*.', {});
    expect(html).toBe('<p>After <em>closing</em>.</p>');
  });
});
