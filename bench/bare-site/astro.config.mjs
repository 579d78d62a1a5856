// The floor for the build benchmark: a bare Astro site with one page per story from the same
// content folder and nothing else — no lists, no archive, no search, no feeds.
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { cacheDirFor, contentDir } from '../../src/lib/content-dir.ts';

const root = path.resolve(import.meta.dirname, '../..');

export default defineConfig({
  // Its own cache, apart from the full site's cache for the same content folder.
  cacheDir: cacheDirFor(`${contentDir()}#bare`, root),
});
