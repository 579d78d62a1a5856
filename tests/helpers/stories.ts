// Stories for unit tests, made the way the site makes them: frontmatter through the schema,
// then into Story values, newest first.
import { storySchema, type StoryFrontmatterInput } from '../../src/lib/schema.ts';
import { publishedStories, type Story } from '../../src/lib/story.ts';

export type StorySpec = Partial<StoryFrontmatterInput> & { slug: string; date: string };

export function makeStories(specs: StorySpec[]): Story[] {
  return publishedStories(
    specs.map(({ slug, ...data }) => ({
      id: slug,
      filePath: `content/stories/${slug}.md`,
      rendered: { html: '<p>A few words of story text.</p>' },
      data: storySchema.parse({ title: `Story ${slug}`, ...data }),
    })),
  );
}
