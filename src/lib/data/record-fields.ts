// The fields of a story record, in the order records write them: the one list the datapackage's
// schema, the README and the tests read, so a field cannot be added to records alone.

/** A Frictionless Table Schema field type. */
export type FieldType = 'string' | 'date' | 'integer' | 'array' | 'object';

export interface RecordField {
  name: string;
  type: FieldType;
  /** Absent from the story: the record holds null. */
  nullable: boolean;
  description: string;
  format?: 'uri';
}

const field = (name: string, type: FieldType, description: string, extra: { nullable?: boolean; format?: 'uri' } = {}): RecordField => ({
  name,
  type,
  nullable: extra.nullable ?? false,
  description,
  ...(extra.format && { format: extra.format }),
});

export const RECORD_FIELDS: readonly RecordField[] = [
  field('path', 'string', "The story's address on the site, without the site's base path: /2025/06/<slug>/"),
  field('permanentUrl', 'string', "The story's permanent address: the site's address, base path and path", { format: 'uri' }),
  field('title', 'string', 'The headline'),
  field('dek', 'string', 'The standfirst under the headline', { nullable: true }),
  field('date', 'string', 'Publication date as the story gives it, ISO 8601: a day (2025-06-15) or a date-time with offset (2025-06-15T09:30:00-04:00)'),
  field('day', 'date', "The calendar day of publication in the story's own time zone: 2025-06-15"),
  field('updated', 'string', 'When the source last changed the story, ISO 8601 like date', { nullable: true }),
  field('archived', 'string', 'When this copy was taken into the archive, ISO 8601 like date', { nullable: true }),
  field('source', 'string', "The publication's name", { nullable: true }),
  field('url', 'string', 'Where the story was first published', { nullable: true, format: 'uri' }),
  field('byline', 'string', 'The byline as printed', { nullable: true }),
  field('authors', 'array', "The authors' names"),
  field('dateline', 'string', 'Where the story was filed from', { nullable: true }),
  field('language', 'string', "BCP 47 tag of the story's language"),
  field('tags', 'array', 'Topics'),
  field('people', 'array', 'People the story names: its frontmatter lists and those the build found in its text'),
  field('places', 'array', 'Places, the same way'),
  field('organisations', 'array', 'Organisations, the same way'),
  field('corrections', 'array', 'Corrections: objects with date (ISO 8601) and text'),
  field('license', 'string', "The story's license as it names it", { nullable: true }),
  field('imported', 'object', 'How this copy came into the archive: at (ISO 8601), format (warc, wacz, html, md, txt, jsonl, json, feed), file (the input file\'s name), record (a WARC-Record-ID or "line N")', { nullable: true }),
  field('versions', 'array', 'Earlier texts of the story, oldest first, when its original was changed after the archive took it: objects with archived (ISO 8601), title, body (markdown) and imported'),
  field('imageAlt', 'string', 'What the lead picture shows (the picture itself is not in the data)', { nullable: true }),
  field('imageCaption', 'string', "The lead picture's caption", { nullable: true }),
  field('imageCredit', 'string', "The lead picture's credit", { nullable: true }),
  field('words', 'integer', 'Number of words in the body'),
  field('text', 'string', 'The body as plain text, paragraphs joined by spaces'),
  field('html', 'string', 'The body as HTML, as the story page shows it (pictures keep their alt text, without an address)'),
];
