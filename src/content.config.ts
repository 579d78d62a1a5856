import { defineCollection } from 'astro:content';
import { storiesDir } from './lib/content-dir.ts';
import { storyLoader } from './lib/story-loader.ts';
import { storySchemaWith } from './lib/schema.ts';

const stories = defineCollection({
  loader: storyLoader(storiesDir()),
  // Astro's image(): a lead image becomes a picture pages can resize (src/lib/schema.ts).
  schema: ({ image }) => storySchemaWith(image),
});

export const collections = { stories };
