import { gzipSync } from 'node:zlib';

// zlib writes no modification time (0) into its gzip header, but it does write the operating
// system it ran on (byte 9). Set to 255, "unknown", the same text gives the same bytes on any
// machine with this Node's zlib, so a file's checksum changes only when its stories do.
const OS_BYTE = 9;
const OS_UNKNOWN = 255;

/** `text` as UTF-8, gzipped, with no time or system in its header. */
export function gzipFixed(text: string): Buffer {
  const bytes = gzipSync(Buffer.from(text, 'utf8'));
  // Bytes 4–7 hold the modification time; zlib leaves them 0, and this keeps it so.
  bytes.fill(0, 4, 8);
  bytes[OS_BYTE] = OS_UNKNOWN;
  return bytes;
}
