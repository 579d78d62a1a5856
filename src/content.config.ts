import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { storiesDir } from './lib/content-dir.ts';
import { storySchema } from './lib/schema.ts';

const stories = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: pathToFileURL(`${storiesDir()}/`),
    // The id is the file's path, which is always unique; the URL is worked out from date and name.
    generateId: ({ entry }) => entry.replace(/\.md$/i, ''),
  }),
  schema: storySchema,
});

export const collections = { stories };
