import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { clearPublishedList, readPublishedList } from '../lib/content/published-list.ts';
import { countMismatch, missingStoryPages, siteCounts } from '../lib/site-counts.ts';
import { dataFileProblems } from '../lib/data/data-check.ts';

/**
 * A build succeeds only when it wrote the whole site. Two guards:
 * - After the build, every story the content sync published must have its page, one search
 *   document and one sitemap entry (listed after the sitemap integration, so the sitemap is
 *   written when this runs), its JSON, and its line in the data files (src/lib/data/data-check.ts).
 * - If a build's process ends before that check with nothing left to do (a promise that
 *   nothing will settle: Node then exits quietly, with code 0), the exit code becomes 1 and the
 *   log says the site is incomplete. Correctness does not rest on every await in Astro and in
 *   this project being kept alive.
 */
export function countCheck(): AstroIntegration {
  let cacheDir: URL;
  let base = '/';
  let finished = false;
  const onExit = (code: number) => {
    if (finished || code !== 0) return;
    console.error('\nThe build stopped before it finished writing the site: the output is incomplete and must not be published.');
    process.exitCode = 1;
  };
  return {
    name: 'clippings:count-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Armed from the start, so a build that stalls in content sync is caught too.
        if (command === 'build') process.on('exit', onExit);
      },
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
        base = config.base;
        // The content sync writes a new list; an old one must not stand in for it.
        clearPublishedList(cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const published = readPublishedList(cacheDir);
        clearPublishedList(cacheDir);
        if (!published) throw new Error('The content sync left no list of the stories to publish, so the built site cannot be checked.');
        const mismatch = countMismatch(siteCounts(outDir), published.length);
        const missing = missingStoryPages(outDir, published);
        if (mismatch || missing.length > 0) {
          const pages = missing.length > 0 ? `; no page for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}` : '';
          const problem = `${mismatch ?? `${published.length} published stories`}${pages}`;
          throw new Error(
            `The built site does not account for every story (${problem}). Each published story must have one page, one search document and one sitemap entry; a page or integration that filters stories on its own is the usual cause.`,
          );
        }
        const dataProblems = dataFileProblems(outDir, base, published);
        if (dataProblems.length > 0) throw new Error(`The data files do not account for every story: ${dataProblems.join('; ')}.`);
        finished = true;
        process.off('exit', onExit);
        logger.info(`${published.length === 1 ? '1 story' : `${published.length} stories`}, each with one page, one search document and one sitemap entry`);
        logger.info(`data files: every story in its JSON, its year's file and the archive's, each file as datapackage.json describes it`);
      },
    },
  };
}
