import { describe, expect, it } from 'vitest';
import { normalize, tokenize } from './normalize.ts';
import { queryWords, shardKeysFor } from './words.ts';

describe('normalize and tokenize', () => {
  it('folds case, accents, special letters and quote styles', () => {
    expect(normalize('Gdańsk')).toBe('gdansk');
    expect(normalize('Łódź')).toBe('lodz');
    expect(normalize('Straße')).toBe('strasse');
    expect(tokenize('Trump’s “invasion” — O’Brien’s ICE')).toEqual(['trump', 'invasion', 'obrien', 'ice']);
    expect(tokenize("Trump's")).toEqual(tokenize('Trump’s'));
  });

  it('keeps numbers and non-Latin words', () => {
    expect(tokenize('4,000 troops in 2025')).toEqual(['4', '000', 'troops', 'in', '2025']);
    expect(tokenize('نمایشگاه کتاب')).toEqual(['نمایشگاه', 'کتاب']);
  });
});

describe('query words', () => {
  it('drops stop words unless nothing else is left, and one-letter words', () => {
    expect(queryWords('the floods in Gdańsk')).toEqual(['floods', 'gdansk']);
    expect(queryWords('The Who')).toEqual(['the', 'who']);
    expect(queryWords('a b')).toEqual([]);
    expect(queryWords('floods floods FLOODS')).toEqual(['floods']);
  });

  it('finds the dictionary shards that can hold a word', () => {
    const keys = ['a', 'd', 'de', 'dea', 'dep', 'x'];
    expect(shardKeysFor('deportation', keys)).toEqual(['dep']);
    expect(shardKeysFor('de', keys)).toEqual(['de', 'dea', 'dep']);
    expect(shardKeysFor('apple', keys)).toEqual(['a']);
    expect(shardKeysFor('zebra', keys)).toEqual([]);
  });
});
