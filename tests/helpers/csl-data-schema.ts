// The CSL-JSON input schema (citation-style-language/schema, schemas/input/csl-data.json, v1.0),
// for the variables this archive writes, as a zod schema: no npm package ships the JSON schema.
// Like the official schema, an item takes no property it does not define, a name and a date
// take only their own fields.
import { z } from 'astro/zod';

// The item types the schema lists (CSL 1.0.2).
const TYPES = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter', 'classic', 'collection',
  'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event', 'figure', 'graphic', 'hearing', 'interview',
  'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet', 'paper-conference', 'patent',
  'performance', 'periodical', 'personal_communication', 'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book',
  'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage',
] as const;

const flag = z.union([z.string(), z.number(), z.boolean()]);

/** definitions/name-variable */
const name = z
  .object({
    family: z.string(),
    given: z.string(),
    'dropping-particle': z.string(),
    'non-dropping-particle': z.string(),
    suffix: z.string(),
    'comma-suffix': flag,
    'static-ordering': flag,
    literal: z.string(),
    'parse-names': flag,
  })
  .partial()
  .strict();

/** definitions/date-variable: 1–2 date-parts of 1–3 parts each. */
const date = z
  .object({
    'date-parts': z.array(z.array(z.union([z.string(), z.number()])).min(1).max(3)).min(1).max(2),
    season: z.union([z.string(), z.number()]),
    circa: flag,
    literal: z.string(),
    raw: z.string(),
  })
  .partial()
  .strict();

const item = z
  .object({
    type: z.enum(TYPES),
    id: z.union([z.string(), z.number()]),
    'citation-key': z.string().optional(),
    language: z.string().optional(),
    author: z.array(name).optional(),
    issued: date.optional(),
    accessed: date.optional(),
    title: z.string().optional(),
    'container-title': z.string().optional(),
    archive: z.string().optional(),
    archive_location: z.string().optional(),
    note: z.string().optional(),
    source: z.string().optional(),
    URL: z.string().optional(),
  })
  .strict();

/** The file: an array of items. */
export const cslData = z.array(item);
