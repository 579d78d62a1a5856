// Reading speed: about 230 words a minute in alphabetic scripts; Chinese, Japanese and Korean
// are counted by character at about 500 a minute, since they do not separate words with spaces.
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
// Every block those scripts live in (and all of the astral planes): a text with none of these,
// as most stories are, skips the slower search by script.
const MAYBE_CJK = /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\ud800-\udbff\uf900-\ufaff\uff00-\uffef]/;
const WORD = /[A-Za-z0-9]|[\p{L}\p{N}]/u;

/** Words in a story's text (see htmlToText) and minutes to read it. */
export function readingStats(prose: string): { words: number; minutes: number } {
  const cjk = MAYBE_CJK.test(prose) ? (prose.match(CJK)?.length ?? 0) : 0;
  let words = 0;
  for (const chunk of (cjk ? prose.replace(CJK, ' ') : prose).split(/\s+/)) if (WORD.test(chunk)) words++;
  const minutes = Math.max(1, Math.ceil(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
  return { words: words + cjk, minutes };
}
