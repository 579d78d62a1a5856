import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';

// The one markdown dialect the importer reads and writes: CommonMark with GFM, as the site renders
// it. Writing goes through remark-stringify, which escapes every character that markdown would
// otherwise read as syntax.

const WRITE_OPTIONS: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
};

const reader = unified().use(remarkParse).use(remarkGfm);
const writer = unified().use(remarkGfm).use(remarkStringify, WRITE_OPTIONS);

export function parseMarkdown(text: string): Root {
  return reader.parse(text);
}

export function stringifyMarkdown(tree: Root): string {
  return writer.stringify(tree);
}

/** The text a reader sees in a node: its words without markup. */
export function textOf(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'break') return '\n';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((child) => textOf(child as typeof node)).join('');
}

/** A node's text with a space between blocks and words, so that neighbouring paragraphs' words stay apart. */
export function spacedTextOf(node: { type: string; value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((child) => spacedTextOf(child as typeof node)).join(' ');
}
