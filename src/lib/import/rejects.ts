import path from 'node:path';
import { REJECTED_FIELD } from './read-json.ts';
import type { Rejection } from './prepare.ts';
import type { SourceRecord } from './record.ts';
import { writeNewFile } from './write.ts';

// Every record that could not be imported is kept, with where it came from and why, in a JSON Lines
// file beside the input: fix the records there and import that file again (the reasons are ignored).

/** "file:line: reason; reason" — how a rejection is reported. */
export function describeRejection({ record, reasons }: Rejection): string {
  return `${recordPlace(record)}: ${reasons.join('; ')}`;
}

/** Where a record is, for messages: "file:line", or "file, record 7 (https://…)" in a web archive. */
export function recordPlace(record: SourceRecord): string {
  return record.where ? `${record.file}, ${record.where}` : `${record.file}:${record.line}`;
}

export function rejectsText(rejections: Rejection[]): string {
  return rejections
    .map(({ record, reasons }) => JSON.stringify({ ...record.raw, [REJECTED_FIELD]: { file: record.file, line: record.line, reasons } }))
    .map((line) => `${line}\n`)
    .join('');
}

/** Candidate names beside the input: news.rejects.jsonl, news.rejects-2.jsonl, … */
export function* rejectsPaths(input: string, cwd: string): Generator<string> {
  const base = input === '-' ? path.join(cwd, 'stdin') : input.replace(/\.[^./\\]+$/, '');
  yield `${base}.rejects.jsonl`;
  for (let n = 2; ; n++) yield `${base}.rejects-${n}.jsonl`;
}

/** Why a folder cannot take the rejects file: it is read-only (a mounted share, a CI copy) or not ours to write. */
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Writes the rejects file under the first free name (an earlier one may hold fixes in progress):
 * beside the input, or, where that folder cannot be written, in the archive's own `rejects`
 * folder (`fallbackDir`), so a read-only input never fails an import.
 */
export function writeRejects(input: string, rejections: Rejection[], cwd = process.cwd(), fallbackDir?: string, write = writeNewFile): string {
  const text = rejectsText(rejections);
  const firstFree = (paths: Generator<string>) => {
    for (const file of paths) if (write(file, text)) return file;
    throw new Error('unreachable: rejects file names never run out');
  };
  try {
    return firstFree(rejectsPaths(input, cwd));
  } catch (error) {
    if (!fallbackDir || !UNWRITABLE.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    const name = input === '-' ? 'stdin' : path.basename(input);
    return firstFree(rejectsPaths(path.join(fallbackDir, name), cwd));
  }
}
