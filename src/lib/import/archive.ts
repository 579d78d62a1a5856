import fs from 'node:fs';
import path from 'node:path';
import { calendarDay } from '../dates.ts';
import { storyDate } from '../schema.ts';
import { slugify } from '../slug.ts';
import { DuplicateIndex } from './duplicates.ts';
import { addressKey } from './place.ts';
import { readMarkdown } from './read-markdown.ts';

/** What the importer needs to know of the stories already in a content folder. */
export interface ArchiveIndex {
  duplicates: DuplicateIndex;
  /** Addresses taken, as addressKey() gives them: "2019/01/slug". */
  taken: Set<string>;
}

/** Reads every story file under <contentDir>/stories; `name` turns a path into how messages show it. */
export function loadArchive(contentDir: string, name: (file: string) => string = (file) => file): ArchiveIndex {
  const index: ArchiveIndex = { duplicates: new DuplicateIndex(name), taken: new Set() };
  const root = path.join(contentDir, 'stories');
  if (!fs.existsSync(root)) return index;
  for (const relative of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!relative.toLowerCase().endsWith('.md')) continue;
    const file = path.join(root, relative);
    if (!fs.statSync(file).isFile()) continue;
    const [record] = readMarkdown(fs.readFileSync(file, 'utf8'), file);
    const markdown = record.body?.format === 'markdown' ? record.body.text : '';
    const url = typeof record.fields.url === 'string' ? record.fields.url : undefined;
    index.duplicates.add(file, { url, markdown, versions: earlierBodies(record.fields.versions) });
    const date = storyDate.safeParse(record.fields.date);
    if (date.success) index.taken.add(addressKey(calendarDay(date.data), slugify(path.basename(file, path.extname(file)))));
  }
  return index;
}

/** The bodies of a story file's earlier versions, as far as its frontmatter gives them. */
function earlierBodies(versions: unknown): string[] {
  if (!Array.isArray(versions)) return [];
  return versions.flatMap((version) => (typeof version === 'object' && version !== null && typeof version.body === 'string' ? [version.body] : []));
}
