import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadArchive } from './archive.ts';
import { prepareStory, type FieldOptions, type PreparedStory, type Rejection } from './prepare.ts';
import { pictureExtension, type KeptPicture, type PictureLookup } from './page-pictures.ts';
import { candidateSlugs, addressKey, storyFilePath } from './place.ts';
import { formatOfName, readRecords, sniffFormat } from './read.ts';
import type { InputFormat, SourceRecord } from './record.ts';
import { rejectsText, writeRejects } from './rejects.ts';
import { replaceFile, writeNewFile } from './write.ts';
import { withNewVersion } from './update-story.ts';
import { expandInputs } from './inputs.ts';
import { PASSED, PictureCopyError, type CapturedPicture, pictureAddress, webArchiveKind, webArchivePictures, webArchiveRecords, type SkippedPage } from './read-web-archive.ts';

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
  /** `totalBytes`: the size of every input together (undefined when one is standard input). */
  start?(totalBytes: number | undefined): void;
  /** After each record: how many bytes of the inputs are read, and how many records are done. */
  progress?(readBytes: number, totalBytes: number | undefined, records: number): void;
  imported?(story: PreparedStory, file: string): void;
  wouldWrite?(story: PreparedStory, file: string): void;
  duplicate?(story: PreparedStory, reason: string): void;
  /** The story was in the archive with other words: `file` now keeps both versions (or, in a dry run, would). */
  updated?(story: PreparedStory, file: string): void;
  rejected?(rejection: Rejection): void;
  /** A picture the story's source shows that was not kept (`file`: the new story). */
  pictureProblem?(story: PreparedStory, file: string, problem: string): void;
  /** A captured page in a web archive that is not a story (a redirect, an error, an index page). */
  skipped?(page: SkippedPage): void;
  rejectsWritten?(input: string, file: string, count: number): void;
  /** Asked between records: true stops the run (after Ctrl-C), with everything so far kept. */
  stop?(): boolean;
}

export interface ImportSummary {
  imported: number;
  /** Stories already here whose original changed: each got a new version. */
  updated: number;
  duplicates: number;
  rejected: number;
  /** Pages in web archives that are not stories; not counted among the records. */
  skipped: number;
  /** The files written (or, in a dry run, that would be), as absolute paths. */
  files: string[];
  interrupted: boolean;
}

