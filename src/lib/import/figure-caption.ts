import type { Element, ElementContent } from 'hast';
import type { Handle } from 'hast-util-to-mdast';
import type { Paragraph } from 'mdast';
import { captionedPicture } from './page-pictures.ts';

// A picture in a saved page keeps its caption and credit where the picture stood: with the picture
// when the page still shows it (page-pictures.ts decides whether its file was saved), else in
// italics, so the archive keeps what the picture showed and who took it. The paragraph is marked
// as a caption, so the cleaning rules for credit lines in plain text ("Photo: Reuters") leave it
// alone.

/** rehype-remark's handler for <figure>: a caption paragraph, or nothing when the figure has no caption. */
export const figureHandler: Handle = (state, node) => {
  // A figure that holds a quote, a table or code is the story's own text, not a picture; a gallery's
  // figures each give their own caption.
  if (find(node, (child) => ['blockquote', 'table', 'pre', 'figure'].includes(child.tagName), 'figcaption')) return state.all(node);
  // The caption and the credit, wherever the figure puts them (a <figcaption>, a <p class="credit">).
  const text = spacedText(node).replace(/\s+/g, ' ').trim();
  const img = find(node, (child) => child.tagName === 'img');
  if (img && typeof img.properties.src === 'string') {
    return captionedPicture({ type: 'image', url: img.properties.src, alt: String(img.properties.alt ?? '') }, text);
  }
  if (!text) return undefined;
  const paragraph: Paragraph = { type: 'paragraph', data: { caption: true }, children: [{ type: 'emphasis', children: [{ type: 'text', value: text }] }] };
  return paragraph;
};

declare module 'mdast' {
  interface ParagraphData {
    /** The caption of a picture in the source page. */
    caption?: boolean;
  }
}

/** Text with a space at each element's edge: a caption and its credit are often neighbouring spans. */
function spacedText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return ` ${node.children.map(spacedText).join('')} `;
}

/** The first element under `node` that passes `test`, not looking inside `skip` elements. */
function find(node: Element, test: (element: Element) => boolean, skip?: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element' || child.tagName === skip) continue;
    if (test(child)) return child;
    const found = find(child, test, skip);
    if (found) return found;
  }
  return undefined;
}
