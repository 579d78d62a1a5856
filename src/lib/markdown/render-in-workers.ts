import type { AstroConfig, ContentEntryType } from 'astro';
import type { RenderPool } from './render-pool.ts';

/**
 * Astro's content entry types with markdown rendered by `pool` instead of on the main thread.
 * The workers build storyMarkdownProcessor() (pipeline.ts), the processor the site's config
 * names, so the HTML is the same; a config with a non-unified processor keeps Astro's rendering.
 */
export function renderInWorkers(entryTypes: Map<string, ContentEntryType>, pool: RenderPool): Map<string, ContentEntryType> {
  const markdown = entryTypes.get('.md');
  if (!markdown?.getRenderFunction) return entryTypes;
  const original = markdown.getRenderFunction.bind(markdown);
  const pooled: ContentEntryType = {
    ...markdown,
    async getRenderFunction(config) {
      if (config.markdown.processor?.name !== 'unified') return original(config);
      return async ({ body, data, filePath }) => {
        const { html, metadata } = await pool.render(body ?? '', data, filePath);
        return { html, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } };
      };
    },
  };
  return new Map([...entryTypes, ['.md', pooled]]);
}

/** What Astro gives the markdown processor's createRenderer(), in a form a worker can receive. */
export function markdownOptions(config: AstroConfig): Record<string, unknown> {
  const { markdown, image } = config;
  return {
    image: { domains: image.domains, remotePatterns: image.remotePatterns },
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  };
}
