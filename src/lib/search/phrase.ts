// Whether a story holds a quoted phrase: its words side by side and in this order, in one of
// the story's texts. The index keeps no word positions (they would double its size), so the
// words are found in the story's whole text, fetched for the few stories that need the check.
import { tokenize } from './normalize.ts';
import { MAX_WORD_LENGTH } from './options.ts';
import type { Phrase } from './words.ts';

/** `texts`: the story's headline, dek and body, each searched alone (a phrase never runs from one into the next). */
export function holdsPhrase(texts: string[], phrase: Phrase): boolean {
  const { words, open } = phrase;
  const last = words.length - 1;
  // A phrase still being typed ends in the start of a word.
  const same = (token: string, i: number) => (open && i === last ? token.startsWith(words[i]) : token === words[i]);
  return texts.some((text) => {
    // Cut as the query's words are (MAX_WORD_LENGTH), so a very long word still meets itself.
    const tokens = tokenize(text).map((token) => token.slice(0, MAX_WORD_LENGTH));
    for (let start = 0; start + words.length <= tokens.length; start++) {
      let i = 0;
      while (i < words.length && same(tokens[start + i], i)) i++;
      if (i === words.length) return true;
    }
    return false;
  });
}
