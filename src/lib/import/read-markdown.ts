import { parse, YAMLParseError } from 'yaml';
import type { SourceRecord } from './record.ts';

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** A .md file: YAML frontmatter (kept, checked later) and a markdown body. */
export function readMarkdown(text: string, file: string): SourceRecord[] {
  const match = FRONTMATTER.exec(text);
  const body = match ? text.slice(match[0].length) : text.replace(/^\uFEFF/, '');
  const record: SourceRecord = { file, line: 1, fields: {}, body: { format: 'markdown', text: body }, raw: { markdown: body }, many: false, format: 'md' };
  if (!match) return [record];
  try {
    const data: unknown = parse(match[1]) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      return [{ ...record, problem: 'the frontmatter is not a set of fields (expected "title: …" lines)' }];
    }
    const fields = data as Record<string, unknown>;
    return [{ ...record, fields, raw: { ...fields, markdown: body } }];
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = 1 + (error.linePos?.[0].line ?? 0);
    return [{ ...record, line, problem: `the frontmatter is not valid YAML: ${error.message.split('\n')[0]}` }];
  }
}
