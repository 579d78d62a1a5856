import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { pathToFileURL } from 'node:url';
import { storiesDir } from '../../../src/lib/content-dir.ts';

const stories = storiesDir();

export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '**/*.md', base: pathToFileURL(`${stories}/`) }),
    schema: z.object({ title: z.string(), date: z.string() }).passthrough(),
  }),
};
