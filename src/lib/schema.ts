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

export const storySchema = z.object({
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
  people: textList('person'),
  places: textList('place'),
  corrections: z.array(correction, { error: 'expected a list of corrections, each with a date and text' }).default([]),
  license: text('the license').optional(),
  /** A draft is kept in the archive's files but published nowhere. */
  draft: z.boolean({ error: 'expected true or false' }).default(false),
});

export type StoryFrontmatter = z.infer<typeof storySchema>;
export type StoryFrontmatterInput = z.input<typeof storySchema>;

/** "tags.2: expected topic as text" — one line per problem, each naming its field. */
export function describeSchemaIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}
