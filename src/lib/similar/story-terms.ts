import { htmlToText } from '../html-text.ts';
import { STOPWORDS, tokenize } from '../search/normalize.ts';
import { stem } from '../search/stem.ts';

// What a story is about in words, for finding stories like it (similar-stories.ts): the stems it
// uses most, headline words counting three times. Worked out where the story is rendered and kept
// with its text, like its names (names/story-names.ts), so a build only compares them.

/** How many of a story's commonest stems are kept. */
export const STORY_TERMS = 24;

/** How much of the text is read: the opening says what a story is about. */
const TEXT_LIMIT = 4000;

function counted(terms: Map<string, number>, text: string, weight: number): void {
  for (const word of tokenize(text)) {
    if (word.length < 3 || STOPWORDS.has(word) || /\d/.test(word)) continue;
    const key = stem(word);
    terms.set(key, (terms.get(key) ?? 0) + weight);
  }
}

/** The story's commonest stems, commonest first, as one space-separated string (compact in the content store). */
export function storyTerms(title: unknown, html: string): string {
  const terms = new Map<string, number>();
  counted(terms, typeof title === 'string' ? title : '', 3);
  counted(terms, htmlToText(html).slice(0, TEXT_LIMIT), 1);
  return [...terms]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, STORY_TERMS)
    .map(([term]) => term)
    .join(' ');
}
