import { describe, expect, it } from 'vitest';
import { markdownParagraphs } from './markdown-paragraphs.ts';
import { MAX_EDITS, wordDiff } from './word-diff.ts';

const marked = (paragraph: { text: string; change: string }[]) => paragraph.map(({ text, change }) => (change === 'same' ? text : change === 'added' ? `{+${text}+}` : `[-${text}-]`)).join('');

describe('wordDiff', () => {
  it('marks the words added and removed, paragraph by paragraph', () => {
    const diff = wordDiff(['The council met on Monday.', 'It voted 5 to 4.'], ['The city council met on Tuesday.', 'It voted 5 to 4.', 'The mayor resigned.'])!;
    expect(diff.paragraphs.map(marked)).toEqual(['The {+city+} council met on [-Monday-]{+Tuesday+}.', 'It voted 5 to 4.', '{+The mayor resigned.+}']);
    expect(diff).toMatchObject({ added: 5, removed: 1 });
  });

  it('finds nothing changed in the same words', () => {
    const diff = wordDiff(['One paragraph.', 'Two.'], ['One paragraph.', 'Two.'])!;
    expect(diff).toMatchObject({ added: 0, removed: 0 });
    expect(diff.paragraphs.map(marked)).toEqual(['One paragraph.', 'Two.']);
  });

  it('gives up, rather than taking ever longer, on two texts with nothing in common', () => {
    const words = (prefix: string) => Array.from({ length: MAX_EDITS }, (_, i) => `${prefix}${i}`).join(' ');
    expect(wordDiff([words('a')], [words('b')])).toBeNull();
  });
});

describe('markdownParagraphs', () => {
  it('reads the words of each block, without markup, a list item or table row each', () => {
    const markdown = '# Council votes\n\nThe *council* met [on Monday](https://example.org).\n\n- first\n- second\n\n> Quoted words.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<div>raw</div>\n\n![A harbour at dawn](./h.jpg)\n';
    expect(markdownParagraphs(markdown)).toEqual(['Council votes', 'The council met on Monday.', 'first', 'second', 'Quoted words.', 'a | b', '1 | 2', 'A harbour at dawn']);
  });
});
