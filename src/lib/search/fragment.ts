// The word a reader is still typing. Results update at every keystroke, so the last word of a
// query is often half a word ("Magnitogorsk ap"): it is matched as the start of a word, and a
// story the earlier words found keeps its place while the reader types on.
import { tokenize } from './normalize.ts';
import type { StoryDoc } from './format.ts';
import { FIELD } from './options.ts';

export interface Fragment {
  /** The half-typed word, normalized. */
  word: string;
  /**
   * A fragment the query's words leave out (one letter, or a stop word such as "in" that may
   * be the start of "India"): it narrows the results only if some story still matches it.
   */
  soft: boolean;
}

/**
 * The last word of `query` when the reader may still be typing it (the query does not end in a
 * space or punctuation), or undefined. `words` are the query's searched words (queryWords).
 */
export function typedFragment(query: string, words: string[]): Fragment | undefined {
  if (!/[\p{L}\p{N}]$/u.test(query)) return undefined;
  const word = tokenize(query).at(-1);
  if (!word) return undefined;
  return { word, soft: words.at(-1) !== word };
}

/** Where a result's shown fields (headline, topics, dek or opening) have a word that starts with `prefix`, as FIELD bits. */
export function fieldsStartingWith(doc: StoryDoc, prefix: string): number {
  const starts = (text: string) => tokenize(text).some((term) => term.startsWith(prefix));
  return (starts(doc.headline) ? FIELD.headline : 0) | (doc.topics.some(starts) ? FIELD.topic : 0) | (starts(doc.text) ? FIELD.body : 0);
}
