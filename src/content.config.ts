import { defineCollection } from 'astro:content';
import { storiesDir } from './lib/content-dir.ts';
import { storyLoader } from './lib/story-loader.ts';
import { storySchema } from './lib/schema.ts';

const stories = defineCollection({
  loader: storyLoader(storiesDir()),
  schema: storySchema,
});

export const collections = { stories };
