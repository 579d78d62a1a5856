import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const stories = path.resolve(process.env.CONTENT_DIR || 'content', 'stories');

export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '**/*.md', base: pathToFileURL(`${stories}/`) }),
    schema: z.object({ title: z.string(), date: z.string() }).passthrough(),
  }),
};
