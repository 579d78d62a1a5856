import { WARCParser } from 'warcio';

// A web archive (WARC, ISO 28500, plain or gzipped) → the pages it captured, one at a time: the
// file is streamed, never held whole, so a capture of millions of records reads in flat memory.
// Only what could be a story comes out: HTML responses, with their address and capture time.
// Redirects and error pages are reported; images, scripts, requests and revisits are not pages.

export type Capture =
  | { kind: 'page'; record: number; uri: string; archived: string; html: string }
  | { kind: 'skipped'; record: number; uri: string; reason: string };

/** A page larger than this is not a news story (a data dump, a single-page app bundle). */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;
const HTML = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

export async function* warcCaptures(source: AsyncIterable<Uint8Array>): AsyncGenerator<Capture> {
  let number = 0;
  for await (const record of new WARCParser(source)) {
    number++;
    const uri = record.warcTargetURI ?? '';
    // A crawler's own "resource" records hold a page without an HTTP response around it.
    const isResponse = record.warcType === 'response' && record.httpHeaders;
    if (!isResponse && record.warcType !== 'resource') continue;
    const type = (isResponse ? record.httpHeaders!.headers.get('content-type') : record.warcContentType) ?? '';
    if (!HTML.test(type)) continue;
    const status = isResponse ? Number(record.httpHeaders!.statusCode) : 200;
    const skipped = (reason: string): Capture => ({ kind: 'skipped', record: number, uri, reason });
    if (status >= 300 && status < 400) {
      const location = record.httpHeaders!.headers.get('location');
      yield skipped(`a redirect (HTTP ${status})${location ? ` to ${location}` : ''}, not a page`);
      continue;
    }
    if (status !== 200 && status !== 203) {
      yield skipped(`the server answered HTTP ${status || '(no status)'}, not with a page`);
      continue;
    }
    const length = Number(record.warcHeader('Content-Length') ?? 0);
    if (length > MAX_PAGE_BYTES) {
      yield skipped(`${Math.round(length / 1024 / 1024)} MB is too large for a news page`);
      continue;
    }
    const bytes = await record.readFully(true); // undoes chunking and gzip/br content encoding
    yield { kind: 'page', record: number, uri, archived: record.warcDate ?? '', html: decodePage(bytes, type) };
  }
}

/** A page's text in the charset its HTTP header names, else its own <meta> names, else UTF-8. */
export function decodePage(bytes: Uint8Array, contentType: string): string {
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? metaCharset(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // an unknown label: read it as UTF-8, like a browser's fallback
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}
