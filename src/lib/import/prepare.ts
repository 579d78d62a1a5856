import type { Root } from 'mdast';
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
const TEXT_LIST_FIELDS = ['tags', 'authors', 'people', 'places'];

export function prepareStory(record: SourceRecord, options: FieldOptions = {}): { story: PreparedStory } | { rejection: Rejection } {
  if (record.problem) return { rejection: { record, reasons: [record.problem] } };
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const fields = tidyFields(record.many ? { ...given, ...record.fields } : { ...record.fields, ...given });
  if (given.date !== undefined) {
    // A date given on the command line also stands in for one the record garbles, and an update
    // or archive date that cannot be read then goes: the reader has said when the story is from.
    if (!storyDate.safeParse(fields.date).success) fields.date = toStoryDate(given.date);
    for (const key of ['updated', 'archived']) if (key in fields && !storyDate.safeParse(fields[key]).success) delete fields[key];
  }
  const reasons: string[] = [];

  const parsed = storySchema.safeParse(fields);
  if (!parsed.success) reasons.push(...describeSchemaIssues(parsed.error).map((issue) => withHint(issue, record)));
  const date = storyDate.safeParse(fields.date);
  const day = date.success ? calendarDay(date.data) : undefined;

  let tree: Root | undefined;
  if (!record.body) reasons.push('there is no story text: give the record a "body" (plain text), "markdown" or "html"');
  else {
    tree = bodyTree(record.body, day);
    if (isEmptyTree(tree)) reasons.push('the body is empty after cleaning: it held only a dateline, page furniture or blank lines');
  }
  if (!parsed.success || !tree || reasons.length > 0) return { rejection: { record, reasons } };

  const data = parsed.data as Record<string, unknown>;
  const frontmatter = Object.fromEntries(Object.keys(fields).map((key) => [key, key in data ? data[key] : fields[key]]));
  const markdown = stringifyMarkdown(tree);
  const text = `${formatFrontmatter(frontmatter)}\n${markdown}`;
  return { story: { record, frontmatter, markdown, text, title: parsed.data.title, day: calendarDay(parsed.data.date), url: parsed.data.url } };
}

function bodyTree(body: SourceBody, day: string | undefined): Root {
  switch (body.format) {
    case 'text':
      return plainTextTree(cleanPlainText(body.text, day));
    case 'markdown':
      return cleanTree(parseMarkdown(body.text), day);
    case 'html':
      // A whole saved page (a rejected capture, a scraper's full HTML) is read as a page is; a fragment as the story alone.
      return cleanTree(WHOLE_PAGE.test(body.html) ? pageArticleTree(body.html, parseHtml(body.html), body.baseUrl) : articleTree(fragmentArticle(parseHtml(body.html)), body.baseUrl), day);
    case 'tree':
      return cleanTree(body.tree, day);
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
