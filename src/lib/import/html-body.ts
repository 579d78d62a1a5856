import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { matches, select } from 'hast-util-select';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { toString } from 'hast-util-to-string';
import { toHtml } from 'hast-util-to-html';
import { FURNITURE_CLASS, FURNITURE_ELEMENTS } from './clean.ts';
import { readabilityHtml } from './readability.ts';
import { figureHandler } from './figure-caption.ts';
import { isStoryPicture, pictureSource } from './page-pictures.ts';

// A saved page → the story's body as a markdown tree: the article alone, without the page around
// it (navigation, ads, share bars, comments, scripts), links made absolute.

// Where publishers put the story, most specific first: after the page's own schema.org marking
// and Readability, the class names and elements that usually hold it, then the whole page.
const MARKED_BODY = '[itemprop="articleBody"]';
const ARTICLE_BODY = ['.article-body', '.story-body', '.entry-content', 'article', 'main', '[role="main"]', 'body'];
/** Fewer words than this is a teaser or an empty frame, not the story. */
const STORY_WORDS = 50;

const parser = unified().use(rehypeParse);
const fragmentParser = unified().use(rehypeParse, { fragment: true });
const toMarkdownTree = unified().use(rehypeRemark, { handlers: { figure: figureHandler } });

export function parseHtml(html: string): HastRoot {
  return parser.parse(html);
}

/** The story's body in a whole saved page, as markdown: see pageArticle. */
export function pageArticleTree(html: string, page: HastRoot, baseUrl?: string): Root {
  return articleTree(pageArticle(html, page), baseUrl);
}

/**
 * Where a saved page's story is: the element the page marks as the article body, when it holds
 * a story's words; else what Readability extracts; else the first usual container that holds
 * words; else the whole page.
 */
export function pageArticle(html: string, page: HastRoot): HastRoot | Element {
  const marked = select(MARKED_BODY, page);
  if (marked && wordCount(marked) >= STORY_WORDS) {
    // The marked body may still hold a video player's controls or a gallery: Readability, run on
    // it alone, leaves those out and cannot stray outside it.
    return readabilityTree(`<html><head></head><body>${toHtml(marked)}</body></html>`) ?? marked;
  }
  const extracted = readabilityTree(html);
  if (extracted) return extracted;
  return ARTICLE_BODY.map((selector) => select(selector, page)).find((element) => element && wordCount(element) > 0) ?? page;
}

/** Where the story is in HTML that holds little else (an export's `html` field): its usual container, or all of it. */
export function fragmentArticle(page: HastRoot): HastRoot | Element {
  return [MARKED_BODY, ...ARTICLE_BODY].map((selector) => select(selector, page)).find(Boolean) ?? page;
}

function readabilityTree(html: string): HastRoot | undefined {
  const extracted = readabilityHtml(html);
  const tree = extracted === undefined ? undefined : fragmentParser.parse(extracted);
  return tree && wordCount(tree) > 0 ? tree : undefined;
}

function wordCount(node: HastRoot | Element): number {
  return toString(node).split(/\s+/).filter(Boolean).length;
}

/** The article's body from a parsed fragment (or the element holding it) as markdown. */
export function articleTree(body: HastRoot | Element, baseUrl?: string): Root {
  const article: HastRoot = { type: 'root', children: withoutFurniture(body.children) };
  resolveLinks(article, baseUrl);
  return toMarkdownTree.runSync(article) as Root;
}

/**
 * The children without page furniture. An element whose class (not its kind: an aside is an
 * aside) says furniture but that holds most of the story's words is the story's own wrapper ("category-native-advertising" from a
 * WordPress category, "ad_body", "paywall"): it stays.
 */
function withoutFurniture(children: (HastContent | ElementContent)[], storyWords = children.reduce((sum, child) => sum + (child.type === 'element' ? wordCount(child) : 0), 0)): ElementContent[] {
  const kept: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (child.type === 'element') {
      // The story's pictures stay (a <picture> as its <img>): other pictures are furniture.
      const img = child.tagName === 'img' ? child : child.tagName === 'picture' ? select('img', child) : undefined;
      if (img && isStoryPicture(img)) {
        kept.push({ ...img, properties: { src: pictureSource(img), alt: img.properties.alt ?? '' }, children: [] });
        continue;
      }
      if (isFurnitureElement(child) && !(furnitureByClassOnly(child) && wordCount(child) * 2 >= storyWords)) continue;
      kept.push({ ...child, children: withoutFurniture(child.children, storyWords) });
    } else kept.push(child);
  }
  return kept;
}

/** Furniture by its class or id alone (an aside or a nav is furniture whatever it holds). */
function furnitureByClassOnly(element: Element): boolean {
  return !matches(FURNITURE_ELEMENTS, element);
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
