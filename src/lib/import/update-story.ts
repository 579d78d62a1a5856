import { isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { splitStoryFile } from './read-markdown.ts';

// A story imported again with other words (its original was edited) becomes the story file's
// latest version; the words it had move, with their headline and the date they were taken, into
// its `versions`. The file keeps its name and address, and everything an editor added to it.

/** What the new text brings: its headline, body, and the dates the source and the import give it. */
export interface NewVersion {
  title: string;
  markdown: string;
  dek?: string;
  /** When the source says it last changed the story. */
  updated?: string;
  /** When this copy was taken. */
  archived: string;
  /** How it came in (schema `importedFrom`). */
  imported?: Record<string, string>;
}

const quoted = (value: string) => Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE });

/** The story file's text with `next` as its latest version and what it held before kept in `versions`. */
export function withNewVersion(fileText: string, next: NewVersion): string {
  const { yaml, body } = splitStoryFile(fileText);
  const doc = parseDocument(yaml);
  if (!isMap(doc.contents)) throw new Error('the story file has no frontmatter fields to add a version to');
  const text = (key: string) => {
    const value = doc.get(key);
    return value === undefined || value === null ? undefined : String(value);
  };
  // The earlier text was taken when the file says it was archived, or else when it was last
  // changed or published: the best date there is for it.
  const taken = text('archived') ?? text('updated') ?? text('date');
  const title = text('title');
  if (!taken || !title) throw new Error('the story file has no date or headline for its earlier version');
  const earlier = new YAMLMap();
  earlier.set('archived', quoted(taken));
  earlier.set('title', title);
  earlier.set('body', Object.assign(new Scalar(body.trim()), { type: Scalar.BLOCK_LITERAL }));
  // Each text keeps how it came in.
  const imported = doc.get('imported', true);
  if (imported) earlier.set('imported', imported);
  let versions = doc.get('versions', true);
  if (!isSeq(versions)) {
    versions = new YAMLSeq();
    doc.set('versions', versions);
  }
  (versions as YAMLSeq).add(earlier);

  doc.set('title', next.title);
  if (next.dek !== undefined) doc.set('dek', next.dek);
  if (next.updated !== undefined) doc.set('updated', quoted(next.updated));
  doc.set('archived', quoted(next.archived));
  if (next.imported) doc.set('imported', doc.createNode(next.imported));
  else doc.delete('imported');
  return `---\n${doc.toString({ lineWidth: 0 })}---\n\n${next.markdown}`;
}
