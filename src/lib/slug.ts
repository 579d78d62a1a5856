import anyAscii from 'any-ascii';

export const MAX_SLUG_LENGTH = 80;

/**
 * A URL- and file-system-safe slug: lowercase ASCII where a transliteration exists
 * ("Gdańsk" → "gdansk"), words joined by "-", at most 80 characters, cut at a word boundary.
 * Letters with no ASCII form are kept as they are, so the slug stays readable.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = (phrase: string) =>
    phrase
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’ʼ`]/g, '') // "Trump's" → "trumps", not "trump-s"
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  let parts = words(anyAscii(text));
  if (parts.length === 0) parts = words(text);
  return truncateWords(parts, maxLength);
}

function truncateWords(words: string[], maxLength: number): string {
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) return slug || word.slice(0, maxLength);
    slug = next;
  }
  return slug;
}
