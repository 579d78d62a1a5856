import { describe, expect, it } from 'vitest';
import { cleanPlainText, FURNITURE_LINES, isFurniture, removeStrayJoiners } from './clean.ts';

// Each rule has a fixture folder (fixtures/<case>); these pin the edges of the rules themselves.

describe('page furniture', () => {
  it('matches whole lines only, so story sentences that mention the words stay', () => {
    for (const line of ['Advertisement', 'ADVERTISEMENT', 'Share this article', 'Share on Facebook', 'Tweet', 'Image: Jo Roe.', 'Sirhan in 1969  (Image: CDCR)', '██ Labour Party - 203 seats', 'Continue reading the main story', '8:09']) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const line of ['The advertisement ran for a week.', 'Share prices fell.', 'Continue reading the main story of the week below.', 'At 8:09 the train left.', 'She posted an image: a cat on a roof, which went viral across every platform within hours of being shared widely.']) {
      expect(isFurniture(line), line).toBe(false);
    }
    expect(FURNITURE_LINES.length).toBeGreaterThan(0);
  });

  it('removes a trailing "Advertisement" with no newline after it', () => {
    expect(cleanPlainText('One.\nTwo.\nAdvertisement')).toEqual([['One.'], ['Two.']]);
  });

  it('keeps a dateline when the story has no date to compare it with', () => {
    expect(cleanPlainText('Friday, January 4, 2019\n\nText.')).toEqual([['Friday, January 4, 2019'], ['Text.']]);
  });
});

describe('invisible joiners', () => {
  it('keeps joiners that shape a word and removes those that join nothing', () => {
    expect(removeStrayJoiners('می\u200Cشود')).toBe('می\u200Cشود'); // Persian ZWNJ
    expect(removeStrayJoiners('अन्\u200Dत')).toBe('अन्\u200Dत'); // Devanagari half form
    expect(removeStrayJoiners('👩\u200D👧')).toBe('👩\u200D👧'); // emoji sequence
    expect(removeStrayJoiners('Wikinews\u200D\'s')).toBe("Wikinews's");
    expect(removeStrayJoiners('Russian: \u200DСвою')).toBe('Russian: Свою');
    expect(removeStrayJoiners('ab\u200Ccd')).toBe('abcd'); // Latin letters need no joiner
    expect(removeStrayJoiners('\uFEFFtext')).toBe('text');
  });
});
