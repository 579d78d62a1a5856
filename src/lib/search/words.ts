// What a reader typed, as the words a search looks for.
import { MAX_QUERY_WORDS, MAX_WORD_LENGTH } from './options.ts';
import { isIndexedBodyTerm, STOPWORDS, tokenize } from './normalize.ts';

/**
 * The words of a query that must each match: normalized, repeats and one-letter words dropped,
 * stop words dropped unless the query has nothing else, long words cut to what Fuse can match.
 */
export function queryWords(query: string): string[] {
  const all = [...new Set(tokenize(query.slice(0, 1000)))]
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
    .filter((word) => word.length > 1 || /\p{N}/u.test(word));
  const meaningful = all.filter((word) => !STOPWORDS.has(word));
  return (meaningful.length ? meaningful : all).slice(0, MAX_QUERY_WORDS);
}

/** The dictionary shards that may hold terms for a word: the one whose prefix the word starts with, or all that start with the word. */
export function shardKeysFor(word: string, keys: string[]): string[] {
  let longest = '';
  const longer: string[] = [];
  for (const key of keys) {
    if (word.startsWith(key) && key.length > longest.length) longest = key;
    else if (key.startsWith(word) && key.length > word.length) longer.push(key);
  }
  return longest ? [longest, ...longer] : longer;
}

/**
 * Neighbouring words of a query written as one, as the index also holds hyphenated words
 * ("out of control" → outof, ofcontrol, outofcontrol): two or three words at a time, stop words
 * included.
 */
export function joinedForms(query: string): string[] {
  const tokens = tokenize(query.slice(0, 1000)).slice(0, MAX_QUERY_WORDS);
  const forms = new Set<string>();
  for (let size = 2; size <= 3; size++) {
    for (let i = 0; i + size <= tokens.length; i++) forms.add(tokens.slice(i, i + size).join('').slice(0, MAX_WORD_LENGTH));
  }
  return [...forms];
}

/** Words in double quotes: they must stand in this order, side by side. */
export interface Phrase {
  /** The phrase's words, normalized, stop words kept. */
  words: string[];
  /** No closing quote and no space after the last word: the reader may still be typing it. */
  open: boolean;
}

/** A query split into what is searched for, the phrases, and the words whose stories are left out. */
export interface ParsedQuery {
  /** The query without its exclusions and quote marks: every word in it is searched for. */
  text: string;
  /** Terms after a minus sign (`-brexit`, `-anti-brexit` → antibrexit): stories holding one are left out. */
  excluded: string[];
  /** Quoted runs of two words or more, and quoted stop words (another quoted word is a word as written: see `exact`). */
  phrases: Phrase[];
  /** Quoted runs after a minus sign (`-"harbour wall"`): stories holding one are left out. */
  without: Phrase[];
  /** Single quoted words: only that word counts, no other spelling or longer word. */
  exact: string[];
}

// A minus sign at the start of a word; a hyphen inside a word ("anti-Brexit") is not one.
const EXCLUDED = /(^|\s)-([\p{L}\p{N}][^\s]*)/gu;
// Straight or curly double quotes; a phrase left open runs to the end of the query.
const QUOTED = /["“”„]([^"“”„]*)(["“”„]|$)/gu;

export function parseQuery(query: string): ParsedQuery {
  const excluded = new Set<string>();
  const phrases: Phrase[] = [];
  const without: Phrase[] = [];
  const exact = new Set<string>();
  const unquoted = (part: string) =>
    part.replace(EXCLUDED, (_, space: string, word: string) => {
      const term = tokenize(word).join('').slice(0, MAX_WORD_LENGTH);
      if (term) excluded.add(term);
      return space;
    });
  let text = '';
  let at = 0;
  for (const quoted of query.matchAll(QUOTED)) {
    const closed = quoted[2] !== '';
    const open = !closed && /[\p{L}\p{N}]$/u.test(quoted[1]);
    const before = query.slice(at, quoted.index);
    at = quoted.index + quoted[0].length;
    const words = tokenize(quoted[1]).map((word) => word.slice(0, MAX_WORD_LENGTH));
    // -"a phrase" leaves out the stories that hold it; its words are not searched for.
    if (/(?:^|\s)-$/.test(before)) {
      text += unquoted(before.slice(0, -1));
      if (words.length) without.push({ words, open: false });
      continue;
    }
    // A closed phrase ends its words; an open one may end in a word still being typed.
    text += `${unquoted(before)} ${quoted[1]}${closed ? ' ' : ''}`;
    // One quoted word is found by its postings; a stop word or a letter has none in bodies, so it
    // is checked in the text like a phrase.
    if (words.length > 1 || (words.length === 1 && closed && !isIndexedBodyTerm(words[0]))) phrases.push({ words, open });
    else if (words.length === 1 && closed) exact.add(words[0]);
  }
  text += unquoted(query.slice(at));
  return { text, excluded: [...excluded], phrases, without, exact: [...exact] };
}
