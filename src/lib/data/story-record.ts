import type { Story } from '../story.ts';
import { htmlToText } from '../html-text.ts';
import { withoutPictureMarks } from './record-html.ts';

// One story as data: what its frontmatter says (as the schema gives it), where it lives, and its
// body as text and as HTML. The per-story JSON and each line of the bulk files are this record.

export interface StoryRecord {
  path: string;
  permanentUrl: string;
  title: string;
  dek: string | null;
  date: string;
  day: string;
  updated: string | null;
  archived: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  authors: string[];
  dateline: string | null;
  language: string;
  tags: string[];
  people: string[];
  places: string[];
  organisations: string[];
  corrections: { date: string; text: string }[];
  license: string | null;
  imported: { at: string; format: string; file?: string; record?: string } | null;
  versions: { archived: string; title: string; body: string; imported?: { at: string; format: string; file?: string; record?: string } }[];
  imageAlt: string | null;
  imageCaption: string | null;
  imageCredit: string | null;
  words: number;
  text: string;
  html: string;
}

/**
 * The record of `story`, whose rendered body is `renderedHtml` and whose permanent address is
 * `permanentUrl`. Absent fields are null, so every record has the same keys in the same order.
 */
export function storyRecord(story: Story, renderedHtml: string, permanentUrl: string): StoryRecord {
  const html = withoutPictureMarks(renderedHtml);
  return {
    path: story.path,
    permanentUrl,
    title: story.title,
    dek: story.dek ?? null,
    date: story.date,
    day: story.day,
    updated: story.updated ?? null,
    archived: story.archived ?? null,
    source: story.source ?? null,
    url: story.url ?? null,
    byline: story.byline ?? null,
    authors: story.authors,
    dateline: story.dateline ?? null,
    language: story.language,
    tags: story.tags,
    people: story.people,
    places: story.places,
    organisations: story.organisations,
    corrections: story.corrections.map(({ date, text }) => ({ date, text })),
    license: story.license ?? null,
    imported: story.imported ?? null,
    versions: story.versions,
    imageAlt: story.leadImage?.alt ?? null,
    imageCaption: story.leadImage?.caption ?? null,
    imageCredit: story.leadImage?.credit ?? null,
    words: story.words,
    text: htmlToText(html),
    html,
  };
}

/**
 * Oldest first, ties by path: the bulk files' order, so a new story (usually the newest) adds a
 * line at the end and leaves the lines before it where they were.
 */
export function oldestFirst(a: Pick<Story, 'published' | 'path'>, b: Pick<Story, 'published' | 'path'>): number {
  return a.published - b.published || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