/** "imported N, updated U, duplicates M, rejected K": the last line an import prints; other tools read it. */
export function summaryLine(summary: ImportSummary): string {
  return `imported ${summary.imported}, updated ${summary.updated}, duplicates ${summary.duplicates}, rejected ${summary.rejected}`;
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
  // Inputs are read one at a time, and web archives record by record: memory holds one file, not all.
  const files = expandInputs(inputs, cwd);
  const sizes = files.map((input) => (input === '-' ? undefined : sizeOf(path.resolve(cwd, input))));
  const totalBytes = sizes.includes(undefined) ? undefined : sizes.reduce((sum: number, size) => sum + (size ?? 0), 0);
  const summary: ImportSummary = { imported: 0, updated: 0, duplicates: 0, rejected: 0, skipped: 0, files: [], interrupted: false };
  events.start?.(totalBytes);

  let done = 0;
  let readBefore = 0;
  for (const [index, input] of files.entries()) {
    // Rejects go to their file as they come, so a long run holds none of them and loses none on Ctrl-C.
    let rejectsFile: string | undefined;
    let kept = 0;
    let readHere = 0;
    // A web archive's pictures are read first, into a folder that lives as long as its import:
    // the first half of its progress, its pages the second.
    const archived = input !== '-' && webArchiveKind(input) !== null;
    const half = (bytes: number) => (archived ? bytes / 2 : bytes);
    const captured = archived
      ? await capturedPictures(path.resolve(cwd, input), {
          read: (bytes) => events.progress?.(readBefore + half(bytes), totalBytes, done),
          stop: () => Boolean(events.stop?.()),
        })
      : undefined;
    if (captured?.stopped) {
      captured.remove();
      summary.interrupted = true;
      break;
    }
    try {
      for await (const item of recordsOf(input, (bytes) => (readHere = archived ? half((sizes[index] ?? 0) + bytes) : bytes))) {
        await new Promise((resolve) => setImmediate(resolve)); // lets Ctrl-C be heard between records
        if (events.stop?.()) {
          summary.interrupted = true;
          break;
        }
        if (item === PASSED) {
          events.progress?.(readBefore + readHere, totalBytes, done);
          continue;
        }
        if (!('fields' in item)) {
          summary.skipped++;
          events.skipped?.(item);
          events.progress?.(readBefore + readHere, totalBytes, done);
          continue;
        }
        const result = prepareStory(item, settings.fields, pictureLookup(item, cwd, captured), provenance(item, input));
        if ('rejection' in result) {
          summary.rejected++;
          events.rejected?.(result.rejection);
          // An input that could not be read has nothing to keep: its message says what to do.
          if (Object.keys(item.raw).length > 0 && !settings.dryRun) {
            if (rejectsFile) fs.appendFileSync(rejectsFile, rejectsText([result.rejection]));
            else rejectsFile = writeRejects(input === '-' ? '-' : path.resolve(cwd, input), [result.rejection], cwd, path.resolve(cwd, settings.contentDir, 'rejects'));
            kept++;
          }
        } else {
          const match = archive.duplicates.match(result.story);
          if (match.kind === 'duplicate') {
            summary.duplicates++;
            events.duplicate?.(result.story, match.reason);
          } else if (match.kind === 'changed') {
            addVersion(match.file, result.story);
            summary.updated++;
            summary.files.push(match.file);
            events.updated?.(result.story, shown(match.file));
            for (const problem of result.story.pictureProblems) events.pictureProblem?.(result.story, shown(match.file), problem);
          } else {
            const file = place(result.story);
            summary.imported++;
            summary.files.push(file);
            if (settings.dryRun) events.wouldWrite?.(result.story, shown(file));
            else events.imported?.(result.story, shown(file));
            for (const problem of result.story.pictureProblems) events.pictureProblem?.(result.story, shown(file), problem);
          }
        }
        events.progress?.(readBefore + readHere, totalBytes, ++done);
      }
    } finally {
      captured?.remove();
    }
    readBefore += sizes[index] ?? 0;
    if (rejectsFile) events.rejectsWritten?.(input, shown(rejectsFile), kept);
    if (summary.interrupted) break;
  }
  return summary;

  /** An input's records; `read` hears how many of its bytes are read so far. */
  async function* recordsOf(input: string, read: (bytes: number) => void): AsyncGenerator<SourceRecord | SkippedPage | typeof PASSED> {
    // A web archive is read as one whatever --format says: the formats it names are text formats.
    if (input !== '-' && webArchiveKind(input)) {
      try {
        yield* webArchiveRecords(path.resolve(cwd, input), input, now, read);
      } catch (error) {
        yield unreadable(input, error);
      }
      return;
    }
    let text: string;
    try {
      text = readInput(input);
    } catch (error) {
      yield unreadable(input, error);
      return;
    }
    const format = settings.format ?? (input === '-' ? sniffFormat(text) : formatOfName(input));
    if (!format) {
      const problem = `cannot tell the format from the name: use .txt, .md, .html, .jsonl, .json, a feed (.rss, .atom, .rdf, .xml) or a web archive (.warc, .warc.gz, .wacz), or pass --format`;
      yield { file: input, line: 0, fields: {}, raw: {}, problem, many: false, format: 'txt' };
      return;
    }
    let records: SourceRecord[];
    try {
      records = readRecords(text, input === '-' ? '(stdin)' : input, format, now);
    } catch (error) {
      yield unreadable(input, error); // a page that breaks a parser is reported, and the run goes on
      return;
    }
    const size = Buffer.byteLength(text);
    for (const [index, record] of records.entries()) {
      read(Math.round((size * (index + 1)) / records.length));
      yield record;
    }
  }
  /** How a record came in: now, from what kind of input, which file (its name only: no local path is published), which record. */
  function provenance(item: SourceRecord, input: string): Record<string, string> {
    const record = item.recordId ?? (item.format === 'jsonl' ? `line ${item.line}` : undefined);
    return {
      at: now.toISOString().replace(/\.\d+Z$/, 'Z'),
      format: (input !== '-' && webArchiveKind(input)) || item.format,
      ...(input !== '-' && { file: path.basename(input) }),
      ...(record && { record }),
    };
  }
  /** Places a story under a free name and writes it with its pictures (unless dry-running); returns its path. */
  function place(story: PreparedStory): string {
    for (const slug of candidateSlugs(story.title)) {
      const key = addressKey(story.day, slug);
      if (archive.taken.has(key)) continue;
      const file = path.resolve(cwd, settings.contentDir, storyFilePath(story.day, slug));
      archive.taken.add(key);
      const pictures = pictureNames(story.pictures, path.dirname(file), slug);
      const text = pictures.reduce((text, { token, name }) => text.replaceAll(`./${token}`, `./${name}`), story.text);
      if (!settings.dryRun) {
        // Pictures first: a story file is never there without the pictures it shows.
        const copied = pictures.map(({ from, name }) => copyNewFile(from, path.join(path.dirname(file), name)));
        if (!writeNewFile(file, text)) {
          // Taken on disk since the archive was read: its pictures go with the name.
          for (const copy of copied) fs.rmSync(copy, { force: true });
          continue;
        }
      }
      archive.duplicates.add(file, story);
      return file;
    }
    throw new Error('unreachable: candidate slugs never run out');
  }
  /**
   * Makes the story's new text the latest version of the file that has it, its pictures copied
   * beside it under names of their own (unless dry-running).
   */
  function addVersion(file: string, story: PreparedStory): void {
    const slug = path.basename(file, path.extname(file));
    const pictures = pictureNames(story.pictures, path.dirname(file), slug);
    const markdown = pictures.reduce((text, { token, name }) => text.replaceAll(`./${token}`, `./${name}`), story.markdown);
    const given = story.frontmatter;
    const next = {
      title: story.title,
      markdown,
      dek: typeof given.dek === 'string' ? given.dek : undefined,
      updated: typeof given.updated === 'string' ? given.updated : undefined,
      archived: typeof given.archived === 'string' ? given.archived : now.toISOString().replace(/\.\d+Z$/, 'Z'),
      imported: given.imported as Record<string, string> | undefined,
    };
    if (!settings.dryRun) {
      const text = withNewVersion(fs.readFileSync(file, 'utf8'), next);
      // Pictures first: the new text is never there without the pictures it shows.
      for (const { from, name } of pictures) copyNewFile(from, path.join(path.dirname(file), name));
      replaceFile(file, text);
    }
    archive.duplicates.add(file, story);
  }
}

