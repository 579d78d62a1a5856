import { raw } from 'hast-util-raw';
import type { Nodes, Root } from 'hast';
import type { VFile } from 'vfile';

function hasRaw(node: Nodes): boolean {
  if (node.type === 'raw') return true;
  return 'children' in node && node.children.some((child) => hasRaw(child as Nodes));
}

/**
 * rehype-raw for the stories that hold HTML. Parsing raw HTML means running the whole tree
 * through an HTML parser; most stories are plain markdown, and for them that pass changes
 * nothing but costs about a fifth of rendering, so they skip it.
 */
export default function rehypeRawIfPresent() {
  return (tree: Root, file: VFile): Root | undefined => (hasRaw(tree) ? (raw(tree, { file }) as Root) : undefined);
}
