import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { countMismatch, siteCounts } from '../lib/site-counts.ts';

/**
 * After the build, checks that no story was lost on the way to the site: story pages, search
 * documents and sitemap story URLs must all number the published stories. Listed after the
 * sitemap integration, so the sitemap is written when this runs.
 */
export function countCheck(): AstroIntegration {
  return {
    name: 'clippings:count-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const counts = siteCounts(fileURLToPath(dir));
        const problem = countMismatch(counts);
        if (problem) {
          throw new Error(
            `The built site does not account for every story (${problem}). Each published story must have one page, one search document and one sitemap entry; a page or integration that filters stories on its own is the usual cause.`,
          );
        }
        logger.info(`${counts.storyPages} stories, each with one page, one search document and one sitemap entry`);
      },
    },
  };
}