/**
 * The pictures a web archive captured, in a temporary folder (removed by `remove`, or when the
 * process exits, however it ends). An archive that cannot be read gives the pictures before the
 * damage (reading its pages then says what is wrong); a picture that cannot be copied (a full
 * disk) ends the pass, and `failure` says why.
 */
async function capturedPictures(
  archive: string,
  { read, stop }: { read: (bytes: number) => void; stop: () => boolean },
): Promise<{ pictures: Map<string, CapturedPicture>; failure?: string; stopped: boolean; remove(): void }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-captured-pictures-'));
  const remove = () => {
    fs.rmSync(folder, { recursive: true, force: true });
    process.off('exit', remove);
  };
  process.on('exit', remove);
  const pictures = new Map<string, CapturedPicture>();
  let failure: string | undefined;
  let stopped = false;
  try {
    await webArchivePictures(archive, folder, pictures, { read, stop: () => (stopped ||= stop()) });
  } catch (error) {
    if (error instanceof PictureCopyError) failure = error.message;
    // Otherwise damaged or cut short: the pages' pass reports it.
  }
  return { pictures, failure, stopped, remove };
}

/**
 * Where a picture a record shows was saved: a path relative to the saved page or markdown file
 * it came in, or, for a page in a web archive, the archive's capture of its address (`captured`).
 * A picture on another site was not saved with the page.
 */
