// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { cacheDirFor, contentDir } from './src/lib/content-dir.ts';
import { countCheck } from './src/integrations/count-check.ts';
import { fastContentStore } from './src/integrations/fast-content-store.ts';
import { picturesInPlace } from './src/integrations/pictures-in-place.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import { keptPictureSizes } from './src/integrations/kept-picture-sizes.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';
import { stagingLock } from './src/integrations/staging-lock.ts';
import { siteAddress, siteGivenIn } from './src/lib/site-url.ts';
import { storyMarkdownProcessor } from './src/lib/markdown/pipeline.ts';
import { COLUMN_WIDTHS } from './src/lib/pictures/sizes.ts';

// The shell's last command: Astro writes environment variables into modules that name them, and
// `_` is named in nearly all code, so pages' incremental-build hashes would change with how the
// build was started (npm run build, npx astro build, node …) and every page would render again.
delete process.env._;

const root = fileURLToPath(new URL('.', import.meta.url));
// CONTENT_DIR is resolved once, against the project root, so a build started from another folder
// (as tests and benchmarks do, to keep parallel builds apart) reads the same archive.
process.env.CONTENT_DIR = contentDir(process.env, root);

// The address the archive is published at: SITE_URL, --site, or the static host's own variable
// (src/lib/site-url.ts). A build with none of them is warned.
const site = siteAddress(process.env);
const output = keptOutput();

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Render a few pages at once, so one page's file writes overlap the next page's rendering.
  build: { concurrency: 4 },
  cacheDir: cacheDirFor(process.env.CONTENT_DIR, root),
  // The count check reads what the sitemap integration wrote, once what an earlier build left in a
  // kept output folder is gone; the output folder is recorded as kept only after the check passed.
  integrations: [
    stagingLock(),
    fastContentStore(),
    picturesInPlace(),
    keptPictureSizes(),
    siteUrlWarning(Boolean(site.from) || siteGivenIn(process.argv)),
    sitemap(),
    output.prune,
    countCheck(),
    output.record,
  ],
  // A rebuild renders again only the pages whose data (their cacheKey, made by src/lib/page-keys.ts
  // from what each page shows) or code changed. The rest stay in the output folder when it is as
  // the last build left it (src/integrations/kept-output.ts), or are copied back from the cache.
  experimental: { incrementalBuild: true },
  // Pictures in story text get a srcset up to their own width (src/lib/markdown/rehype-figures.ts
  // says how wide the column is), in the widths the column needs; Astro's layout styles stay off,
  // global.css sizes pictures.
  image: { layout: 'constrained', responsiveStyles: false, breakpoints: COLUMN_WIDTHS },
  // Scripts ship as cacheable module files, never inlined into every page.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // No syntax highlighter: its inline styles would break the CSP, and stories are not code.
    syntaxHighlight: false,
    processor: storyMarkdownProcessor(),
  },
});
