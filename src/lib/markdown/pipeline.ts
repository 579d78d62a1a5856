import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import type { Options as SanitizeOptions } from 'rehype-sanitize';
import { storySanitizeSchema } from './sanitize.ts';
import remarkTables from './remark-tables.ts';
import rehypeRawIfPresent from './rehype-raw-if-present.ts';
import rehypeFigures from './rehype-figures.ts';
import rehypeUniqueIds, { type UniqueIdsOptions } from './rehype-unique-ids.ts';
import { RESERVED_IDS } from '../page-ids.ts';

/** Markdown syntax beyond CommonMark: tables and strikethrough (see remark-tables.ts). */
export const storyRemarkPlugins = [remarkTables];

/**
 * Heading ids, then every id made unique on the story's page (rehype-unique-ids.ts). Astro gives
 * heading ids only after a config's rehype plugins, too late to rename them, so the story steps
 * give them first with Astro's own plugin; Astro's run then keeps them and lists the headings
 * again, as they are. The plain renderer ends with these steps too.
 */
export const storyIdPlugins: [typeof rehypeHeadingIds, [typeof rehypeUniqueIds, UniqueIdsOptions]] = [
  rehypeHeadingIds,
  [rehypeUniqueIds, { reserved: RESERVED_IDS }],
];

/**
 * The rehype steps every story body goes through, in Astro's build and in tests.
 * Raw HTML is parsed first, so the allow-list sees real elements: it then drops what could run
 * and keeps the words inside, instead of dropping whole blocks of HTML and their text. Captioned
 * pictures become figures after it, as the story's own markup.
 */
export const storyRehypePlugins: [typeof rehypeRawIfPresent, [typeof rehypeSanitize, SanitizeOptions], typeof rehypeFigures, ...typeof storyIdPlugins] = [
  rehypeRawIfPresent,
  [rehypeSanitize, storySanitizeSchema],
  rehypeFigures,
  ...storyIdPlugins,
];

/**
 * Story text is shown as written: no "smart" quotes or dashes (an archive keeps the source's
 * punctuation). Full GFM is off; storyRemarkPlugins adds the parts stories use.
 */
export const storyMarkdownOptions = { smartypants: false, gfm: false } as const;

/**
 * The site's markdown processor: Astro's unified pipeline with the story plugins. The site's
 * config and the rendering workers (render-worker.ts) both build it here, so they agree.
 */
export function storyMarkdownProcessor() {
  return unified({ ...storyMarkdownOptions, remarkPlugins: storyRemarkPlugins, rehypePlugins: storyRehypePlugins });
}
