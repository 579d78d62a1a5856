import { WARCParser, type WARCRecord } from 'warcio';

// A web archive (WARC, ISO 28500) → the pages it captured, one at a time: the file is streamed,
// never held whole, so a capture of millions of records reads in flat memory. Only what could be a
// story comes out as a page: HTML responses, with their address and capture time. Redirects and
// error pages come out as skipped, with why; every other record (images, scripts, requests,
// revisits) as passed, so that whoever reads the captures can show progress and stop between them.
// Read for its pictures instead, the same file gives out its captured images, and passes the rest.

export type Capture =
  | { kind: 'page'; record: number; uri: string; archived: string; html: string; /** WARC-Record-ID */ id?: string }
  | { kind: 'picture'; record: number; uri: string; bytes: Uint8Array }
  | { kind: 'skipped'; record: number; uri: string; reason: string }
  | { kind: 'passed'; record: number };

/** What a pass over a web archive gives out: its pages (and why others are skipped), or its pictures. */
export type Wanted = 'pages' | 'pictures';

/** A page larger than this is not a news story (a data dump, a single-page app bundle). */
const MAX_PAGE_BYTES = 20 * 1024 * 1024;
const HTML = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;
/** A picture larger than this is not a news photograph kept for a story. */
const MAX_PICTURE_BYTES = 50 * 1024 * 1024;
/** What servers call pictures: image types, and untyped bytes (whose first bytes then decide). */
const PICTURE = /^\s*(?:image\/|application\/octet-stream|binary\/octet-stream|$)/i;

/**
 * The captures in `source`, the bytes of an uncompressed WARC. Throws when the bytes hold no WARC
 * record, or end inside one (a download cut short): the page in that record is not given out.
 */
export async function* warcCaptures(source: AsyncIterable<Uint8Array>, wanted: Wanted = 'pages'): AsyncGenerator<Capture> {
  let tail: Uint8Array = new Uint8Array(0);
  const chunks = source[Symbol.asyncIterator]();
  // warcio skips the rest of a record it was not asked to read by asking for bytes until it has
  // skipped them all: at the end of a file cut short inside such a record (an image, a script),
  // it would ask forever. A file's end is asked for a few times when all is well; far more is that.
  let askedAtEnd = 0;
  const watched: AsyncIterableIterator<Uint8Array> = {
    [Symbol.asyncIterator]: () => watched,
    async next() {
      const next = await chunks.next();
      if (next.done && ++askedAtEnd > ASKED_AT_END) throw new CutShort();
      if (!next.done) tail = lastBytes(tail, next.value);
      return next;
    },
  };
  let number = 0;
  // A page or picture waits until the next record starts (or the file ends whole): only then is it known complete.
  let pending: Capture | undefined;
  const records = new WARCParser(watched)[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<WARCRecord>;
      try {
        next = await records.next();
      } catch (error) {
        if (error instanceof CutShort) throw new Error(cutShort(number));
        throw error;
      }
      if (next.done) break;
      const record = next.value;
      if (pending) yield pending;
      pending = undefined;
      number++;
      if (!record.warcHeaders.protocol?.startsWith('WARC/')) throw new Error(notWarc(number));
      const capture = wanted === 'pages' ? await captureOf(record, number) : await pictureOf(record, number);
      if (capture.kind === 'page' || capture.kind === 'picture') pending = capture;
      else yield capture;
    }
  } finally {
    // Stopped early (a damaged record, a reader that stopped asking): the file is closed all the same.
    await chunks.return?.();
  }
  if (number === 0) throw new Error(notWarc(1));
  // Every WARC record ends with a blank line; a file that does not was cut off inside its last record.
  if (!/\r?\n\r?\n$/.test(new TextDecoder('latin1').decode(tail))) throw new Error(cutShort(number));
  if (pending) yield pending;
}

async function captureOf(record: WARCRecord, number: number): Promise<Capture> {
  const uri = record.warcTargetURI ?? '';
  // A crawler's own "resource" records hold a page without an HTTP response around it.
  const isResponse = record.warcType === 'response' && record.httpHeaders;
  if (!isResponse && record.warcType !== 'resource') return { kind: 'passed', record: number };
  const type = (isResponse ? record.httpHeaders!.headers.get('content-type') : record.warcContentType) ?? '';
  if (!HTML.test(type)) return { kind: 'passed', record: number };
  const status = isResponse ? Number(record.httpHeaders!.statusCode) : 200;
  const skipped = (reason: string): Capture => ({ kind: 'skipped', record: number, uri, reason });
  if (status >= 300 && status < 400) {
    const location = record.httpHeaders!.headers.get('location');
    return skipped(`a redirect (HTTP ${status})${location ? ` to ${location}` : ''}, not a page`);
  }
  if (status !== 200 && status !== 203) return skipped(`the server answered HTTP ${status || '(no status)'}, not with a page`);
  if (record.warcContentLength > MAX_PAGE_BYTES) return skipped(`${Math.round(record.warcContentLength / 1024 / 1024)} MB is too large for a news page`);
  const bytes = await record.readFully(true); // undoes chunking and gzip/br content encoding
  const html = decodePage(bytes, type);
  if (!html.trim()) return skipped('an empty page');
  return { kind: 'page', record: number, uri, archived: record.warcDate ?? '', html, id: record.warcHeader('WARC-Record-ID') ?? undefined };
}

/** A captured image the server sent whole, for the pages that show it; anything else passed. */
async function pictureOf(record: WARCRecord, number: number): Promise<Capture> {
  const uri = record.warcTargetURI ?? '';
  const isResponse = record.warcType === 'response' && record.httpHeaders;
  if (!isResponse && record.warcType !== 'resource') return { kind: 'passed', record: number };
  const type = (isResponse ? record.httpHeaders!.headers.get('content-type') : record.warcContentType) ?? '';
  const status = isResponse ? Number(record.httpHeaders!.statusCode) : 200;
  // A truncated record (the crawler stopped reading it: too large, too slow) is not the whole picture.
  const truncated = Boolean(record.warcHeader('WARC-Truncated'));
  if (!PICTURE.test(type) || status !== 200 || !uri || truncated || record.warcContentLength > MAX_PICTURE_BYTES) return { kind: 'passed', record: number };
  return { kind: 'picture', record: number, uri, bytes: await record.readFully(true) };
}

/** How many times the end of a file may be asked for before the parser is taken to be stuck there. */
const ASKED_AT_END = 1000;

class CutShort extends Error {}

function cutShort(record: number): string {
  return `it ends inside record ${record}: the file was cut short (download or copy it again)`;
}

function notWarc(record: number): string {
  return record === 1 ? 'it holds no WARC record: is it a web archive (WARC 1.0 or 1.1)?' : `record ${record} is not a WARC record: the file is damaged there`;
}

function lastBytes(tail: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (chunk.length >= 4) return chunk.slice(chunk.length - 4);
  const joined = new Uint8Array(tail.length + chunk.length);
  joined.set(tail);
  joined.set(chunk, tail.length);
  return joined.slice(Math.max(0, joined.length - 4));
}

/**
 * A page's text as a browser would decode it: by its byte-order mark, else the charset its HTTP
 * header names, else the one its <meta> or XML declaration names, else UTF-8.
 */
export function decodePage(bytes: Uint8Array, contentType: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? documentCharset(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // an unknown label: read it as UTF-8, like a browser's fallback
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function documentCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const named = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  // A page that reached us as bytes cannot be UTF-16 without a byte-order mark: browsers read it as UTF-8.
  return named && /^utf-?16/i.test(named) ? 'utf-8' : named;
}
