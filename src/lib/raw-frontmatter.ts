// Checks on a story file's raw text, before Astro's YAML reader turns it into values.
import { isUtf8 } from 'node:buffer';

const DATE_KEYS = ['date', 'updated', 'archived'] as const;

/**
 * The dates as written in the file, for the top-level date fields.
 * YAML reads an unquoted 2025-02-30 as 2 March and an unquoted date-time as a UTC instant;
 * the schema must judge what the person wrote, and keep the offset they wrote it with.
 */
export function writtenDates(fileText: string): Partial<Record<(typeof DATE_KEYS)[number], string>> {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileText.replace(/^\uFEFF/, ''))?.[1] ?? '';
  const found: Partial<Record<(typeof DATE_KEYS)[number], string>> = {};
  for (const key of DATE_KEYS) {
    const line = new RegExp(`^${key}:[ \\t]*(.*?)[ \\t]*(?:#.*)?$`, 'm').exec(frontmatter);
    if (!line) continue;
    found[key] = line[1].replace(/^(["'])(.*)\1$/, '$2');
  }
  return found;
}

/** Replace Date values that YAML made with the text written in the file. */
export function restoreWrittenDates(data: Record<string, unknown>, fileText: string): void {
  if (!DATE_KEYS.some((key) => data[key] instanceof Date)) return;
  const written = writtenDates(fileText);
  for (const key of DATE_KEYS) {
    if (data[key] instanceof Date && written[key]) data[key] = written[key];
  }
}

/**
 * Whether a file that was read as UTF-8 text held valid UTF-8. Decoding turns every invalid
 * byte into U+FFFD, so a text without that character was valid, and the bytes are read again
 * only for a text that has one (it may have been written on purpose); Node checks them natively.
 */
export function wasUtf8(text: string, readBytes: () => Uint8Array): boolean {
  return !text.includes('\uFFFD') || isUtf8(readBytes());
}
