import path from 'node:path';
import { readHtml } from './read-html.ts';
import { readJson, readJsonLines } from './read-json.ts';
import { readMarkdown } from './read-markdown.ts';
import { readText } from './read-text.ts';
import { readFeed } from './read-feed.ts';
import type { InputFormat, SourceRecord } from './record.ts';

export const FORMATS: Record<string, InputFormat> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed', '.rdf': 'feed',
};

const READERS: Record<InputFormat, (text: string, file: string, now: Date) => SourceRecord[]> = {
  txt: readText, md: readMarkdown, html: readHtml, jsonl: readJsonLines, feed: readFeed,
  // A JSON Feed is a .json file too: its version names the format.
  json: (text, file) => (JSON_FEED.test(text.slice(0, 2000)) ? readFeed(text, file) : readJson(text, file)),
};
const JSON_FEED = /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//;

/** The format a file's name says, or null when it says none the importer reads. */
export function formatOfName(file: string): InputFormat | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
}

/** A guess for text with no name (standard input): JSON, a page, frontmatter, or plain text. */
export function sniffFormat(text: string): InputFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    try {
      JSON.parse(start.split('\n')[0]);
      return 'jsonl'; // the first line is a whole object
    } catch {
      return 'json';
    }
  }
  // An XML declaration (or a stylesheet instruction, or a comment) may open a page (XHTML) as well as a feed.
  const markup = start.replace(/^(?:<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*)+/i, '');
  if (/^<(?:!doctype|html|head|body|article|div|p)\b/i.test(markup)) return 'html';
  if (/^<(?:rss|feed|rdf:RDF)\b/i.test(markup)) return 'feed';
  if (/^---\s*\n/.test(start)) return 'md';
  return 'txt';
}

/** `now`: the time of the import, which no date found in a page may be after. */
export function readRecords(text: string, file: string, format: InputFormat, now: Date): SourceRecord[] {
  return READERS[format](text, file, now);
}
