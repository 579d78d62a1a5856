import fs from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CORPUS_FILES } from '../../../tests/helpers/fixtures.ts';
import { formatFrontmatter } from '../frontmatter.ts';
import { storySchema } from '../schema.ts';
import { cleanPlainText } from './clean.ts';
import { plainTextToMarkdown } from './escape.ts';
import { parseMarkdown, textOf } from './markdown.ts';

/** What a reader of the rendered page sees: each paragraph's text, line breaks as "\n". */
function renderedText(markdown: string): string[] {
  return parseMarkdown(markdown).children.map((node) => {
    expect(node.type, markdown.slice(0, 200)).toBe('paragraph');
    return textOf(node);
  });
}

describe('plain text as markdown', () => {
  // Renders all 311 corpus stories: about 4 s alone on 2 cores, more beside the build tests.
  it('shows every corpus story exactly as its cleaned text, nothing read as markup', () => {
    const records = CORPUS_FILES.flatMap((file) =>
      fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line)),
    );
    expect(records.length).toBeGreaterThan(300);
    for (const record of records) {
      const paragraphs = cleanPlainText(record.body, record.date ?? undefined);
      expect(renderedText(plainTextToMarkdown(paragraphs)), record.title).toEqual(paragraphs.map((lines) => lines.join('\n')));
    }
  }, 60_000);

  it('shows text that looks like markup as text', () => {
    const tricky = [
      ['<AAPL> rose [3%]', '1) first', '# not a heading', '> not a quote', '    not code', '| a | b |', '|---|---|'],
      ['***', '~~not struck~~ *not em* _nor this_ `nor code`', '&amp; &#169; stay', 'back\\ slash \\* end \\'],
      ['[link](https://example.org) ![image](x.png) <https://example.org> www.example.org'],
    ];
    const expected = tricky.map((lines) => lines.map((line) => line.trim()).join('\n'));
    expect(renderedText(plainTextToMarkdown(tricky.map((lines) => lines.map((line) => line.trim()))))).toEqual(expected);
  });
});

describe('frontmatter of imported stories', () => {
  it('is valid YAML that reads back to the same fields, whatever the headline holds', () => {
    const titles = [
      'TEST PAGE:Self-publish yesterday', 'Tesco to sell to Salling Group A/S', 'Wages: up 3%; prices: up 5%', '"Quoted" headline',
      "'Single' quotes", '- starts like a list', '# starts like a comment', 'yes', 'null', '2019', '@handle and `code`', 'Ends with a colon:',
      'Trump’s “war”', 'Gdańsk floods — Łódź responds', '日本、ブロードバンド契約が2000万件を突破', 'Line\nbreak', '{braces} and [brackets]', '* star', '!important', '%percent', '&anchor', '*alias', '? question', '| pipe', '> fold',
    ];
    for (const title of titles) {
      const fields = { title, date: '2019-01-04', tags: ['a: b', '- c'], dek: '#1 of 2' };
      const yaml = formatFrontmatter(fields);
      expect(yaml.startsWith('---\n') && yaml.endsWith('---\n')).toBe(true);
      const read = parse(yaml.slice(4, -4));
      expect(read, title).toEqual(fields);
      expect(storySchema.safeParse(read).success).toBe(true);
    }
  });
});
