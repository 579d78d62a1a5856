import { describe, expect, it } from 'vitest';
import { storyMarkdownProcessor } from './markdown/pipeline.ts';
import { htmlToText } from './html-text.ts';

const render = async (markdown: string) =>
  (await (await storyMarkdownProcessor().createRenderer({ syntaxHighlight: false, image: { domains: [], remotePatterns: [] } })).render(markdown)).code;

describe('htmlToText', () => {
  it('keeps the words of a rendered story and drops the markup', async () => {
    const html = await render(
      [
        '## What it cost',
        '',
        'The **bridge** cost [£40 million](https://example.org/cost "cost") and *two* years.',
        '',
        '> “It was worth it,” she said.',
        '',
        '- first item',
        '',
        '1. numbered item',
        '',
        '![A crane](crane.jpg) <span class="x">inline html</span>',
        '',
        '| a | b |',
        '|---|---|',
        '| c | d |',
      ].join('\n'),
    );
    expect(htmlToText(html)).toBe(
      'What it cost The bridge cost £40 million and two years. “It was worth it,” she said. first item numbered item A crane inline html a b c d',
    );
  });

  it('joins a word split by inline markup and separates blocks', () => {
    expect(htmlToText('<p>wor<em>d</em>s</p><p>next</p><ul><li>a</li><li>b</li></ul>line<br>break')).toBe('words next a b line break');
  });

  it('decodes character references the HTML writer produces', async () => {
    expect(htmlToText(await render('Tom &amp; Jerry, 5 < 6, a\u00a0non-breaking space, &copy; and `<b>`'))).toBe(
      'Tom & Jerry, 5 < 6, a non-breaking space, © and <b>',
    );
    expect(htmlToText('&#x1F600; &#169; &unknown; &#0;')).toBe('😀 © &unknown; &#0;');
  });

  it('reads a quoted ">" inside an attribute as part of the tag', () => {
    expect(htmlToText('<p><a title="a > b" href="/x">link</a> text</p>')).toBe('link text');
  });

  it('drops comments', () => {
    expect(htmlToText('<p>before<!-- a note > here -->after</p>')).toBe('before after');
  });
});
