import { describe, expect, it } from 'vitest';
import { buildSimilarIndex, MIN_SIMILARITY } from './similar-stories.ts';
import { storyTerms } from './story-terms.ts';

// Filler stories, so that no term of the ones under test is in more than a few per cent of them.
const filler = Array.from({ length: 60 }, (_, i) => [`filler${i}`, `other${i}`, `common${i % 3}`]);

describe('buildSimilarIndex', () => {
  it('finds the stories that share the rare words, most alike first', () => {
    const terms = [['volcano', 'eruption', 'iceland', 'ash', 'flight'], ['volcano', 'eruption', 'iceland', 'lava'], ['flight', 'airline', 'strike'], ['volcano', 'ash', 'cloud'], ...filler];
    const similar = buildSimilarIndex(terms).similarTo(0, 5).map((s) => s.story);
    expect(similar.slice(0, 2)).toEqual([1, 3]);
    expect(similar).not.toContain(0);
  });

  it('finds nothing alike for a story that shares no word worth sharing', () => {
    const terms = [['quokka', 'selfie'], ['budget', 'council'], ['budget', 'council', 'vote'], ...filler];
    expect(buildSimilarIndex(terms).similarTo(0, 5)).toEqual([]);
  });

  it('ignores words in so many stories that they say nothing', () => {
    const everywhere = Array.from({ length: 100 }, (_, i) => ['today', `word${i}`]);
    const index = buildSimilarIndex(everywhere);
    expect(index.similarTo(0, 5)).toEqual([]);
  });

  it('keeps only pairs alike enough to share a subject', () => {
    const terms = [['a1', 'b1', 'c1', 'd1', 'e1', 'f1', 'g1', 'h1', 'i1', 'shared'], ['a2', 'b2', 'c2', 'd2', 'e2', 'f2', 'g2', 'h2', 'i2', 'shared'], ['shared', 'a3'], ...filler];
    for (const { score } of buildSimilarIndex(terms).similarTo(0, 5)) expect(score).toBeGreaterThanOrEqual(MIN_SIMILARITY);
  });
});

describe('storyTerms', () => {
  it('gives the stems a story uses most, headline words counting more, stop words and numbers left out', () => {
    const terms = storyTerms('Volcano erupts in Iceland', '<p>The volcano erupted on 14 April. Flights were cancelled as the volcano spread ash.</p>').split(' ');
    expect(terms[0]).toBe('volcano');
    expect(terms).toEqual(expect.arrayContaining(['iceland', 'ash']));
    expect(terms).not.toContain('the');
    expect(terms).not.toContain('14');
  });
});
