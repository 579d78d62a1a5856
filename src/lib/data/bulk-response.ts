import type { BulkFile } from './bulk-files.ts';

/** A bulk file as the build writes it: its bytes exactly, as gzip. */
export function bulkResponse(file: BulkFile): Response {
  return new Response(new Uint8Array(file.bytes), { headers: { 'Content-Type': 'application/gzip' } });
}
