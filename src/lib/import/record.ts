import type { Root } from 'mdast';

/** A story's body as the input held it. */
export type SourceBody =
  | { format: 'text'; text: string }
  | { format: 'markdown'; text: string }
  | { format: 'html'; html: string; baseUrl?: string }
  | { format: 'tree'; tree: Root };

/** One story as read from an input file, before cleaning and checking. */
export interface SourceRecord {
  /** The input file as the user named it ("-" for standard input). */
  file: string;
  /** The line the record starts on, for messages. */
  line: number;
  /** Where in the input the record is when a line says too little ("record 7 (https://…)" in a web archive). */
  where?: string;
  /** Frontmatter fields found in the input, under the schema's names. */
  fields: Record<string, unknown>;
  body?: SourceBody;
  /** The record as a JSON object that imports the same way, for the rejects file. */
  raw: Record<string, unknown>;
  /** Set when the input could not even be read as a record (e.g. a line that is not JSON). */
  problem?: string;
  /** Whether this input holds many stories: options then fill gaps instead of overriding. */
  many: boolean;
  format: InputFormat;
  /** A web archive record's WARC-Record-ID, for the story's provenance. */
  recordId?: string;
}

export type InputFormat = 'txt' | 'md' | 'html' | 'jsonl' | 'json' | 'feed';
