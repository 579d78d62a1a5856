import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify', () => {
  it('lowercases and joins words with hyphens', () => {
    expect(slugify('Trump Orders ICE to Step Up Deportations')).toBe('trump-orders-ice-to-step-up-deportations');
  });

  it('transliterates to ASCII where it can', () => {
    expect(slugify('Gdańsk floods: Łódź responds')).toBe('gdansk-floods-lodz-responds');
    expect(slugify('Путин и Зеленский')).toBe('putin-i-zelenskiy');
  });

  it('removes characters unsafe in file names and URLs', () => {
    const slug = slugify('Salling Group A/S buys "Netto": why? <now> 100% $5 #1 \\ | *');
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug).toBe('salling-group-a-s-buys-netto-why-now-100-5-1');
  });

  it('drops apostrophes inside words', () => {
    expect(slugify('Trump’s plan isn\'t new')).toBe('trumps-plan-isnt-new');
  });

  it('cuts at a word boundary within 80 characters', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((w) => w === 'word')).toBe(true);
  });

  it('gives a title in any script a readable slug', () => {
    const slug = slugify('東京で大雨');
    expect(slug.length).toBeGreaterThan(0);
    expect(slug).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
  });

  it('returns an empty string when nothing is left', () => {
    expect(slugify('—?!')).toBe('');
  });
});
