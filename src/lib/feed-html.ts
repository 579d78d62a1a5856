// A story's body as a feed carries it. A feed reader shows it away from the site, with no base
// to resolve addresses against: every link and picture address becomes absolute, resolved
// against the story's own page as a browser there would (pictures' paths already hold the
// site's base). What only the site's layout reads (the column's `sizes`, Astro's layout marks)
// is left out, and the text is made safe for XML.
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { xmlText } from './xml-text.ts';

/** Attributes holding one address (hast's property names). */
const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc', 'poster'] as const;

const parser = unified().use(rehypeParse, { fragment: true });

/** `html` (a rendered story body) with absolute addresses, for a feed; `page` is the story's full address. */
export function feedHtml(html: string, page: string): string {
  const tree = parser.parse(xmlText(html)) as Root;
  for (const node of tree.children) visit(node, page);
  return xmlText(toHtml(tree));
}

function visit(node: RootContent, page: string): void {
  if (node.type !== 'element') return;
  absolutise(node, page);
  for (const child of node.children) visit(child, page);
}

function absolutise(element: Element, page: string): void {
  const properties = element.properties;
  for (const name of URL_PROPERTIES) {
    const value = properties[name];
    if (typeof value === 'string') properties[name] = absolute(value, page);
  }
  const srcSet = properties.srcSet;
  if (typeof srcSet === 'string') properties.srcSet = srcSet.split(',').map((candidate) => absoluteCandidate(candidate, page)).join(', ');
  delete properties.sizes;
  for (const name of Object.keys(properties)) if (name.startsWith('dataAstro')) delete properties[name];
}

/**
 * One `srcset` candidate ("/_astro/a.webp 608w") with its address made absolute. The list is split
 * at commas: the addresses in it are the image service's, which hold none.
 */
function absoluteCandidate(candidate: string, page: string): string {
  const [url, ...descriptors] = candidate.trim().split(/\s+/);
  return [absolute(url, page), ...descriptors].join(' ');
}

function absolute(url: string, page: string): string {
  try {
    return new URL(url, page).href;
  } catch {
    return url;
  }
}
