// Writes a web archive (WARC 1.1) of the captures a test gives, as a crawler would: one HTTP
// response record each, in the order given, gzipped per record or not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';

export type Capture = { url: string; body: string | Uint8Array; type?: string };

export async function writeWarc(captures: Capture[], { gzip = false, name = 'crawl.warc' } = {}): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-warc-input-')), gzip ? `${name}.gz` : name);
  const parts: Uint8Array[] = [];
  for (const capture of captures) {
    const body = typeof capture.body === 'string' ? new TextEncoder().encode(capture.body) : capture.body;
    const record = WARCRecord.create(
      { url: capture.url, date: '2021-03-20T10:00:00Z', type: 'response', warcVersion: 'WARC/1.1', statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': capture.type ?? 'text/html; charset=utf-8' } },
      [body],
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  fs.writeFileSync(file, Buffer.concat(parts));
  return file;
}
