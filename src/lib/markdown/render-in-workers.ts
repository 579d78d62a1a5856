import type { ContentEntryType } from 'astro';
import type { RenderPool } from './render-pool.ts';

/**
 * Astro's content entry types with markdown rendered by `pool` instead of on the main thread.
 * The workers build the same processor the site's config names (pipeline.ts), so the HTML is
 * the same; any other processor keeps Astro's own rendering.
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
