import fs from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { notAStory } from './page-kind.ts';
import { pictureExtension } from './page-pictures.ts';
import { pageRecord } from './read-html.ts';
import { warcCaptures, type Capture, type Wanted } from './read-warc.ts';
import type { SourceRecord } from './record.ts';

// Web archives as inputs: a WARC (plain or gzipped) or a WACZ (a zip of WARCs, as Webrecorder and
// Browsertrix write them). Each captured page that reads as a story becomes a record; every other
// page is reported as skipped, with why. Files are streamed, and `read` says how far. Gzip is undone
// by Node's zlib, which fails loudly on a damaged or cut-off file instead of ending early.

/** A captured page that is not a story: reported, never imported, never a reject. */
export interface SkippedPage {
  file: string;
  where: string;
  reason: string;
}

/** Given out for each record that is not a page (an image, a script): a moment to show progress and to stop. */
export const PASSED = Symbol('passed');

export type WebArchiveKind = 'warc' | 'wacz';

export function webArchiveKind(file: string): WebArchiveKind | null {
  if (/\.warc(?:\.gz)?$/i.test(file)) return 'warc';
  if (/\.wacz$/i.test(file)) return 'wacz';
  return null;
}

/**
 * The records of a web archive at `path` (`file`: its name in messages). `read(bytes)` is told how
 * many of the file's bytes have been read so far. Throws when the file cannot be read as one, after
 * giving out every record before the damage.
 */
export async function* webArchiveRecords(path: string, file: string, now: Date, read: (bytes: number) => void): AsyncGenerator<SourceRecord | SkippedPage | typeof PASSED> {
  const captures = webArchiveKind(path) === 'wacz' ? waczCaptures(path, read, 'pages') : warcFileCaptures(path, read, 'pages');
  for await (const { capture, part } of captures) {
    if (capture.kind === 'passed' || capture.kind === 'picture') {
      yield PASSED;
      continue;
    }
    const where = `${part ? `${part}, ` : ''}record ${capture.record} (${capture.uri})`;
    if (capture.kind === 'skipped') {
      yield { file, where, reason: capture.reason };
      continue;
    }
    const raw = { url: capture.uri, archived: capture.archived, html: capture.html };
    let parsed: ReturnType<typeof pageRecord>;
    try {
      parsed = pageRecord(capture.html, file, now, capture.uri);
    } catch (error) {
      // One page that breaks the parser is reported and kept; the rest of the archive goes on.
      yield { file, line: capture.record, where, fields: {}, raw, problem: `the page could not be read: ${(error as Error).message}`, many: true, format: 'html' };
      continue;
    }
    const { record, page } = parsed;
    const reason = notAStory(page, capture.uri, record.body.tree);
    if (reason) {
      yield { file, where, reason };
      continue;
    }
    const fields = { ...record.fields, url: capture.uri, archived: capture.archived };
    // Options fill in what a page lacks, as for any file of many stories. A reject keeps what was
    // read from the page beside the page itself, so that fixing one field is enough to import it.
    yield { ...record, fields, where, line: capture.record, many: true, raw: { ...fields, html: capture.html }, recordId: capture.id };
  }
}

/** A captured picture's copy, and the extension its bytes call for. */
export type CapturedPicture = { file: string; ext: string };

/** Why the pictures of a web archive could not all be kept (not the archive's fault: a full disk). */
export class PictureCopyError extends Error {}

/**
 * The images a web archive at `path` captured, each written into `folder`: a map from the
 * address it was captured at (without any #fragment) to its file there, for the pages that show
 * them (with the extension their bytes call for). A page's pictures may be captured before or after it, so they are read in a pass of their
 * own, before the pages. Only a capture whose bytes are a picture counts (a server may call a
 * photograph "application/octet-stream", or answer a missing one with a page); the first such
 * capture of an address is kept. `read` hears the bytes read; `stop` is asked between records.
 * Throws like webArchiveRecords, keeping in `found` what came before; a picture that cannot be
 * written throws PictureCopyError.
 */
export async function webArchivePictures(
  path: string,
  folder: string,
  found = new Map<string, CapturedPicture>(),
  { read = () => {}, stop = () => false }: { read?: (bytes: number) => void; stop?: () => boolean } = {},
): Promise<Map<string, CapturedPicture>> {
  const captures = webArchiveKind(path) === 'wacz' ? waczCaptures(path, read, 'pictures') : warcFileCaptures(path, read, 'pictures');
  for await (const { capture } of captures) {
    if (stop()) break;
    if (capture.kind !== 'picture') continue;
    const address = pictureAddress(capture.uri);
    if (!address || found.has(address)) continue;
    const ext = pictureExtension(Buffer.from(capture.bytes.buffer, capture.bytes.byteOffset, capture.bytes.byteLength));
    if (!ext) continue;
    const file = join(folder, String(found.size + 1));
    try {
      await fs.promises.writeFile(file, capture.bytes);
    } catch (error) {
      throw new PictureCopyError(`a picture could not be copied into ${folder} (${(error as Error).message})`);
    }
    found.set(address, { file, ext });
  }
  return found;
}

/** An address as the pictures map keys it: absolute, without a #fragment; undefined when it is not one. */
export function pictureAddress(address: string, base?: string): string | undefined {
  try {
    const url = new URL(address, base);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

type PartCapture = { capture: Capture; part?: string };

async function* warcFileCaptures(path: string, read: (bytes: number) => void, wanted: Wanted): AsyncGenerator<PartCapture> {
  const gzipped = startsWithGzip(path);
  for await (const capture of warcCaptures(uncompressed(fs.createReadStream(path), gzipped, read), wanted)) yield { capture };
}

/** The captures of every WARC inside a WACZ (under archive/), in the zip's order. */
async function* waczCaptures(path: string, read: (bytes: number) => void, wanted: Wanted): AsyncGenerator<PartCapture> {
  const zip = await yauzl.openPromise(path);
  let before = 0;
  let warcs = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (!/^archive\/[^/]+\.warc(?:\.gz)?$/i.test(entry.fileName)) continue;
      warcs++;
      const stream = await zip.openReadStreamPromise(entry);
      const part = entry.fileName;
      // Progress in the zip's bytes: the share of this entry read, scaled to its stored size.
      const scale = entry.uncompressedSize > 0 ? entry.compressedSize / entry.uncompressedSize : 1;
      const captures = warcCaptures(uncompressed(stream, /\.gz$/i.test(part), (bytes) => read(before + bytes * scale)), wanted);
      for await (const capture of captures) yield { capture, part };
      before += entry.compressedSize;
    }
  } finally {
    zip.close();
  }
  if (warcs === 0) throw new Error('it holds no WARC file under archive/: is it a WACZ?');
}

/** The bytes of a WARC, gunzipped when they are gzipped; `read` hears how many stored bytes are read. */
async function* uncompressed(stream: Readable, gzipped: boolean, read: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  stream.on('data', (chunk: Buffer) => read((bytes += chunk.length)));
  if (!gzipped) {
    yield* stream;
    return;
  }
  const gunzip = zlib.createGunzip();
  const piped = pipeline(stream, gunzip);
  piped.catch(() => {}); // the same error reaches the loop below through gunzip
  try {
    yield* gunzip;
  } catch (error) {
    throw new Error(`it is damaged or cut short after ${bytes} bytes (${(error as Error).message})`);
  }
  await piped;
}

function startsWithGzip(path: string): boolean {
  const fd = fs.openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    return fs.readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    fs.closeSync(fd);
  }
}
