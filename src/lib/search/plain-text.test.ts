import { describe, expect, it } from 'vitest';
import { markdownToText } from './plain-text.ts';

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    const markdown = [
      '## What it cost',
      '',
      'The **bridge** cost [£40 million](https://example.org/cost "cost") and *two* years.',
      '',
      '> “It was worth it,” she said.',
      '',
      '- first item',
      '1. numbered item',
      '',
      '![A crane](crane.jpg) <span class="x">inline html</span>',
      '',
      '| a | b |',
      '|---|---|',
      '| c | d |',
    ].join('\n');
    expect(markdownToText(markdown)).toBe(
      'What it cost The bridge cost £40 million and two years. “It was worth it,” she said. first item numbered item A crane inline html a b c d',
    );
  });

  it('leaves link targets and code fences out', () => {
    expect(markdownToText('See [the report][1].\n\n[1]: https://example.org/r\n\n```\nx = 1\n```')).toBe('See the report. x = 1');
  });
});
