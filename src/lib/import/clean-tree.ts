import type { Parent, Root, RootContent } from 'mdast';
import { isFurniture, isRepeatedDateline, normaliseCharacters } from './clean.ts';
import { textOf } from './markdown.ts';

// The cleaning rules of clean.ts applied to a markdown tree (from a .md file or a saved page).
// Code keeps its characters exactly; running text gets the same treatment as plain text.

/** Cleans the tree in place and returns it. */
export function cleanTree(tree: Root, storyDay?: string): Root {
  normaliseText(tree);
  dropFurniture(tree);
  dropDateline(tree, storyDay);
  return tree;
}

/** A first paragraph that only repeats the date goes; so does a first line that does, before a line break. */
function dropDateline(tree: Root, storyDay: string | undefined): void {
  const first = tree.children[0];
  if (first?.type !== 'paragraph') return;
  if (isRepeatedDateline(textOf(first), storyDay)) {
    tree.children.shift();
    return;
  }
  const lineEnd = first.children.findIndex((node) => node.type === 'break');
  if (lineEnd > 0 && isRepeatedDateline(first.children.slice(0, lineEnd).map(textOf).join(''), storyDay)) {
    first.children.splice(0, lineEnd + 1);
  }
}

/** Whether nothing a reader could see is left. */
export function isEmptyTree(tree: Root): boolean {
  return !hasContent(tree);
}

type AnyNode = Root | RootContent;

function hasContent(node: AnyNode): boolean {
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'code') return true;
  if ('value' in node) return node.value.trim() !== '';
  return 'children' in node && (node.children as AnyNode[]).some(hasContent);
}

function normaliseText(node: AnyNode): void {
  if (node.type === 'text') {
    node.value = normaliseCharacters(node.value).replace(/ {2,}/g, ' ');
    return;
  }
  if ('children' in node) for (const child of node.children) normaliseText(child);
}

function dropFurniture(parent: Parent): void {
  parent.children = parent.children.filter((node) => {
    // A picture's caption keeps its credit ("Photo: Reuters"), which in running text is furniture.
    if (node.type === 'paragraph') return hasContent(node) && (node.data?.caption === true || !isFurniture(textOf(node)));
    if (node.type === 'html') return !/^<!--[\s\S]*-->$/.test(node.value.trim());
    if (node.type === 'blockquote' || node.type === 'listItem' || node.type === 'list') {
      dropFurniture(node);
      return node.children.length > 0;
    }
    return true;
  }) as Parent['children'];
}
