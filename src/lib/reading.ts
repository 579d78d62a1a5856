// Reading speed: about 230 words a minute in alphabetic scripts; Chinese, Japanese and Korean
// are counted by character at about 500 a minute, since they do not separate words with spaces.
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Words in a markdown body (link targets and markup left out) and minutes to read it. */
export function readingStats(markdown: string): { words: number; minutes: number } {
  const prose = markdown
    .replace(/\]\([^)]*\)/g, ']') // link targets are not read
    .replace(/<[^>]+>/g, ' ');
  const cjk = prose.match(CJK)?.length ?? 0;
  const words = prose.replace(CJK, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const minutes = Math.max(1, Math.ceil(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
  return { words: words + cjk, minutes };
}
