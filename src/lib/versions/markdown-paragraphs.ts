import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../import/markdown.ts';

// A story's words as paragraphs of plain text, for comparing two versions: what a reader reads,
// without the markup that says how it looks (a link's address, emphasis, escapes).

/** Blocks whose own blocks are the paragraphs: each list item, each quoted paragraph, each table row. */
const HOLDERS = new Set(['list', 'listItem', 'blockquote', 'table']);
/** Nothing a reader reads as the story's words. */
const SKIPPED = new Set(['html', 'definition', 'thematicBreak', 'footnoteDefinition']);

function collect(node: RootContent, out: string[]): void {
  if (SKIPPED.has(node.type)) return;
  if (HOLDERS.has(node.type) && 'children' in node) {
    for (const child of node.children as RootContent[]) collect(child, out);
    return;
  }
  // A table row reads as its cells in turn; anything else as its text (a picture as its alt text).
  const text = node.type === 'tableRow' ? node.children.map((cell) => toString(cell)).join(' | ') : toString(node);
  const tidy = text.replace(/\s+/g, ' ').trim();
  if (tidy) out.push(tidy);
}

/** The paragraphs (and headings, list items, table rows) of a markdown body, as plain text. */
export function markdownParagraphs(markdown: string): string[] {
  const out: string[] = [];
  for (const node of parseMarkdown(markdown).children) collect(node, out);
  return out;
}
