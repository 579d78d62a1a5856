import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { select } from 'hast-util-select';
import { jsonLdArticle, metaContent } from './html-metadata.ts';
import { spacedTextOf } from './markdown.ts';

// A crawl captures every page of a site, and most are not stories: the home page, section, tag and
// author pages, search results. Each is told apart from a story before it is imported, so that
// an index of teasers never becomes a "story".

/** First path segments of the pages that list stories rather than tell one. */
const INDEX_SEGMENTS = new Set([
  'tag', 'tags', 'topic', 'topics', 'category', 'categories', 'section', 'sections', 'author', 'authors',
  'search', 'archive', 'archives', 'page', 'label', 'labels', 'people', 'subject', 'subjects', 'latest',
]);
/** A story has at least this many words of running text… */
const STORY_WORDS = 80;
/** …and not more than this share of them inside links (a list of teasers is mostly links). */
const LINKED_SHARE = 0.4;

/** Why a captured page is not a story, or null when it reads as one. `body`: the article the importer found in it. */
export function notAStory(page: HastRoot, uri: string, body: Root): string | null {
  const declared = jsonLdArticle(page) !== undefined || /^article$/i.test(metaContent(page, 'og:type') ?? '') || select('[itemprop="articleBody"]', page);
  if (declared) return null; // the page says it is an article
  let path = '';
  let query = '';
  try {
    ({ pathname: path, search: query } = new URL(uri));
  } catch {
    // no address to judge by: the text decides
  }
  // "/?p=123" (WordPress) or "/index.php?id=77" (Joomla) is a story's address, not the home page.
  if (/^\/(?:index\.\w+)?$/i.test(path) && !query) return 'a home page, not a story';
  const first = path.split('/').filter(Boolean)[0]?.toLowerCase();
  if (first && INDEX_SEGMENTS.has(first)) return `an index page (/${first}/…), not a story`;
  const words = wordsIn(spacedTextOf(body));
  if (words < STORY_WORDS) return `too little running text for a story (${words} words)`;
  const linked = wordsIn(linkedText(body));
  if (linked / words > LINKED_SHARE) return `mostly links (${linked} of ${words} words), a list of stories rather than one`;
  return null;
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

type Node = Root | Root['children'][number];

function linkedText(node: Node): string {
  if (node.type === 'link') return spacedTextOf(node);
  return 'children' in node ? node.children.map((child) => linkedText(child)).join(' ') : '';
}
