import { pageMetadata } from './html-metadata.ts';
import { pageArticleTree, parseHtml } from './html-body.ts';
import { textOf } from './markdown.ts';
import type { SourceRecord } from './record.ts';
import type { Root as HastRoot } from 'hast';

/** A saved news page: its metadata becomes the frontmatter, its article the body. `now` bounds its dates. */
export function readHtml(html: string, file: string, now: Date): SourceRecord[] {
  return [pageRecord(html, file, now).record];
}

/** A page's record (`address`: where it was fetched from, for its links), with the parsed page for whoever must judge it further (is it a story at all?). */
export function pageRecord(html: string, file: string, now: Date, address?: string): { record: SourceRecord & { body: { format: 'tree' } }; page: HastRoot } {
  const page = parseHtml(html);
  const { byline, authors, ...metadata } = pageMetadata(page, now, address);
  const fields: Record<string, unknown> = { ...metadata, authors };
  // A byline element and the metadata often name the same people; the printed byline says more.
  if (byline) fields.byline = /^by\s/i.test(byline) ? byline : `By ${byline}`;
  for (const [name, value] of Object.entries(fields)) if (value === undefined) delete fields[name];
  const tree = pageArticleTree(html, page, metadata.url ?? address);
  // The headline, which the story's page shows from its frontmatter, is often the article's first heading too.
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const first = tree.children[0];
  if (first?.type === 'heading' && typeof fields.title === 'string' && fold(textOf(first)) === fold(fields.title)) tree.children.shift();
  // Pages often fill their description with the first sentences; that is not a dek.
  const start = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 60);
  if (typeof fields.dek === 'string' && start(textOf(tree)).startsWith(start(fields.dek).replace(/(?:…|\.\.\.)$/, ''))) delete fields.dek;
  return { record: { file, line: 1, fields, body: { format: 'tree', tree }, raw: { html }, many: false, format: 'html' }, page };
}
