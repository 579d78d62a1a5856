import { createHash } from 'node:crypto';

/** SHA-256 of `bytes` in lower-case hex, as `sha256sum` prints it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
