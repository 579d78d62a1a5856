import fs from 'node:fs';
import path from 'node:path';
import { loadArchive } from './archive.ts';
import { prepareStory, type FieldOptions, type PreparedStory, type Rejection } from './prepare.ts';
import { candidateSlugs, addressKey, storyFilePath } from './place.ts';
import { formatOfName, readRecords, sniffFormat } from './read.ts';
import type { InputFormat, SourceRecord } from './record.ts';
import { writeRejects } from './rejects.ts';
import { writeNewFile } from './write.ts';
import { expandInputs } from './inputs.ts';

// An import run: read every input, prepare each story, skip what the archive already has, place
// and write the rest, and keep every rejected record in a rejects file beside its input.

export interface ImportSettings {
  contentDir: string;
  /** Fields from the command line (see prepareStory). */
  fields?: FieldOptions;
  /** Read every input as this format, whatever its name. */
  format?: InputFormat;
  dryRun?: boolean;
  /** Reads an input ("-" is standard input). */
  readInput?: (file: string) => string;
  cwd?: string;
  /** The time of the import: no date a page gives may be later. The clock's when absent. */
  now?: Date;
}

export interface ImportEvents {
  start?(total: number): void;
  progress?(done: number, total: number): void;
  imported?(story: PreparedStory, file: string): void;
  wouldWrite?(story: PreparedStory, file: string): void;
  duplicate?(story: PreparedStory, reason: string): void;
  rejected?(rejection: Rejection): void;
  rejectsWritten?(input: string, file: string, count: number): void;
  /** Asked between records: true stops the run (after Ctrl-C), with everything so far kept. */
  stop?(): boolean;
}

export interface ImportSummary {
  imported: number;
  duplicates: number;
  rejected: number;
  /** The files written (or, in a dry run, that would be), as absolute paths. */
  files: string[];
  interrupted: boolean;
}

/** "imported N, duplicates M, rejected K": the last line an import prints; other tools read it. */
export function summaryLine(summary: ImportSummary): string {
  return `imported ${summary.imported}, duplicates ${summary.duplicates}, rejected ${summary.rejected}`;
}

export async function importFiles(inputs: string[], settings: ImportSettings, events: ImportEvents = {}): Promise<ImportSummary> {
  const cwd = settings.cwd ?? process.cwd();
  const shown = (file: string) => {
    const relative = path.relative(cwd, file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  };
  const now = settings.now ?? new Date();
  const readInput = settings.readInput ?? ((file: string) => fs.readFileSync(file === '-' ? 0 : path.resolve(cwd, file), 'utf8'));
  const archive = loadArchive(path.resolve(cwd, settings.contentDir), shown);
  const batches = expandInputs(inputs, cwd).map((input) => ({ input, records: readInput_(input) }));
  const total = batches.reduce((sum, batch) => sum + batch.records.length, 0);
  const summary: ImportSummary = { imported: 0, duplicates: 0, rejected: 0, files: [], interrupted: false };
  events.start?.(total);

  let done = 0;
  for (const { input, records } of batches) {
    const rejections: Rejection[] = [];
    for (const record of records) {
      await new Promise((resolve) => setImmediate(resolve)); // lets Ctrl-C be heard between records
      if (events.stop?.()) {
        summary.interrupted = true;
        break;
      }
      const result = prepareStory(record, settings.fields);
      if ('rejection' in result) {
        rejections.push(result.rejection);
        summary.rejected++;
        events.rejected?.(result.rejection);
      } else {
        const duplicate = archive.duplicates.find(result.story);
        if (duplicate) {
          summary.duplicates++;
          events.duplicate?.(result.story, duplicate);
        } else {
          const file = place(result.story);
          summary.imported++;
          summary.files.push(file);
          if (settings.dryRun) events.wouldWrite?.(result.story, shown(file));
          else events.imported?.(result.story, shown(file));
        }
      }
      events.progress?.(++done, total);
    }
    // An input that could not be read has nothing to keep: its message says what to do.
    const kept = rejections.filter((rejection) => Object.keys(rejection.record.raw).length > 0);
    if (kept.length > 0 && !settings.dryRun) {
      const file = writeRejects(input === '-' ? '-' : path.resolve(cwd, input), kept, cwd, path.resolve(cwd, settings.contentDir, 'rejects'));
      events.rejectsWritten?.(input, shown(file), kept.length);
    }
    if (summary.interrupted) break;
  }
  return summary;

  function readInput_(input: string): SourceRecord[] {
    let text: string;
    try {
      text = readInput(input);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file: check the path' : `cannot read it: ${(error as Error).message}`;
      return [{ file: input, line: 0, fields: {}, raw: {}, problem: reason, many: false, format: 'txt' }];
    }
    const format = settings.format ?? (input === '-' ? sniffFormat(text) : formatOfName(input));
    if (!format) {
      const problem = `cannot tell the format from the name: use .txt, .md, .html, .jsonl, .json or a feed (.rss, .atom, .rdf, .xml), or pass --format`;
      return [{ file: input, line: 0, fields: {}, raw: {}, problem, many: false, format: 'txt' }];
    }
    return readRecords(text, input === '-' ? '(stdin)' : input, format, now);
  }

  /** Places a story under a free name and writes it (unless dry-running); returns its path. */
  function place(story: PreparedStory): string {
    for (const slug of candidateSlugs(story.title)) {
      const key = addressKey(story.day, slug);
      if (archive.taken.has(key)) continue;
      const file = path.resolve(cwd, settings.contentDir, storyFilePath(story.day, slug));
      archive.taken.add(key);
      if (!settings.dryRun && !writeNewFile(file, story.text)) continue; // taken on disk since the archive was read
      archive.duplicates.add(shown(file), story);
      return file;
    }
    throw new Error('unreachable: candidate slugs never run out');
  }
}
