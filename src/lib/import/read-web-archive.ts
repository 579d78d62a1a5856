import fs from 'node:fs';
import yauzl from 'yauzl';
import { notAStory } from './page-kind.ts';
import { pageRecord } from './read-html.ts';
import { warcCaptures, type Capture } from './read-warc.ts';
import type { SourceRecord } from './record.ts';

// Web archives as inputs: a WARC (plain or gzipped) or a WACZ (a zip of WARCs, as Webrecorder and
// Browsertrix write them). Each captured page that reads as a story becomes a record; every other
// page is reported as skipped, with why. Files are streamed, and `read` says how far.

/** A captured page that is not a story: reported, never imported, never a reject. */
export interface SkippedPage {
  file: string;
  where: string;
  reason: string;
}

export type WebArchiveKind = 'warc' | 'wacz';

export function webArchiveKind(file: string): WebArchiveKind | null {
  if (/\.warc(?:\.gz)?$/i.test(file)) return 'warc';
  if (/\.wacz$/i.test(file)) return 'wacz';
  return null;
}

/**
 * The records of a web archive at `path` (`file`: its name in messages). `read(bytes)` is told how
 * many of the file's bytes have been read so far.
 */
export async function* webArchiveRecords(path: string, file: string, now: Date, read: (bytes: number) => void): AsyncGenerator<SourceRecord | SkippedPage> {
  const captures = webArchiveKind(path) === 'wacz' ? waczCaptures(path, read) : warcFileCaptures(path, read);
  for await (const { capture, part } of captures) {
    const where = `${part ? `${part}, ` : ''}record ${capture.record} (${capture.uri})`;
    if (capture.kind === 'skipped') {
      yield { file, where, reason: capture.reason };
      continue;
    }
    const { record, page } = pageRecord(capture.html, file, now, capture.uri);
    const reason = notAStory(page, capture.uri, record.body.tree);
    if (reason) {
      yield { file, where, reason };
      continue;
    }
    const fields = { ...record.fields, url: capture.uri, archived: capture.archived };
    yield { ...record, fields, where, line: capture.record, raw: { url: capture.uri, archived: capture.archived, html: capture.html } };
  }
}

type PartCapture = { capture: Capture; part?: string };

async function* warcFileCaptures(path: string, read: (bytes: number) => void): AsyncGenerator<PartCapture> {
  for await (const capture of warcCaptures(counted(fs.createReadStream(path), read))) yield { capture };
}

/** The captures of every WARC inside a WACZ (under archive/), in the zip's order. */
async function* waczCaptures(path: string, read: (bytes: number) => void): AsyncGenerator<PartCapture> {
  const zip = await yauzl.openPromise(path);
  let before = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (!/^archive\/[^/]+\.warc(?:\.gz)?$/i.test(entry.fileName)) continue;
      const stream = await zip.openReadStreamPromise(entry);
      const part = entry.fileName;
      // Progress in the zip's bytes: the share of this entry read, scaled to its stored size.
      const scale = entry.uncompressedSize > 0 ? entry.compressedSize / entry.uncompressedSize : 1;
      for await (const capture of warcCaptures(counted(stream, (bytes) => read(before + bytes * scale)))) yield { capture, part };
      before += entry.compressedSize;
    }
  } finally {
    zip.close();
  }
}

async function* counted(stream: AsyncIterable<Uint8Array>, read: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += chunk.length;
    read(bytes);
    yield chunk;
  }
}
