import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { stringifyMarkdown } from './markdown.ts';

/**
 * Plain text as markdown that shows exactly that text: `<AAPL>`, "[…]", "1. " or "# " at the start
 * of a line, `*`, `_`, `~`, "&amp;" and the like are escaped, so nothing turns into a tag, a link,
 * a list, a heading or a code block. A line break inside a paragraph stays a line break.
 */
export function plainTextToMarkdown(paragraphs: string[][]): string {
  return stringifyMarkdown(plainTextTree(paragraphs));
}

export function plainTextTree(paragraphs: string[][]): Root {
  return {
    type: 'root',
    children: paragraphs.map((lines): Paragraph => ({
      type: 'paragraph',
      children: lines.flatMap((line, index): PhrasingContent[] =>
        index === 0 ? [{ type: 'text', value: line }] : [{ type: 'break' }, { type: 'text', value: line }],
      ),
    })),
  };
}
