import { z } from 'astro/zod';
import { dateProblem, dateToStoryDate, DATE_FORMAT_HELP } from './dates.ts';
import { canonicalLanguage } from './language.ts';

// The frontmatter of a story. The names of the first six fields are fixed: other tools write
// entries too. Everything after them is optional, so a story needs no more than a headline and a date.

/** A publication date: "YYYY-MM-DD" or an ISO 8601 date-time with offset, kept as written. */
export const storyDate = z
  .union([z.string(), z.date()], {
    error: (issue) => (issue.input === undefined ? `the date is missing: ${DATE_FORMAT_HELP}` : `expected a date: ${DATE_FORMAT_HELP}`),
  })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: `not a valid date: ${DATE_FORMAT_HELP}` });
        return z.NEVER;
      }
      return dateToStoryDate(value);
    }
    const text = value.trim();
    const problem = dateProblem(text);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return text;
  });

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is missing` : `expected ${what} as text`) })
    .trim()
    .min(1, { error: `${what} is empty: fill it in or remove the field` });

const textList = (what: string) => z.array(text(what), { error: `expected a list of ${what}s, e.g. [a, b]` }).default([]);

const webUrl = z
  .string({ error: 'expected a web address' })
  .trim()
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    error: 'expected a full web address starting with http:// or https://',
  });

const language = z
  .string({ error: 'expected a BCP 47 language tag such as en, fr or pt-BR' })
  .transform((value, ctx) => {
    const canonical = canonicalLanguage(value.trim());
    if (!canonical) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a BCP 47 language tag: use e.g. en, fr or pt-BR` });
      return z.NEVER;
    }
    return canonical;
  });

export const correction = z.object({
  date: storyDate,
  text: text('the correction'),
});

/**
 * How a story came into the archive (written by the importer): when, from what kind of input,
 * the input's file name, and the record in it (a WARC-Record-ID, or a line of a JSON Lines file).
 */
export const importedFrom = z.object({
  at: storyDate,
  format: text('the input format'),
  file: text('the input file').optional(),
  record: text('the record').optional(),
});

/**
 * An earlier text of the story, kept when an import found the original changed
 * (import/update-story.ts): when that copy was taken, its headline, and its body as markdown.
 */
export const storyVersion = z.object({
  archived: storyDate,
  title: text('the headline'),
  body: z.string({ error: 'expected the earlier text, as markdown' }).trim().min(1, { error: 'the earlier text is empty: give its words, or remove this version' }),
  imported: importedFrom.optional(),
});

/**
 * Where a lead image is: a path relative to the story file. The archive keeps its own copy of
 * every picture (pages allow images only from the site itself), so a web address is refused.
 */
export const imagePath = z
  .string({ error: 'expected the path of a picture beside the story, e.g. ./harbour.jpg' })
  .trim()
  .min(1, { error: 'the image path is empty: write the path of a picture beside the story, e.g. ./harbour.jpg, or remove the field' })
  .superRefine((value, ctx) => {
    if (/^(?:[a-z][a-z0-9+.-]*:\/\/|data:|\/\/)/i.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is a web address: download the picture, put it beside the story and write its path, e.g. ./${pictureName(value)}`,
      });
    } else if (value.startsWith('/')) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is an absolute path: write the picture's path relative to the story file, e.g. ./${pictureName(value)}` });
    }
  });

