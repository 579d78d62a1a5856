// The citation files' static paths and responses: one definition for the three routes under
// src/pages/[year]/[month]/[slug]/, whose params are the story page's.
import { getStories } from '../stories.ts';
import { pageKey } from '../page-keys.ts';
import { SITE_NAME } from '../site.ts';
import type { Story } from '../story.ts';
import { absoluteUrl } from '../urls.ts';
import { CITATION_FILES, type CitationFile } from './formats.ts';
import { citedWork } from './work.ts';

/** The work as a story's page cites it, its archive address resolved against the site. */
export const storyWork = (story: Story, site: URL | string) => citedWork(story, absoluteUrl(story.path, site), SITE_NAME);

/**
 * One path per story. A file shows nothing but what the cited work holds, so that is its key
 * (with the site path standing for the address: the site itself is configuration, and a change
 * to it makes a cold build).
 */
export async function citationPaths() {
  return (await getStories()).map((story) => {
    const params = { year: String(story.year), month: String(story.month).padStart(2, '0'), slug: story.slug };
    return { params, props: { story }, cacheKey: pageKey(params, citedWork(story, story.path, SITE_NAME)) };
  });
}

export function citationResponse(file: CitationFile['file'], story: Story, site: URL): Response {
  const format = CITATION_FILES.find((candidate) => candidate.file === file)!;
  return new Response(format.body(storyWork(story, site)), { headers: { 'Content-Type': format.type } });
}
