// Neighbouring stop words ("one of", "which was"). Bodies are indexed without stop words, which
// say nothing about a story alone; but a quoted phrase made only of them ("which was one of")
// would then have no story to be checked in. Pairs of them are rarer, and find those stories.
import { STOPWORDS } from './normalize.ts';

/** The pairs of neighbouring words that are both stop words, as "a b". */
export function stopGrams(words: string[]): Set<string> {
  const grams = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    if (STOPWORDS.has(words[i - 1]) && STOPWORDS.has(words[i])) grams.add(`${words[i - 1]} ${words[i]}`);
  }
  return grams;
}
