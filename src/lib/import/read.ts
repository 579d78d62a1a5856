import path from 'node:path';
import { readHtml } from './read-html.ts';
import { readJson, readJsonLines } from './read-json.ts';
import { readMarkdown } from './read-markdown.ts';
import { readText } from './read-text.ts';
import type { InputFormat, SourceRecord } from './record.ts';

export const FORMATS: Record<string, InputFormat> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
};

const READERS: Record<InputFormat, (text: string, file: string, now: Date) => SourceRecord[]> = {
  txt: readText, md: readMarkdown, html: readHtml, jsonl: readJsonLines, json: readJson,
};

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
  if (/^<(?:!doctype|html|head|body|article|div|p)\b/i.test(start)) return 'html';
  if (/^---\s*\n/.test(start)) return 'md';
  return 'txt';
}

/** `now`: the time of the import, which no date found in a page may be after. */
export function readRecords(text: string, file: string, format: InputFormat, now: Date): SourceRecord[] {
  return READERS[format](text, file, now);
}
