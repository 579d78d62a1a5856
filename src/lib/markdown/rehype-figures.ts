import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { STORY_COLUMN_SIZES } from '../pictures/sizes.ts';

// A picture on a line of its own with a title, `![alt](./map.png "caption")`, is a figure: the
// title becomes its caption. Every picture from a file beside the story tells the browser how wide
// the story column is, so of the files Astro's image service makes (up to the picture's own width)
// it fetches the one the column needs.

/** "Photo: Jane Doe" at the end of a caption is its credit. */
const CREDIT = /(?:^|(?<=[.!?…])\s+|\s+[—–|-]\s+|\s*\()((?:Photo(?:graph)?s?|Picture|Image|Map|Graphic|Illustration|Credit|Source)\s*:[^()]*?)\)?\s*$/i;

/** A caption split into its text and credit. */
export function splitCredit(title: string): { caption: string; credit?: string } {
  const text = title.trim();
  const match = CREDIT.exec(text);
  return match ? { caption: text.slice(0, match.index).trim(), credit: match[1].trim() } : { caption: text };
}

const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();

function figure(img: Element): Element {
  const { caption, credit } = splitCredit(String(img.properties.title));
  delete img.properties.title;
  const parts: ElementContent[] = [];
  if (caption) parts.push({ type: 'text', value: caption });
  if (credit) {
    if (caption) parts.push({ type: 'text', value: ' ' });
    parts.push({ type: 'element', tagName: 'span', properties: { className: ['credit'] }, children: [{ type: 'text', value: credit }] });
  }
  return { type: 'element', tagName: 'figure', properties: {}, children: [img, { type: 'element', tagName: 'figcaption', properties: {}, children: parts }] };
}

export default function rehypeFigures() {
  return (tree: Root, file: VFile) => {
    const local = new Set<string>((file.data.astro as { localImagePaths?: string[] } | undefined)?.localImagePaths ?? []);
    const walk = (parent: Root | Element) => {
      parent.children = parent.children.map((node): RootContent => {
        if (node.type !== 'element') return node;
        if (node.tagName === 'img' && typeof node.properties.src === 'string' && local.has(decodeURI(node.properties.src))) {
          node.properties.sizes = STORY_COLUMN_SIZES;
        }
        walk(node);
        if (node.tagName !== 'p') return node;
        const content = node.children.filter((child) => !isBlank(child));
        const [only] = content;
        const alone = content.length === 1 && only.type === 'element' && only.tagName === 'img' && typeof only.properties.title === 'string' && only.properties.title.trim();
        return alone ? figure(only as Element) : node;
      }) as typeof parent.children;
    };
    walk(tree);
  };
}
