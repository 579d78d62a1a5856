// What a list shows of a story that has no dek: its opening, whole sentences where they fit,
// cut at a word where the first sentence alone is too long. Taken from the first paragraph of
// the text, not a caption, a quoted passage or a table that may come before it.
import { htmlToText } from './html-text.ts';

/** `text` cut to at most `chars` characters at a word, with an ellipsis when anything was cut. */
export function cutAtWord(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.slice(0, chars);
  const space = cut.lastIndexOf(' ');
  return `${(space > chars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

// Elements whose paragraphs are not the story's own opening words.
const ASIDE = new Set(['aside', 'blockquote', 'details', 'figure', 'nav', 'table']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** The text of the first paragraph of `html` with words in it, outside figures, quotes and tables. */
export function openingParagraph(html: string): string | undefined {
  let aside = 0;
  let start = -1;
  for (const match of html.matchAll(TAG)) {
    const [whole, close, name] = match;
    const tag = name.toLowerCase();
    if (ASIDE.has(tag)) aside += close ? -1 : 1;
    else if (tag === 'p' && aside <= 0) {
      if (!close) start = match.index + whole.length;
      else if (start >= 0) {
        const text = htmlToText(html.slice(start, match.index));
        if (/[\p{L}\p{N}]/u.test(text)) return text;
        start = -1;
      }
    }
  }
  return undefined;
}

/**
 * The opening of a story for a list: the first paragraph's sentences while they fit in `chars`
 * (at least one, cut at a word if it alone is longer). `language` guides where sentences end.
 */
export function listExcerpt(html: string, language = 'en', chars = 220): string | undefined {
  const paragraph = openingParagraph(html);
  if (!paragraph) return undefined;
  if (paragraph.length <= chars) return paragraph;
  let excerpt = '';
  for (const { segment } of sentences(language).segment(paragraph)) {
    if ((excerpt + segment).trimEnd().length > chars) break;
    excerpt += segment;
  }
  return excerpt.trim() || cutAtWord(paragraph, chars);
}

const segmenters = new Map<string, Intl.Segmenter>();
function sentences(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(knownLocale(language), { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** `language` if Intl knows it; otherwise the default rules, rather than an error. */
function knownLocale(language: string): string | undefined {
  try {
    return Intl.Segmenter.supportedLocalesOf([language]).length > 0 ? language : undefined;
  } catch {
    return undefined;
  }
}
