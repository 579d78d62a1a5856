import { parse, YAMLParseError } from 'yaml';
import type { SourceRecord } from './record.ts';

// The closing fence starts a line: a "---" inside the frontmatter (an earlier version's body, indented) is not one.
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** A story file's frontmatter (YAML, without its fences; empty when there is none) and body. */
export function splitStoryFile(text: string): { yaml: string; body: string } {
  const match = FRONTMATTER.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : { yaml: '', body: text.replace(/^\uFEFF/, '') };
}

/** A .md file: YAML frontmatter (kept, checked later) and a markdown body. */
export function readMarkdown(text: string, file: string): SourceRecord[] {
  const { yaml, body } = splitStoryFile(text);
  const record: SourceRecord = { file, line: 1, fields: {}, body: { format: 'markdown', text: body }, raw: { markdown: body }, many: false, format: 'md' };
  if (!yaml) return [record];
  try {
    const data: unknown = parse(yaml) ?? {};
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
