import type { AstroIntegration, AstroPrerenderer } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Picture sizes the last build left in the output folder are not copied there again.
 *
 * With every size in its cache, Astro still copies each one from the cache into the output folder
 * on every build: thousands of files rewritten with the bytes already there. A size's file name
 * carries a hash of the picture (whose name carries the digest of its bytes, see
 * pictures-in-place.ts) and of how it is made, so a file of that name in a kept output folder
 * (kept-output.ts keeps only one that is exactly as the last successful build left it) of the
 * cached file's length is that size. Such sizes are taken off Astro's list between rendering the
 * pages and making the pictures, and their files' times renewed, as kept-output expects of a file
 * this build produced.
 *
 * The list is Astro's `globalThis.astroAsset.staticImages`, which it does not document; the hook is
 * the documented prerenderer's `collectStaticImages`, called at that moment. If the list changes
 * shape nothing is taken off and every size is copied as before; tests/build/incremental.test.ts
 * fails then, as it counts the sizes kept, and it compares the whole folder with a cold build's.
 */
export function keptPictureSizes(): AstroIntegration {
  let outDir = '';
  let cachedSizes = '';
  let kept = 0;
  return {
    name: 'clippings:kept-picture-sizes',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        // Where Astro's image service keeps the sizes it made (assets/ in the cache folder).
        cachedSizes = path.join(fileURLToPath(config.cacheDir), 'assets');
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => withCollect(astro, () => (kept = takeOffKeptSizes(outDir, cachedSizes))));
      },
      'astro:build:done': ({ logger }) => {
        if (kept > 0) logger.info(`${kept} picture sizes already in the output folder, not copied again`);
      },
    },
  };
}

/** Astro's prerenderer, which first runs `before` when asked for the pictures it collected. */
function withCollect(astro: AstroPrerenderer, before: () => void): AstroPrerenderer {
  return {
    name: astro.name,
    setup: astro.setup && (() => astro.setup!()),
    getStaticPaths: () => astro.getStaticPaths(),
    render: (request, options) => astro.render(request, options),
    collectStaticImages: async () => {
      before();
      return (await astro.collectStaticImages?.()) ?? new Map();
    },
    teardown: astro.teardown && (() => astro.teardown!()),
  };
}

type SizeList = Map<string, { transforms: Map<string, { finalPath: string }> }>;

/** Takes off Astro's list the sizes already in the output folder; returns how many. */
function takeOffKeptSizes(outDir: string, cachedSizes: string): number {
  const list = (globalThis as { astroAsset?: { staticImages?: unknown } }).astroAsset?.staticImages;
  if (!isSizeList(list)) return 0;
  const now = new Date();
  let taken = 0;
  for (const { transforms } of list.values()) {
    for (const [key, { finalPath }] of transforms) {
      const file = path.join(outDir, finalPath);
      const inOutput = fs.statSync(file, { throwIfNoEntry: false });
      const inCache = fs.statSync(path.join(cachedSizes, path.posix.basename(finalPath)), { throwIfNoEntry: false });
      if (!inOutput?.isFile() || !inCache?.isFile() || inOutput.size !== inCache.size) continue;
      fs.utimesSync(file, now, now);
      transforms.delete(key);
      taken++;
    }
  }
  return taken;
}

function isSizeList(list: unknown): list is SizeList {
  if (!(list instanceof Map)) return false;
  for (const entry of list.values()) {
    if (!(entry?.transforms instanceof Map)) return false;
    for (const size of entry.transforms.values()) if (typeof size?.finalPath !== 'string' || !size.finalPath.startsWith('/')) return false;
  }
  return true;
}
