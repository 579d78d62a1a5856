// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import { createHash } from 'node:crypto';
import { contentDir } from './src/lib/content-dir.ts';
import { storySanitizeSchema } from './src/lib/markdown/sanitize.ts';

// Each content folder gets its own content-layer cache, so building a test or benchmark archive
// does not throw away the cache of the real one.
const cacheKey = createHash('sha256').update(contentDir()).digest('hex').slice(0, 12);

export default defineConfig({
  // Set SITE_URL (or pass --site) to the address the archive is published at: canonical URLs,
  // feeds and the sitemap are built from it.
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  // Scripts ship as cacheable module files, never inlined into every page.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified({
      rehypePlugins: [[rehypeSanitize, storySanitizeSchema]],
    }),
  },
});
