import type { Root } from 'mdast';
import { keep, keepPictures, takeLead, type KeptPicture, type PictureLookup, type StoryPictures } from './page-pictures.ts';
import { calendarDay } from '../dates.ts';
import { formatFrontmatter } from '../frontmatter.ts';
import { describeSchemaIssues, storyDate, storySchema } from '../schema.ts';
import { cleanPlainText, normaliseLine } from './clean.ts';
import { cleanTree, isEmptyTree } from './clean-tree.ts';
import { plainTextTree } from './escape.ts';
import { articleTree, fragmentArticle, pageArticleTree, parseHtml } from './html-body.ts';

const WHOLE_PAGE = /^\s*(?:<!doctype html|<html[\s>])/i;
import { parseMarkdown, stringifyMarkdown } from './markdown.ts';
import { toStoryDate } from './parse-date.ts';
import type { SourceBody, SourceRecord } from './record.ts';

// One record → a story ready to write (frontmatter fields and markdown body), or every reason it
// cannot be imported. Pure: no file system, no clock.

/** Fields given on the command line: they override a single story's own, and fill gaps in a file of many. */
export type FieldOptions = Record<string, unknown>;

export interface PreparedStory {
  record: SourceRecord;
  /** Pictures to copy beside the story; its text names each by a stand-in until it is placed. */
  pictures: KeptPicture[];
  /** Pictures the source shows that were not kept, each with why. */
  pictureProblems: string[];
  frontmatter: Record<string, unknown>;
  markdown: string;
  /** The story file as it will be written: frontmatter, a blank line, the body. */
  text: string;
  title: string;
  /** Calendar day of publication: 2019-01-04. */
  day: string;
  url?: string;
}

export interface Rejection {
  record: SourceRecord;
  reasons: string[];
}

const DATE_FIELDS = ['date', 'updated', 'archived'];
const TEXT_LIST_FIELDS = ['tags', 'authors', 'people', 'places', 'organisations'];

/**
 * Where the pictures a record shows were saved (page-pictures.ts); by default none was, and each
 * leaves its caption as text.
 */
const NOTHING_SAVED = (): PictureLookup => ({ problem: 'was not saved with the story' });

/**
 * `imported`: how the story came in (schema `importedFrom`), kept unless the record says already
 * (a story file exported from another archive keeps its first provenance).
 */
export function prepareStory(
  record: SourceRecord,
  options: FieldOptions = {},
  lookup: (src: string) => PictureLookup = NOTHING_SAVED,
  imported?: Record<string, string>,
): { story: PreparedStory } | { rejection: Rejection } {
  if (record.problem) return { rejection: { record, reasons: [record.problem] } };
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const fields = tidyFields(record.many ? { ...given, ...record.fields } : { ...record.fields, ...given });
  if (imported && fields.imported === undefined) fields.imported = imported;
  if (given.date !== undefined) {
    // A date given on the command line also stands in for one the record garbles, and an update
    // or archive date that cannot be read then goes: the reader has said when the story is from.
    if (!storyDate.safeParse(fields.date).success) fields.date = toStoryDate(given.date);
    for (const key of ['updated', 'archived']) if (key in fields && !storyDate.safeParse(fields[key]).success) delete fields[key];
  }
  const reasons: string[] = [];
  const date = storyDate.safeParse(fields.date);
  const day = date.success ? calendarDay(date.data) : undefined;

  let tree: Root | undefined;
  let pictures: StoryPictures = { kept: [], problems: [] };
  if (!record.body) reasons.push('there is no story text: give the record a "body" (plain text), "markdown" or "html"');
  else {
    tree = bodyTree(record.body, day, (raw) => (pictures = keepPictures(raw, lookup)));
    // The source's own lead picture (a markdown story's frontmatter) wins over its first picture.
    if (typeof fields.image === 'string') keepOwnLead(fields, lookup, pictures);
    else {
      const lead = takeLead(tree);
      if (lead) {
        const { image, ...words } = lead;
        Object.assign(fields, { image }, Object.fromEntries(Object.entries(words).map(([key, value]) => [key, normaliseLine(value)])));
      }
    }
    if (isEmptyTree(tree)) reasons.push('the body is empty after cleaning: it held only a dateline, page furniture or blank lines');
  }
  // Checked once the pictures have their stand-in names: a lead picture's path is then the one written.
  const parsed = storySchema.safeParse(fields);
  if (!parsed.success) reasons.unshift(...describeSchemaIssues(parsed.error).map((issue) => withHint(issue, record)));
  if (!parsed.success || !tree || reasons.length > 0) return { rejection: { record, reasons } };

  const data = parsed.data as Record<string, unknown>;
  const frontmatter = Object.fromEntries(Object.keys(fields).map((key) => [key, key in data ? data[key] : fields[key]]));
  const markdown = stringifyMarkdown(tree);
  const text = `${formatFrontmatter(frontmatter)}\n${markdown}`;
  return {
    story: { record, pictures: pictures.kept, pictureProblems: pictures.problems, frontmatter, markdown, text, title: parsed.data.title, day: calendarDay(parsed.data.date), url: parsed.data.url },
  };
}

