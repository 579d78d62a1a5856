import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { splitStoreLiteral } from '../lib/build/split-string-literal.ts';

// Astro's module holding the content store (the stories' data and rendered HTML).
const STORE_MODULE = '\0astro:data-layer-content';

/**
 * Rewrites the content store module of Astro's bundle so Node compiles it in seconds, not tens of
 * seconds, at archive sizes (src/lib/build/split-string-literal.ts). The value is the same either
 * way. The build says whether it did: a build that cannot find the module in its known form (a
 * later Astro writes it otherwise) says so, and tests/build/incremental.test.ts fails on that.
 */
export function fastContentStore(): AstroIntegration {
  let split = 0;
  let seen = 0;
  const plugin: Plugin = {
    name: 'clippings:fast-content-store',
    transform: {
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(code, id) {
        if (id !== STORE_MODULE) return undefined;
        seen++;
        const rewritten = splitStoreLiteral(code);
        if (rewritten === undefined) return undefined;
        split++;
        return { code: rewritten, map: { mappings: '' } };
      },
    },
  };
  return {
    name: 'clippings:fast-content-store',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': ({ logger }) => {
        if (split > 0) logger.info(`content store module split into short strings (${split} of ${seen})`);
        else logger.warn(`the content store module was not found in its known form (${seen} seen): builds with new or changed stories compile it slowly. Check src/lib/build/split-string-literal.ts against this Astro version.`);
      },
    },
  };
}
