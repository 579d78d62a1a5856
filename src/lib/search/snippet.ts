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
    const form = searchForm(written);
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

/** A text's marked words as found, and how many different words they are. */
export interface Passages {
  segments: Segment[];
  /** Different marked words in the passages shown: how much of the query they explain. */
  words: number;
}

/**
 * Where `text` shows why a story matched: the window of about `chars` characters holding the
 * most different marked words, and, in a long text whose other marked words lie far from it, a
 * second window around those (each then shorter). Ellipses stand where text was cut. Without a
 * marked word, the opening.
 */
export function snippet(text: string, terms: Iterable<string>, words: string[] = [], chars = 200): Passages {
  const segments = highlight(text, terms, words);
  const marks: Mark[] = [];
  let offset = 0;
  for (const segment of segments) {
    if (segment.mark) marks.push({ start: offset, end: offset + segment.text.length, word: searchForm(segment.text) });
    offset += segment.text.length;
  }
  if (text.length <= chars) return { segments, words: new Set(marks.map((m) => m.word)).size };
  const one = bestWindow(text, marks, chars, new Set());
  const short = Math.round(chars * 0.6);
  const first = bestWindow(text, marks, short, new Set());
  const rest = marks.filter((m) => !first.words.has(m.word) && (m.end < first.start || m.start > first.end));
  const second = rest.length ? bestWindow(text, rest, short, first.words) : undefined;
  // Two passages only where they show more of the query than one longer window.
  const apart = second && (second.start > first.end || second.end < first.start);
  if (!second || !apart || one.words.size >= first.words.size + second.words.size) {
    return { segments: clip(segments, one.start, one.end, text.length), words: one.words.size };
  }
  const [a, b] = first.start < second.start ? [first, second] : [second, first];
  const joined = clip(segments, a.start, a.end, text.length);
  // Between the passages one ellipsis, not two.
  if (joined.at(-1)?.text === '…' && b.start > 0) joined.pop();
  joined.push({ text: ' … ', mark: false }, ...clip(segments, b.start, b.end, text.length).filter((s, i) => i > 0 || s.text !== '…'));
  return { segments: joined, words: new Set([...first.words, ...second.words]).size };
}

interface Mark {
  start: number;
  end: number;
  word: string;
}

interface Window {
  start: number;
  end: number;
  /** The different marked words inside it. */
  words: Set<string>;
}

function searchForm(written: string): string {
  return normalize(written).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The window of about `chars` characters that begins a little before one of `marks` and holds
 * the most different words not in `known`, then the most marks; the earliest on a tie. Its ends
 * fall between words.
 */
function bestWindow(text: string, marks: Mark[], chars: number, known: Set<string>): Window {
  let best = { from: 0, words: new Set<string>(), count: 0 };
  marks.forEach((mark, i) => {
    const from = Math.max(0, mark.start - Math.floor(chars / 4));
    const words = new Set<string>();
    let count = 0;
    for (let j = i; j < marks.length && marks[j].end <= from + chars; j++) {
      if (!known.has(marks[j].word)) words.add(marks[j].word);
      count++;
    }
    if (words.size > best.words.size || (words.size === best.words.size && count > best.count)) best = { from, words, count };
  });
  let start = best.from;
  const firstMark = marks.find((m) => m.start >= start)?.start ?? start;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < firstMark ? space + 1 : start;
  }
  let end = Math.min(text.length, start + chars);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start + chars / 2 ? space : end;
  }
  return { start, end, words: best.words };
}

function clip(segments: Segment[], start: number, end: number, length: number): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + segment.text.length);
    if (from < to) out.push({ text: segment.text.slice(from - offset, to - offset), mark: segment.mark });
    offset += segment.text.length;
  }
  if (start > 0) out.unshift({ text: '…', mark: false });
  if (end < length) out.push({ text: '…', mark: false });
  return out;
}
