import { describe, expect, it } from 'vitest';
import { stem } from './stem.ts';

describe('light English stemming', () => {
  it('brings plural, past, -ing and -ion forms of a word together', () => {
    for (const word of ['elect', 'elected', 'electing', 'election', 'elections']) expect(stem(word), word).toBe('elect');
    for (const word of ['protest', 'protests', 'protested', 'protesting']) expect(stem(word), word).toBe('protest');
    expect(stem('countries')).toBe(stem('country'));
    expect(stem('stopped')).toBe('stop');
    for (const word of ['declare', 'declares', 'declared', 'declaring']) expect(stem(word), word).toBe('declar');
    for (const word of ['police', 'policed', 'policing']) expect(stem(word), word).toBe('polic');
  });

  it('keeps apart words that only look alike', () => {
    expect(stem('station')).not.toBe(stem('states'));
    expect(stem('news')).not.toBe(stem('new'));
    expect(stem('mission')).not.toBe(stem('miss'));
    for (const word of ['press', 'crisis', 'bus', 'lion', 'million']) expect(stem(word), word).toBe(word);
  });

  it('leaves words of other scripts, numbers and short words as they are', () => {
    for (const word of ['نمایشگاه', 'covid19', 'g7', 'ice', 'gdańsk']) expect(stem(word), word).toBe(word);
  });
});
