// npm run import -- [options] <file…>: turns text, markdown, saved pages and JSON Lines into
// story files under the content folder. See `--help`.
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content-dir.ts';
import { splitList } from '../lib/import/read-json.ts';
import { describeRejection, recordPlace } from '../lib/import/rejects.ts';
import { importFiles, summaryLine, type ImportSummary } from '../lib/import/run.ts';
import type { InputFormat } from '../lib/import/record.ts';
import { progressBar, type ProgressBar } from './progress.ts';

const HELP = `Usage: npm run import -- [options] <file…>

Imports stories into the archive: each becomes content/stories/<yyyy>/<mm>/<slug>.md.
Formats, by extension: .txt (plain text; needs --title and --date), .md (frontmatter + markdown),
.html/.htm (a saved news page), .jsonl (one story per line), .json (a story, a list, or a JSON Feed),
.rss/.atom/.rdf/.xml (a feed: one story per item), .warc/.warc.gz/.wacz (a web archive: each captured
page that is a story, its capture time as archived, its address as url; redirects, error pages and
index pages are listed as skipped).
"-" reads standard input (format guessed, or give --format). A folder is read recursively: every
file with one of these extensions in it (not the <name>_files/ folders browsers save beside pages,
nor earlier rejects files).

Options (for a .txt, .md or .html file they override what the file says; in a .jsonl, .json, feed
or web archive they only fill in what a record lacks, or stand in for a date it garbles):
  --title TEXT        headline
  --date DATE         publication date: 2025-06-15 or 2025-06-15T09:30:00-04:00
  --dek TEXT          standfirst under the headline
  --source NAME       publication
  --url URL           where the story was first published
  --byline TEXT       byline as printed, e.g. "By Maria Lopez"
  --tags A,B          topics, comma-separated
  --language TAG      BCP 47 language tag (en, fr, pt-BR…)
  --format FORMAT     read every input as txt, md, html, jsonl, json or feed (a web
                      archive is always read as one)
  --content-dir DIR   the archive's content folder (default: $CONTENT_DIR or ./content)
  --dry-run           write nothing; print each file that would be written
  -h, --help          show this help

Stories already in the archive (same original URL or same text) are skipped; no file is ever
overwritten. Records that cannot be imported are listed with file, line and reason, and kept in
<input>.rejects.jsonl beside the input to fix and import again; the exit code is then 1.
The last line printed is: imported N, duplicates M, rejected K`;

/** Smaller inputs import in moments: a bar would only flicker. */
const PROGRESS_BYTES = 1024 * 1024;

const FORMATS: InputFormat[] = ['txt', 'md', 'html', 'jsonl', 'json', 'feed'];

function usageError(message: string): never {
  process.stderr.write(`import: ${message}\nRun with --help for usage.\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' }, date: { type: 'string' }, dek: { type: 'string' }, source: { type: 'string' },
        url: { type: 'string' }, byline: { type: 'string' }, tags: { type: 'string' }, language: { type: 'string' },
        format: { type: 'string' }, 'content-dir': { type: 'string' }, 'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) usageError('no input: name one or more files, or "-" for standard input');
  if (values.format && !FORMATS.includes(values.format as InputFormat)) usageError(`unknown --format "${values.format}": use ${FORMATS.join(', ')}`);

  const { title, date, dek, source, url, byline, language } = values;
  const fields = { title, date, dek, source, url, byline, language, tags: values.tags === undefined ? undefined : splitList(values.tags) };
  const dryRun = values['dry-run'] ?? false;

  let stopping = false;
  process.on('SIGINT', () => {
    if (stopping) process.exit(130);
    stopping = true; // finish the story being written, then stop
  });

  let bar: ProgressBar | undefined;
  const say = (stream: NodeJS.WriteStream, line: string) => {
    bar?.clear();
    stream.write(`${line}\n`);
  };
  const summary: ImportSummary = await importFiles(
    positionals,
    { contentDir: values['content-dir'] ?? contentDir(), fields, format: values.format as InputFormat | undefined, dryRun },
    {
      start: (totalBytes) => {
        if (process.stderr.isTTY && totalBytes !== undefined && totalBytes >= PROGRESS_BYTES) bar = progressBar(totalBytes);
      },
      progress: (readBytes, _, records) => bar?.update(readBytes, records),
      skipped: (page) => say(process.stderr, `skipped: ${page.file}, ${page.where}: ${page.reason}`),
      imported: (_, file) => say(process.stdout, `wrote ${file}`),
      wouldWrite: (story, file) => say(process.stdout, `would write ${file}:\n${story.text}`),
      duplicate: (story, reason) => say(process.stderr, `duplicate: ${recordPlace(story.record)} "${story.title}": ${reason}`),
      updated: (story, file) => say(process.stdout, `${dryRun ? 'would update' : 'updated'} ${file}: "${story.title}" changed at its source; the earlier text is kept as a version`),
      pictureProblem: (story, file, problem) => say(process.stderr, `picture not kept: ${recordPlace(story.record)} → ${file}: ${problem}`),
      rejected: (rejection) => say(process.stderr, `rejected: ${describeRejection(rejection)}`),
      rejectsWritten: (_, file, count) =>
        say(process.stderr, `${count} rejected record${count === 1 ? '' : 's'} kept in ${file}: fix them there and import that file again`),
      stop: () => stopping,
    },
  );
  bar?.clear();
  if (summary.interrupted) process.stderr.write('import: interrupted; every story written so far is complete\n');
  if (summary.skipped > 0) process.stderr.write(`skipped ${summary.skipped === 1 ? '1 captured page that is not a story' : `${summary.skipped} captured pages that are not stories`} (listed above)\n`);
  process.stdout.write(`${summaryLine(summary)}\n`);
  if (summary.interrupted) return 130;
  return summary.rejected > 0 ? 1 : 0;
}

process.exitCode = await main();
