import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { storyRehypePlugins, storyRemarkPlugins } from './pipeline.ts';

// The steps Astro's unified processor takes: markdown → HTML with raw HTML kept, then the
// story plugins.
async function render(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(storyRemarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(storyRehypePlugins)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe('story HTML allow-list', () => {
  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<img src="x" onerror="alert(1)" alt="a">', /onerror/i],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/i],
    ['[x](javascript:alert(1))', /javascript:/i],
    ['<a href="data:text/html,hi">x</a>', /data:/i],
    ['<iframe src="https://example.org"></iframe>', /<iframe/i],
    ['<object data="x"></object>', /<object/i],
    ['<embed src="x">', /<embed/i],
    ['<style>body{display:none}</style>', /<style/i],
    ['<form action="/x"><input name="p"></form>', /<form|<input/i],
    ['<div onclick="alert(1)" style="position:fixed">t</div>', /onclick|style=/i],
    ['<svg><script>alert(1)</script></svg>', /<svg|<script/i],
  ])('removes %s', async (markdown, forbidden) => {
    expect(await render(markdown)).not.toMatch(forbidden);
  });

  it('keeps ordinary markup', async () => {
    const html = await render(
      '*em* **strong** [link](https://example.org/ok)\n\n- item\n\n> quote\n\n<p lang="ru" dir="ltr">Привет</p>\n\n<img src="/a.png" alt="alt text">\n\n<table><tr><td>1</td></tr></table>',
    );
    for (const kept of ['<em>em</em>', '<strong>strong</strong>', 'href="https://example.org/ok"', '<li>item</li>', '<blockquote>', 'lang="ru"', 'alt="alt text"', '<td>1</td>']) {
      expect(html).toContain(kept);
    }
  });

  it('keeps the text of removed elements that readers should see', async () => {
    expect(await render('<div onclick="x()">Ordinary text</div>')).toContain('Ordinary text');
  });

  it('drops the code inside script and style rather than showing it', async () => {
    const html = await render('<style>body { display: none }</style>\n\n<script>steal()</script>\n\nText.');
    expect(html).not.toMatch(/display: none|steal/);
    expect(html).toContain('Text.');
  });

  it('renders markdown tables and strikethrough', async () => {
    const html = await render('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~withdrawn~~ claim');
    expect(html).toContain('<td>2</td>');
    expect(html).toContain('<del>withdrawn</del>');
  });

  it('keeps straight quotes and dashes as the source wrote them', async () => {
    // The pipeline has no smartypants step; Astro is told not to add one (pipeline.ts).
    expect(await render('He said "no" -- twice...')).toContain('He said "no" -- twice...');
  });
});
