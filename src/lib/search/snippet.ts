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
const HYPHENATED = /[-\u2010\u2011]/;

/**
 * Split `text` into marked and unmarked runs: a word is marked when its search form is one of
 * the matched `terms`, or begins with one of the query `words` (a half-typed word). A hyphenated
 * word is marked whole when its joined form matches, otherwise part by part.
 */
export function highlight(text: string, terms: Iterable<string>, words: string[] = []): Segment[] {
  return segmentsOf(text, markedWords(text, terms, words), 0, text.length);
}

/** Where `text` has words to mark, in order. */
function markedWords(text: string, terms: Iterable<string>, words: string[]): Mark[] {
  const wanted = new Set(terms);
  const prefixes = words.filter((w) => w.length > 1);
  // A story's text runs to thousands of words, most of them of no interest: a word whose first
  // letter starts no wanted form is passed over unread, and each form is worked out once.
  const firsts = new Set([...wanted, ...prefixes].map((form) => form[0]));
  const known = new Map<string, string | null>();
  const formOf = (written: string): string | null => {
    let form = known.get(written);
    if (form === undefined) {
      const normal = searchForm(written);
      form = normal !== '' && (wanted.has(normal) || prefixes.some((w) => normal.startsWith(w))) ? normal : null;
      known.set(written, form);
    }
    return form;
  };
  const marks: Mark[] = [];
  for (const found of text.matchAll(WORD_IN_TEXT)) {
    const written = found[0];
    const hyphenated = HYPHENATED.test(written);
    if (!hyphenated && /[a-z0-9]/.test(written[0]) && !firsts.has(written[0])) continue;
    if (!hyphenated && /[A-Z]/.test(written[0]) && !firsts.has(written[0].toLowerCase())) continue;
    const form = formOf(written);
    if (form !== null) marks.push({ start: found.index, end: found.index + written.length, word: form });
    else if (hyphenated) {
      for (const part of written.matchAll(PART)) {
        const partForm = formOf(part[0]);
        if (partForm !== null) marks.push({ start: found.index + part.index, end: found.index + part.index + part[0].length, word: partForm });
      }
    }
  }
  return marks;
}

/** The runs of `text` from `start` to `end`, the marked words marked. */
function segmentsOf(text: string, marks: Mark[], start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  let at = start;
  for (const mark of marks) {
    if (mark.end <= start || mark.start >= end) continue;
    const from = Math.max(mark.start, start);
    const to = Math.min(mark.end, end);
    if (from > at) segments.push({ text: text.slice(at, from), mark: false });
    segments.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) segments.push({ text: text.slice(at, end), mark: false });
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
  const marks = markedWords(text, terms, words);
  if (text.length <= chars) return { segments: segmentsOf(text, marks, 0, text.length), words: new Set(marks.map((m) => m.word)).size };
  const one = bestWindow(text, marks, chars, new Set());
  const short = Math.round(chars * 0.6);
  const first = bestWindow(text, marks, short, new Set());
  const rest = marks.filter((m) => !first.words.has(m.word) && (m.end < first.start || m.start > first.end));
  const second = rest.length ? bestWindow(text, rest, short, first.words) : undefined;
  // Two passages only where they show more of the query than one longer window.
  const apart = second && (second.start > first.end || second.end < first.start);
  if (!second || !apart || one.words.size >= first.words.size + second.words.size) {
    return { segments: clip(text, marks, one), words: one.words.size };
  }
  const [a, b] = first.start < second.start ? [first, second] : [second, first];
  const joined = clip(text, marks, a);
  // Between the passages one ellipsis, not two.
  if (joined.at(-1)?.text === '…') joined.pop();
  const after = clip(text, marks, b);
  if (after[0]?.text === '…') after.shift();
  joined.push({ text: ' … ', mark: false }, ...after);
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
  let best = { from: 0, words: new Set<string>(), count: 0, need: 0 };
  marks.forEach((mark, i) => {
    const from = Math.max(0, mark.start - Math.floor(chars / 4));
    const words = new Set<string>();
    let count = 0;
    let need = 0;
    for (let j = i; j < marks.length && marks[j].end <= from + chars; j++) {
      if (!known.has(marks[j].word)) words.add(marks[j].word);
      count++;
      need = marks[j].end;
    }
    if (words.size > best.words.size || (words.size === best.words.size && count > best.count)) best = { from, words, count, need };
  });
  let start = best.from;
  const firstMark = marks.find((m) => m.start >= start)?.start ?? start;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < firstMark ? space + 1 : start;
  }
  let end = Math.min(text.length, start + chars);
  if (end < text.length) {
    // Cut between words, never before a marked word the window was chosen for.
    const space = text.lastIndexOf(' ', end);
    const after = text.indexOf(' ', best.need);
    end = space > start + chars / 2 && space >= best.need ? space : best.need > 0 && after >= 0 ? Math.max(end, after) : end;
  }
  return { start, end, words: best.words };
}

/** A window's runs, with ellipses where the text was cut. */
function clip(text: string, marks: Mark[], window: Window): Segment[] {
  const out = segmentsOf(text, marks, window.start, window.end);
  if (window.start > 0) out.unshift({ text: '…', mark: false });
  if (window.end < text.length) out.push({ text: '…', mark: false });
  return out;
}
