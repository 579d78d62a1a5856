import { describe, expect, it } from 'vitest';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeUniqueIds from './rehype-unique-ids.ts';
import { storyMarkdownProcessor } from './pipeline.ts';
import { createPlainRenderer } from './plain-renderer.ts';
import { PAGE_IDS, RESERVED_IDS } from '../page-ids.ts';

const OPTIONS = { syntaxHighlight: false as const, image: { domains: [], remotePatterns: [] } };

/** Markdown through Astro's heading ids and the plugin: the HTML's ids and the listed slugs. */
async function markdownIds(markdown: string, reserved: string[] = []) {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: {} } } });
  const html = String(
    await unified().use(remarkParse).use(remarkRehype).use(rehypeHeadingIds).use(rehypeUniqueIds, { reserved }).use(rehypeStringify).process(file),
  );
  return { ids: [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]), slugs: file.data.astro?.headings?.map((h) => h.slug) };
}

describe('rehypeUniqueIds', () => {
  it('renames a heading id the page reserves, in the HTML and in the heading list', async () => {
    expect(await markdownIds('# Main\n\n## Topics\n\nText.', ['main', 'topics'])).toEqual({ ids: ['main-1', 'topics-1'], slugs: ['main-1', 'topics-1'] });
  });

  it('never renames onto an id used later in the body', async () => {
    // "Main 1" already has main-1, and the second "Topics" already has topics-1.
    expect(await markdownIds('# Main\n\n# Main 1\n\n## Topics\n\n## Topics', ['main', 'topics'])).toEqual({
      ids: ['main-2', 'main-1', 'topics-2', 'topics-1'],
      slugs: ['main-2', 'main-1', 'topics-2', 'topics-1'],
    });
  });

  it('leaves ids alone when nothing collides', async () => {
    expect(await markdownIds('# One\n\n## One\n\n### Two', ['main'])).toEqual({ ids: ['one', 'one-1', 'two'], slugs: ['one', 'one-1', 'two'] });
  });

  it('renames a repeated id on any element, keeping the first', async () => {
    const html = String(
      await unified().use(rehypeParse, { fragment: true }).use(rehypeUniqueIds).use(rehypeStringify).process('<p id="a">x</p><span id="a"></span><a id="a-1"></a>'),
    );
    expect(html).toBe('<p id="a">x</p><span id="a-2"></span><a id="a-1"></a>');
  });
});

describe('heading ids in the story renderers', () => {
  it('keep clear of every id the page sets, in both renderers alike', async () => {
    const full = await storyMarkdownProcessor().createRenderer(OPTIONS);
    const plain = createPlainRenderer();
    const body = `${[...RESERVED_IDS].map((id) => `## ${id.replace(/-/g, ' ')}`).join('\n\n')}\n\nText.`;
    const expected = await full.render(body);
    const actual = await plain.render(body);
    const ids = [...expected.code.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(RESERVED_IDS.size);
    expect(ids.filter((id) => RESERVED_IDS.has(id))).toEqual([]);
    expect(ids).toContain(`${PAGE_IDS.main}-1`);
    expect(expected.metadata.headings.map((h) => h.slug)).toEqual(ids);
    expect(actual.code).toBe(expected.code);
    expect(actual.metadata).toEqual(expected.metadata);
  });

  it('keep clear of an id written in a story’s raw HTML', async () => {
    const full = await storyMarkdownProcessor().createRenderer(OPTIONS);
    // The allow-list prefixes raw ids with "user-content-", which a heading's slug can equal.
    const { code, metadata } = await full.render('<h2 id="x">Raw</h2>\n\n## User-content x');
    expect(code).toBe('<h2 id="user-content-x">Raw</h2>\n<h2 id="user-content-x-1">User-content x</h2>');
    expect(metadata.headings.map((h) => h.slug)).toEqual(['user-content-x', 'user-content-x-1']);
  });
});