/** The file name at the end of a picture's address, for the path a message suggests. */
export function pictureName(address: string): string {
  return address.split(/[?#]/)[0].split('/').filter(Boolean).pop() || 'picture.jpg';
}

/** A schema for one picture path; Astro's content config passes its `image()` here. */
type PictureField = () => z.ZodType;

/**
 * The frontmatter schema. In a build, `picture` is Astro's `image()`, which makes the lead image
 * something pages can resize; elsewhere (tests, the importer) the path stays text.
 */
export function storySchemaWith(picture?: PictureField) {
  const fields = storyFields(picture ? imagePath.pipe(picture() as z.ZodType<unknown, string>) : imagePath).superRefine((story, ctx) => {
    const hasImage = story.imagePath !== undefined;
    // A draft's picture is not handed to image() (see below), so its path is checked here.
    if (story.draft && hasImage) {
      for (const issue of imagePath.safeParse(story.imagePath).error?.issues ?? []) ctx.addIssue({ code: 'custom', path: ['image'], message: issue.message });
    }
    if (hasImage && story.imageAlt === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['imageAlt'],
        message: 'the lead image has no alt text: add imageAlt, a sentence saying what the picture shows, for readers who cannot see it',
      });
    }
    for (const field of ['imageAlt', 'imageCaption', 'imageCredit'] as const) {
      if (!hasImage && story[field] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} is set but the story has no image: add image (the picture's path) or remove ${field}` });
      }
    }
  });
  // The path as written is kept beside the picture image() makes of it: pages find the file by it
  // without reading the picture's fields (see LeadImage in story.ts). A draft's picture is kept
  // only as its path: a picture handed to image() is copied into the site whether or not a page
  // shows it, and a draft must not be published in any form.
  return z.preprocess((raw) => {
    if (!isRecord(raw) || raw.image === undefined) return raw;
    const { image, ...rest } = raw;
    return raw.draft === true ? { ...rest, imagePath: image } : { ...raw, imagePath: image };
  }, fields);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const storyFields = <Picture extends z.ZodType>(picture: Picture) =>
  z.object({
  title: text('the headline'),
  date: storyDate,
  source: text('the source').optional(),
  url: webUrl.optional(),
  tags: textList('topic'),
  language: language.default('en'),

  /** Standfirst: the sentence under the headline. */
  dek: text('the dek').optional(),
  /** As printed: "By Jane Doe and John Roe". */
  byline: text('the byline').optional(),
  authors: textList('author'),
  /** When the story was last changed at its source; lists never sort by it. */
  updated: storyDate.optional(),
  /** When this copy was taken into the archive. */
  archived: storyDate.optional(),
  /** The place the story was filed from: "LOS ANGELES". */
  dateline: text('the dateline').optional(),
  /** Who, where and which bodies the story names; the build finds more in the text (names/find-names.ts). */
  people: textList('person'),
  places: textList('place'),
  organisations: textList('organisation'),
  corrections: z.array(correction, { error: 'expected a list of corrections, each with a date and text' }).default([]),
  /** How this copy came into the archive, when the importer made it. */
  imported: importedFrom.optional(),
  /** Earlier texts of the story, oldest first; the file's own body is the latest. */
  versions: z.array(storyVersion, { error: 'expected a list of earlier versions, each with archived, title and body' }).default([]),
  license: text('the license').optional(),
  /** A draft is kept in the archive's files but published nowhere. */
  draft: z.boolean({ error: 'expected true or false' }).default(false),

  /** The lead picture: a path relative to the story file, e.g. ./harbour.jpg. */
  image: picture.optional(),
  /** Set from `image` by the schema, never written: the lead picture's path as written. */
  imagePath: z.string().trim().optional(),
  /** What the lead picture shows, for readers who cannot see it; required with `image`. */
  imageAlt: text('the alt text').optional(),
  imageCaption: text('the caption').optional(),
  /** Who made the picture: "Photo: Jane Doe / Harbour Press". */
  imageCredit: text('the credit').optional(),
});

export const storySchema = storySchemaWith();

export type StoryFrontmatter = z.infer<typeof storySchema>;
/** What a story file may hold (the schema's preprocessing step hides it from z.input). */
export type StoryFrontmatterInput = z.input<ReturnType<typeof storyFields<typeof imagePath>>>;

/** "tags.2: expected topic as text" — one line per problem, each naming its field. */
export function describeSchemaIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}
