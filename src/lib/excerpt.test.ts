import { describe, expect, it } from 'vitest';
import { cutAtWord, listExcerpt, openingParagraph } from './excerpt.ts';

describe('cutAtWord', () => {
  it('keeps a short text whole and cuts a long one at a word, with an ellipsis', () => {
    expect(cutAtWord('short text', 50)).toBe('short text');
    expect(cutAtWord('The council met on Sunday, and voted.', 20)).toBe('The council met on…');
    expect(cutAtWord('The council met on Sunday, and voted.', 27)).toBe('The council met on Sunday…');
  });
});

describe('openingParagraph', () => {
  it('is the first paragraph of the text, not a caption, a quotation or a table before it', () => {
    const html =
      '<figure><img src="a.jpg" alt="The quay"><figcaption><p>A caption</p></figcaption></figure>' +
      '<blockquote><p>“We will rebuild,” said the mayor.</p></blockquote>' +
      '<table><tr><td><p>1</p></td></tr></table><p> </p>' +
      '<p>The <em>harbour</em> crane fell &amp; blocked the quay.</p><p>Second.</p>';
    expect(openingParagraph(html)).toBe('The harbour crane fell & blocked the quay.');
  });

  it('is nothing for a text without paragraphs', () => {
    expect(openingParagraph('<h2>Only a heading</h2><ul><li>and a list</li></ul>')).toBeUndefined();
  });
});

describe('listExcerpt', () => {
  const first = 'An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia.';
  const second = 'A suspected gas leak led to an explosion, followed by the ten-storey building coming down.';
  const third = 'A total of 39 are confirmed dead, officials told state media.';

  it('gives whole sentences while they fit', () => {
    const html = `<p>${first} ${second} ${third}</p>`;
    expect(listExcerpt(html, 'en', 200)).toBe(`${first} ${second}`);
    expect(listExcerpt(html, 'en', 400)).toBe(`${first} ${second} ${third}`);
  });

  it('does not end a sentence at an abbreviation or a decimal point', () => {
    const html = '<p>The U.S. Senate voted 52–48 on Tuesday to pass the bill, which costs $1.5 billion over ten years. It now goes to the House.</p>';
    expect(listExcerpt(html, 'en', 110)).toBe('The U.S. Senate voted 52–48 on Tuesday to pass the bill, which costs $1.5 billion over ten years.');
  });

  it('cuts a first sentence longer than the room at a word', () => {
    const html = `<p>${first.replace('.', ',')} ${second}</p>`;
    expect(listExcerpt(html, 'en', 120)).toBe('An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia, A suspected gas leak…');
  });

  it('ends sentences in other scripts, and takes any language tag', () => {
    const html = '<p>東京で大きな地震があった。被害の報告はまだない。詳しいことは分かっていない。</p>';
    expect(listExcerpt(html, 'ja', 25)).toBe('東京で大きな地震があった。被害の報告はまだない。');
    expect(listExcerpt('<p>One sentence here. Another one.</p>', 'not a tag!', 25)).toBe('One sentence here.');
  });

  it('is nothing for a story without a paragraph', () => {
    expect(listExcerpt('<figure><img src="a.jpg" alt="A picture"></figure>')).toBeUndefined();
  });
});
