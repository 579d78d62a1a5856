import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import type { Options as SanitizeOptions } from 'rehype-sanitize';
import { storySanitizeSchema } from './sanitize.ts';
import remarkTables from './remark-tables.ts';
import rehypeRawIfPresent from './rehype-raw-if-present.ts';

/** Markdown syntax beyond CommonMark: tables and strikethrough (see remark-tables.ts). */
export const storyRemarkPlugins = [remarkTables];

/**
 * The rehype steps every story body goes through, in Astro's build and in tests.
 * Raw HTML is parsed first, so the allow-list sees real elements: it then drops what could run
 * and keeps the words inside, instead of dropping whole blocks of HTML and their text.
 */
export const storyRehypePlugins: [typeof rehypeRawIfPresent, [typeof rehypeSanitize, SanitizeOptions]] = [
  rehypeRawIfPresent,
  [rehypeSanitize, storySanitizeSchema],
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
