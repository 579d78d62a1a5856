import { describe, expect, it } from 'vitest';
import { readingStats } from './reading.ts';

describe('readingStats', () => {
  it('counts words, not punctuation between them', () => {
    expect(readingStats('The council — after a vote of 7 to 2 — approved it. “Finally,” she said …')).toEqual({ words: 14, minutes: 1 });
  });

  it('counts Chinese, Japanese and Korean by character, beside the words around them', () => {
    // 東京 (2) + 서울 (2) + 日本語のテキスト (8) + 𠀀 (1, outside the basic plane) and two words.
    expect(readingStats('東京 서울 日本語のテキスト 𠀀 mixed 123').words).toBe(15);
  });

  it('reads words in other alphabets', () => {
    expect(readingStats('Москва تهران नई दिल्ली').words).toBe(4);
  });

  it('rounds reading time up, and never below a minute', () => {
    expect(readingStats('word '.repeat(231)).minutes).toBe(2);
    expect(readingStats('').minutes).toBe(1);
    expect(readingStats('字'.repeat(1001)).minutes).toBe(3);
  });
});
