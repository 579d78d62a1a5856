import type { SourceRecord } from './record.ts';

/** A .txt file is one story with no metadata of its own: the options give headline and date. */
export function readText(text: string, file: string): SourceRecord[] {
  return [{ file, line: 1, fields: {}, body: { format: 'text', text }, raw: { body: text }, many: false, format: 'txt' }];
}
