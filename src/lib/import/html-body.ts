import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { matches, select } from 'hast-util-select';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { FURNITURE_CLASS, FURNITURE_ELEMENTS } from './clean.ts';

// A saved page → the story's body as a markdown tree: the article alone, without the page around
// it (navigation, ads, share bars, comments, scripts), links made absolute.

// Where publishers put the story, most specific first.
const ARTICLE_BODY = ['[itemprop="articleBody"]', '.article-body', '.story-body', '.entry-content', 'article', 'main', '[role="main"]', 'body'];

const parser = unified().use(rehypeParse);
const toMarkdownTree = unified().use(rehypeRemark);

export function parseHtml(html: string): HastRoot {
  return parser.parse(html);
}

/** The article's body from a parsed page (or a fragment) as markdown. */
export function articleTree(page: HastRoot, baseUrl?: string): Root {
  const body = ARTICLE_BODY.map((selector) => select(selector, page)).find(Boolean) ?? page;
  const article: HastRoot = { type: 'root', children: withoutFurniture(body.children) };
  resolveLinks(article, baseUrl);
  return toMarkdownTree.runSync(article) as Root;
}

function withoutFurniture(children: (HastContent | ElementContent)[]): ElementContent[] {
  const kept: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (child.type === 'element') {
      if (isFurnitureElement(child)) continue;
      kept.push({ ...child, children: withoutFurniture(child.children) });
    } else kept.push(child);
  }
  return kept;
}

function isFurnitureElement(element: Element): boolean {
  if (matches(FURNITURE_ELEMENTS, element)) return true;
  const marks = [element.properties.className, element.properties.id].flat().filter(Boolean).join(' ');
  return FURNITURE_CLASS.test(marks);
}

/** Links to the source site keep working from the archive; in-page and script links become text. */
function resolveLinks(node: HastRoot | Element, baseUrl?: string): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'a') {
      const href = String(child.properties.href ?? '');
      if (!href || href.startsWith('#') || /^javascript:/i.test(href)) {
        child.tagName = 'span';
        child.properties = {};
      } else if (baseUrl && URL.canParse(href, baseUrl)) {
        child.properties.href = new URL(href, baseUrl).href;
      }
    }
    resolveLinks(child, baseUrl);
  }
}
