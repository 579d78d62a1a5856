import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { MarkdownHeading } from 'astro';
import { storySanitizeSchema } from './sanitize.ts';
import { storyIdPlugins } from './pipeline.ts';

// The characters that start what only the full pipeline handles: raw HTML and autolinks (<),
// tables (|), struck text (~) and images (![).
const NEEDS_FULL_PIPELINE = /[<|~]|!\[/;

/**
 * Whether a body is plain markdown, which the plain renderer turns into the same HTML as the
 * site's processor (pipeline.ts). Most news stories are: paragraphs, headings, emphasis, links,
 * lists and quotes.
 */
export function isPlainMarkdown(body: string): boolean {
  return !NEEDS_FULL_PIPELINE.test(body);
}

export interface PlainRendered {
  code: string;
  metadata: {
    headings: MarkdownHeading[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    frontmatter: Record<string, unknown>;
  };
}

/**
 * Renders plain markdown (see isPlainMarkdown) in about half the time of the site's processor.
 * That processor ends every story by re-parsing the whole HTML tree (raw HTML support) and
 * checks every line for a table; a plain body has neither raw HTML nor tables nor images, so
 * those steps change nothing and are left out. The sanitizer stays: markdown links can carry
 * javascript: URLs too. Tests render the corpus and fixtures both ways and compare.
 */
export function createPlainRenderer() {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
    .use(rehypeSanitize, storySanitizeSchema)
    .use(storyIdPlugins)
    .use(rehypeStringify, { allowDangerousHtml: true });
  return {
    async render(body: string, options: { frontmatter?: Record<string, unknown>; fileURL?: URL } = {}): Promise<PlainRendered> {
      const file = new VFile({ value: body, path: options.fileURL, data: { astro: { frontmatter: options.frontmatter ?? {} } } });
      const code = String(await processor.process(file));
      const astro = file.data.astro as { headings?: MarkdownHeading[]; frontmatter: Record<string, unknown> };
      return { code, metadata: { headings: astro.headings ?? [], localImagePaths: [], remoteImagePaths: [], frontmatter: astro.frontmatter } };
    },
  };
}
