import path from 'node:path';
import { REJECTED_FIELD } from './read-json.ts';
import type { Rejection } from './prepare.ts';
import { writeNewFile } from './write.ts';

// Every record that could not be imported is kept, with where it came from and why, in a JSON Lines
// file beside the input: fix the records there and import that file again (the reasons are ignored).

/** "file:line: reason; reason" — how a rejection is reported. */
export function describeRejection({ record, reasons }: Rejection): string {
  return `${record.file}:${record.line}: ${reasons.join('; ')}`;
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

/** Writes the rejects file under the first free name (an earlier one may hold fixes in progress). */
export function writeRejects(input: string, rejections: Rejection[], cwd = process.cwd()): string {
  const text = rejectsText(rejections);
  for (const file of rejectsPaths(input, cwd)) if (writeNewFile(file, text)) return file;
  throw new Error('unreachable: rejects file names never run out');
}
