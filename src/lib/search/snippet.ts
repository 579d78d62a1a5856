// Which words of a headline or snippet to mark, as plain segments: the page turns them into
// text nodes and <mark> elements, never into HTML strings.
import { normalize } from './normalize.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

// A word as written, hyphenated words whole ("anti-Brexit"), so the joined form the index
// also holds (antibrexit) can mark it.
const WORD_IN_TEXT = /[\p{L}\p{M}\p{N}'’]+(?:[-\u2010\u2011][\p{L}\p{M}\p{N}'’]+)*/gu;
const PART = /[\p{L}\p{M}\p{N}'’]+/gu;

/**
 * Split `text` into marked and unmarked runs: a word is marked when its search form is one of
 * the matched `terms`, or begins with one of the query `words` (a half-typed word). A hyphenated
 * word is marked whole when its joined form matches, otherwise part by part.
 */
export function highlight(text: string, terms: Iterable<string>, words: string[] = []): Segment[] {
  const wanted = new Set(terms);
  const matches = (written: string) => {
    const form = normalize(written).replace(/[^\p{L}\p{N}]/gu, '');
    return form !== '' && (wanted.has(form) || words.some((w) => w.length > 1 && form.startsWith(w)));
  };
  const segments: Segment[] = [];
  let at = 0;
  const mark = (start: number, written: string) => {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: written, mark: true });
    at = start + written.length;
  };
  for (const found of text.matchAll(WORD_IN_TEXT)) {
    if (matches(found[0])) mark(found.index, found[0]);
    else if (/[-\u2010\u2011]/.test(found[0])) {
      for (const part of found[0].matchAll(PART)) if (matches(part[0])) mark(found.index + part.index, part[0]);
    }
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/**
 * A window of about `chars` characters of `text` around its first marked word, with ellipses
 * where it was cut, so the reader sees why the story matched.
 */
export function snippet(text: string, terms: Iterable<string>, words: string[] = [], chars = 200): Segment[] {
  const segments = highlight(text, terms, words);
  if (text.length <= chars) return segments;
  let offset = 0;
  let first = -1;
  for (const segment of segments) {
    if (segment.mark) {
      first = offset;
      break;
    }
    offset += segment.text.length;
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(chars / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + chars);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start + chars / 2 ? space : end;
  }
  return clip(segments, start, end, start > 0, end < text.length);
}

function clip(segments: Segment[], start: number, end: number, before: boolean, after: boolean): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + segment.text.length);
    if (from < to) out.push({ text: segment.text.slice(from - offset, to - offset), mark: segment.mark });
    offset += segment.text.length;
  }
  if (before) out.unshift({ text: '…', mark: false });
  if (after) out.push({ text: '…', mark: false });
  return out;
}
