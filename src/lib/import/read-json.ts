import { canonicalLanguage } from '../language.ts';
import type { SourceBody, SourceRecord } from './record.ts';

// JSON Lines (one story per line) and JSON (one story, or an array of them). Field names follow
// the story schema; a few common other names are understood too (author, lang).

const COPIED_FIELDS = [
  'title', 'dek', 'date', 'updated', 'archived', 'source', 'url', 'byline', 'authors', 'dateline',
  'tags', 'people', 'places', 'organisations', 'language', 'license', 'corrections', 'draft',
];

/** The rejects file adds this field to each record; reading ignores it. */
export const REJECTED_FIELD = 'rejected';

export function readJsonLines(text: string, file: string): SourceRecord[] {
  const records: SourceRecord[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((lineText, index) => {
    if (lineText.trim() === '') return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch (error) {
      const problem = `not valid JSON (${(error as Error).message}): each line must be one JSON object`;
      records.push({ file, line, fields: {}, raw: { text: lineText }, problem, many: true, format: 'jsonl' });
      return;
    }
    records.push(recordFromValue(value, file, line, true));
  });
  return records;
}

export function readJson(text: string, file: string): SourceRecord[] {
  const source = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return [{ file, line: 1, fields: {}, raw: {}, problem: `not valid JSON: ${(error as Error).message}`, many: false, format: 'json' }];
  }
  if (!Array.isArray(value)) return [recordFromValue(value, file, 1, false)];
  const lines = arrayElementLines(source);
  return value.map((item, index) => recordFromValue(item, file, lines[index] ?? 1, true));
}

function recordFromValue(value: unknown, file: string, line: number, many: boolean): SourceRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { file, line, fields: {}, raw: { value }, problem: 'expected a JSON object with title, date and body', many, format: 'json' };
  }
  const object = value as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const name of COPIED_FIELDS) if (present(object[name])) fields[name] = object[name];
  if (!present(fields.language) && present(object.lang)) fields.language = object.lang;
  if (typeof fields.language === 'string') fields.language = languageTag(fields.language);
  if (!present(fields.authors) && present(object.author)) fields.authors = Array.isArray(object.author) ? object.author : [object.author];
  if (typeof fields.tags === 'string') fields.tags = splitList(fields.tags);
  const { [REJECTED_FIELD]: _, ...raw } = object;
  return { file, line, fields, body: bodyOf(object), raw, many, format: many ? 'jsonl' : 'json' };
}

function bodyOf(object: Record<string, unknown>): SourceBody | undefined {
  if (typeof object.markdown === 'string') return { format: 'markdown', text: object.markdown };
  if (typeof object.html === 'string') {
    return { format: 'html', html: object.html, baseUrl: typeof object.url === 'string' ? object.url : undefined };
  }
  if (typeof object.body === 'string') return { format: 'text', text: object.body };
  return undefined;
}

/** "en (with quoted passages)" → "en": a tag followed by a note about it. Anything else is left for the schema to judge. */
function languageTag(value: string): string {
  const [first, ...rest] = value.trim().split(/\s+/);
  return rest.length > 0 && rest[0].startsWith('(') && canonicalLanguage(first) ? first : value;
}

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

/** "a, b,c" → ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text.split(',').map((item) => item.trim()).filter(Boolean);
}

/** The line each top-level element of a JSON array starts on. */
function arrayElementLines(source: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\n') line++;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (depth === 1 && expectElement && char !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 1) expectElement = true;
  }
  return lines;
}