export function pictureLookup(record: SourceRecord, cwd: string, captured?: { pictures: Map<string, CapturedPicture>; failure?: string }): (src: string) => PictureLookup {
  return (src) => {
    // A web archive's page (it has a place in the archive): its pictures are other records of it.
    if (record.where !== undefined) return capturedPicture(src, String(record.fields.url ?? ''), captured);
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
      return { problem: 'is on another site and was not saved with the page: save the page with its pictures ("Web page, complete") and import that' };
    }
    if (record.file === '-' || (record.format !== 'html' && record.format !== 'md')) return { problem: 'was not saved with the story' };
    if (src.startsWith('/')) return { problem: 'is addressed from the top of its site and was not saved with the page: save the page with its pictures ("Web page, complete") and import that' };
    let relative = src.split(/[?#]/)[0];
    try {
      relative = decodeURIComponent(relative);
    } catch {
      // Not percent-encoded after all: the name as written.
    }
    const file = path.resolve(path.dirname(path.resolve(cwd, record.file)), relative);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) return { problem: `is not there (looked for ${file})` };
    if (stat.size === 0) return { problem: `is an empty file (${file})` };
    // Named by what it holds: a saved page's pictures often carry a script's name ("image.php").
    const ext = pictureExtension(readHead(file));
    if (!ext) return { problem: `is not a JPEG, PNG, GIF, WebP or AVIF picture (${file})` };
    return { file, ext };
  };
}

/** A picture a web archive's page shows, from the archive's captures: by its address resolved against the page's. */
function capturedPicture(src: string, page: string, captured: { pictures: Map<string, CapturedPicture>; failure?: string } | undefined): PictureLookup {
  const address = pictureAddress(src, page);
  if (!address) return { problem: `has an address that cannot be read (${src})` };
  const found = captured?.pictures.get(address);
  if (!found && captured?.failure) return { problem: `could not be kept from the web archive: ${captured.failure}` };
  if (!found) return { problem: `was not captured in the web archive (${address})` };
  return { ...found, source: `the web archive's capture of ${address}` };
}

function readHead(file: string): Buffer {
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head;
}

/** Names for a story's pictures beside it: "<slug>-1.jpg", …, avoiding files already there. */
function pictureNames(pictures: KeptPicture[], folder: string, slug: string): { token: string; from: string; name: string }[] {
  return pictures.map(({ token, file }, i) => {
    const ext = path.extname(token);
    let name = `${slug}-${i + 1}${ext}`;
    for (let n = 2; fs.existsSync(path.join(folder, name)); n++) name = `${slug}-${i + 1}-${n}${ext}`;
    return { token, from: file, name };
  });
}

/** Copies a picture to a name that must be new; returns that name. */
function copyNewFile(from: string, to: string): string {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  return to;
}

function sizeOf(file: string): number | undefined {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0; // reading it reports what is wrong
  }
}

/** An input that cannot be read at all, as a record that says why. */
function unreadable(input: string, error: unknown): SourceRecord {
  const code = (error as NodeJS.ErrnoException).code;
  const problem = code === 'ENOENT' ? 'no such file: check the path' : `cannot read it: ${(error as Error).message}`;
  return { file: input, line: 0, fields: {}, raw: {}, problem, many: false, format: 'txt' };
}
