import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { raw } from 'hast-util-raw';
import type { Root } from 'hast';
import rehypeRawIfPresent from './rehype-raw-if-present.ts';
import { storyRemarkPlugins } from './pipeline.ts';
import { CORPUS_FILES } from '../../../tests/helpers/fixtures.ts';

// What rehype-raw does: every tree through the HTML parser.
const alwaysRaw = () => (tree: Root) => raw(tree) as Root;

function renderer(rawStep: PluggableList) {
  const processor = unified()
    .use(remarkParse)
    .use(storyRemarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rawStep)
    .use(rehypeStringify, { allowDangerousHtml: false });
  return (markdown: string) => String(processor.processSync(markdown));
}

const viaParser = renderer([alwaysRaw]);
const ifPresent = renderer([rehypeRawIfPresent]);

function markdownSamples(): [string, string][] {
  const corpus = CORPUS_FILES.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line): [string, string] => {
        const record = JSON.parse(line);
        return [`${path.basename(file)}: ${record.title}`, record.body];
      }),
  );
  const fixture = path.join(import.meta.dirname, 'fixtures/every-construct.md');
  return [['every-construct.md', fs.readFileSync(fixture, 'utf8')], ...corpus];
}

describe('rehype-raw only where there is raw HTML', () => {
  it('renders markdown without HTML exactly as a pass through the HTML parser would', () => {
    const samples = markdownSamples();
    expect(samples.length).toBeGreaterThan(300);
    let skipped = 0;
    for (const [name, markdown] of samples) {
      const html = ifPresent(markdown);
      expect(html, name).toBe(viaParser(markdown));
      if (!/<[a-z!/?]/i.test(markdown)) skipped++;
    }
    // Most samples hold no HTML at all, so the comparison above covers the skipped path.
    expect(skipped).toBeGreaterThan(samples.length / 2);
  }, 60_000);

  it('still parses raw HTML when a story has some', () => {
    const html = ifPresent('Text with <b>bold</b> and <span title="x">a span</span>.\n\n<div>\n\n*inside*\n\n</div>');
    expect(html).toContain('<b>bold</b>');
    expect(html).toContain('<span title="x">a span</span>');
    expect(html).toContain('<div>');
    expect(html).not.toMatch(/&lt;b&gt;/);
  });
});
