// Each story as JSON beside its page: /2025/06/<slug>/index.json, the record every line of the
// bulk files holds (src/lib/data/story-record.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStories } from '../../../../lib/stories.ts';
import { recordKey, recordOf } from '../../../../lib/data/archive-data.ts';
import type { Story } from '../../../../lib/story.ts';

export const getStaticPaths = (async () =>
  Promise.all(
    (await getStories()).map(async (story) => ({
      params: { year: String(story.year), month: String(story.month).padStart(2, '0'), slug: story.slug },
      props: { story },
      cacheKey: await recordKey(story),
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = async ({ props, site }) =>
  new Response(`${JSON.stringify(await recordOf(props.story, site!), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
