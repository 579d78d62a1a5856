// The floor for the build benchmark: a bare Astro site with one page per story from the same
// content folder and nothing else — no lists, no archive, no search, no feeds.
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import path from 'node:path';

const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
const cacheKey = createHash('sha256').update(`bare:${contentDir}`).digest('hex').slice(0, 12);

export default defineConfig({
  cacheDir: `../../node_modules/.astro/${cacheKey}`,
});
