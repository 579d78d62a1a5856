import { describe, expect, it } from 'vitest';
import { indexTerms, normalize, tokenize } from './normalize.ts';
import { joinedForms, parseQuery, queryWords, shardKeysFor } from './words.ts';
import { typedFragment } from './fragment.ts';

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

describe('terms as readers write them', () => {
  it('indexes a hyphenated word by its parts and joined, but not words around a dash', () => {
    expect(indexTerms('An anti-Brexit march')).toEqual(['an', 'anti', 'brexit', 'antibrexit', 'march']);
    expect(indexTerms('COVID‑19 and a state-of-the-art ward')).toEqual(['covid', '19', 'covid19', 'and', 'a', 'state', 'of', 'the', 'art', 'stateoftheart', 'ward']);
    expect(indexTerms('from 2019–2020, then – later')).toEqual(['from', '2019', '2020', 'then', 'later']);
  });

  it('joins neighbouring query words two and three at a time', () => {
    expect(joinedForms('out of control')).toEqual(['outof', 'ofcontrol', 'outofcontrol']);
    expect(joinedForms('floods')).toEqual([]);
  });

  it('knows the word still being typed, and whether the query searches it', () => {
    expect(typedFragment('Magnitogorsk ap', queryWords('Magnitogorsk ap'))).toEqual({ word: 'ap', soft: false });
    expect(typedFragment('floods in', queryWords('floods in'))).toEqual({ word: 'in', soft: true });
    expect(typedFragment('Wikinews a', queryWords('Wikinews a'))).toEqual({ word: 'a', soft: true });
    expect(typedFragment('floods ', queryWords('floods '))).toBeUndefined();
    expect(typedFragment('"floods"', queryWords('"floods"'))).toBeUndefined();
  });
});

describe('exclusions and quotes', () => {
  it('takes a word after a minus sign out of the search, never a hyphen inside a word', () => {
    expect(parseQuery('floods -weather')).toMatchObject({ text: 'floods ', excluded: ['weather'] });
    expect(parseQuery('-anti-Brexit protest -Weather')).toMatchObject({ text: ' protest ', excluded: ['antibrexit', 'weather'] });
    expect(parseQuery('anti-Brexit march')).toMatchObject({ text: 'anti-Brexit march', excluded: [] });
    expect(parseQuery('floods - weather')).toMatchObject({ text: 'floods - weather', excluded: [] });
  });

  it('reads quoted words as a phrase, still searched word by word', () => {
    const closed = parseQuery('"Talks broke down" -strike');
    expect(closed.text.trim()).toBe('Talks broke down');
    expect(closed).toEqual({
      text: closed.text,
      excluded: ['strike'],
      phrases: [{ words: ['talks', 'broke', 'down'], open: false }],
      without: [],
      exact: [],
    });
    // Curly quotes; a minus sign inside quotes is part of the phrase, not an exclusion.
    expect(parseQuery('union “pay -deal” vote')).toMatchObject({ excluded: [], phrases: [{ words: ['pay', 'deal'], open: false }] });
    // Still being typed: no closing quote, and the text ends in the half-typed word.
    const open = parseQuery('strike "talks broke do');
    expect(open).toMatchObject({ phrases: [{ words: ['talks', 'broke', 'do'], open: true }] });
    expect(typedFragment(open.text, queryWords(open.text))).toEqual({ word: 'do', soft: true });
    // One quoted word is that word as written.
    expect(parseQuery('"Neandertal" skull')).toMatchObject({ phrases: [], exact: ['neandertal'] });
    // A minus sign before quotes leaves the phrase out, and its words are not searched for.
    const left = parseQuery('harbour -"harbour wall"');
    expect(left).toMatchObject({ phrases: [], without: [{ words: ['harbour', 'wall'], open: false }], excluded: [] });
    expect(left.text.trim()).toBe('harbour');
  });
});