/** A lead picture the source names in its own fields: kept like the body's, or reported and left out. */
function keepOwnLead(fields: Record<string, unknown>, lookup: (src: string) => PictureLookup, pictures: StoryPictures): void {
  const src = fields.image as string;
  const found = lookup(src);
  if ('file' in found) {
    fields.image = `./${keep(pictures.kept, found)}`;
    return;
  }
  pictures.problems.push(`the lead picture ${src} ${found.problem}`);
  for (const key of ['image', 'imageAlt', 'imageCaption', 'imageCredit']) delete fields[key];
}

/** The story's body as a cleaned tree; `pictures` sees the tree before cleaning. */
function bodyTree(body: SourceBody, day: string | undefined, pictures: (tree: Root) => void): Root {
  const clean = (tree: Root) => {
    pictures(tree);
    return cleanTree(tree, day);
  };
  switch (body.format) {
    case 'text':
      return plainTextTree(cleanPlainText(body.text, day));
    case 'markdown':
      return clean(parseMarkdown(body.text));
    case 'html':
      // A whole saved page (a rejected capture, a scraper's full HTML) is read as a page is; a fragment as the story alone.
      return clean(WHOLE_PAGE.test(body.html) ? pageArticleTree(body.html, parseHtml(body.html), body.baseUrl) : articleTree(fragmentArticle(parseHtml(body.html)), body.baseUrl));
    case 'tree':
      return clean(body.tree);
  }
}

/** Text fields get the same character clean-up as the body; dates are read in their common forms. */
function tidyFields(fields: Record<string, unknown>): Record<string, unknown> {
  const tidy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (DATE_FIELDS.includes(key)) tidy[key] = toStoryDate(value);
    else if (TEXT_LIST_FIELDS.includes(key) && Array.isArray(value)) tidy[key] = value.map((item) => (typeof item === 'string' ? normaliseLine(item) : item));
    else if (typeof value === 'string' && key !== 'url') tidy[key] = normaliseLine(value);
    else tidy[key] = value;
  }
  return tidy;
}

function withHint(issue: string, record: SourceRecord): string {
  const field = issue.split(':')[0];
  if ((field === 'updated' || field === 'archived') && !/ is missing/.test(issue)) return `${issue}; correct it, or pass --date to import the story without it`;
  if (!/ is missing/.test(issue) || (field !== 'title' && field !== 'date')) return issue;
  if (field === 'title' && record.format === 'txt') return 'title: a .txt file has no headline: pass one with --title "…"';
  const where = record.format === 'md' ? 'the frontmatter' : record.format === 'html' ? 'the page' : 'the record';
  return `${issue}; add "${field}" to ${where}, or pass --${field}`;
}
