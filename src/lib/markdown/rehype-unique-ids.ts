import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import type {} from '@astrojs/markdown-remark'; // its types declare file.data.astro

export interface UniqueIdsOptions {
  /** Ids the page around the HTML already uses (see page-ids.ts). */
  reserved?: Iterable<string>;
}

function withIds(node: Root | RootContent, found: Element[]): void {
  if (node.type === 'element' && typeof node.properties.id === 'string') found.push(node);
  if ('children' in node) for (const child of node.children) withIds(child, found);
}

/**
 * Gives every id in a story body a name nothing else on its page has. An id the page already
 * uses (a heading "Main" against the layout's `main`) or one an earlier element took gets the
 * first free `-1`, `-2`… suffix, as github-slugger numbers repeated headings; a free name is
 * one neither taken nor used anywhere else in the body, so renaming never starts a chain.
 *
 * It runs after Astro's rehypeHeadingIds, which has by then listed the headings with their ids
 * (file.data.astro.headings); a renamed heading is renamed in that list too, so a table of
 * contents points where the HTML does.
 */
export default function rehypeUniqueIds({ reserved = [] }: UniqueIdsOptions = {}) {
  const reservedIds = new Set(reserved);
  return (tree: Root, file: VFile): void => {
    const elements: Element[] = [];
    withIds(tree, elements);
    const inBody = new Set(elements.map((element) => element.properties.id as string));
    const taken = new Set(reservedIds);
    const renamed = new Map<Element, string>();
    for (const element of elements) {
      const id = element.properties.id as string;
      let name = id;
      for (let n = 1; taken.has(name) || (name !== id && inBody.has(name)); n++) name = `${id}-${n}`;
      taken.add(name);
      if (name !== id) {
        renamed.set(element, id);
        element.properties.id = name;
      }
    }
    const headings = file.data.astro?.headings;
    if (!renamed.size || !headings) return;
    // Astro lists every h1–h6 in document order, which is the order they were found here.
    const listed = elements.filter((element) => /^h[1-6]$/.test(element.tagName));
    listed.forEach((element, i) => {
      const was = renamed.get(element);
      if (was !== undefined && headings[i]?.slug === was) headings[i].slug = element.properties.id as string;
    });
  };
}
