import { describe, expect, it } from 'vitest';
import { mergeNames } from './merge-names.ts';

describe('mergeNames', () => {
  const given = { people: ['Jane Roe'], places: ['Georgia'], organisations: [] };

  it('adds the names found in the text after those the frontmatter gives', () => {
    const found = { people: ['John Doe'], places: ['Tbilisi'], organisations: ['UNICEF'] };
    expect(mergeNames(given, found)).toEqual({ people: ['Jane Roe', 'John Doe'], places: ['Georgia', 'Tbilisi'], organisations: ['UNICEF'] });
  });

  it('lets the frontmatter decide a name it gives, in whatever kind and spelling', () => {
    const found = { people: ['Georgia', 'JANE ROE'], places: [], organisations: [] };
    expect(mergeNames(given, found)).toEqual(given);
  });

  it('keeps the frontmatter as it is when nothing was found', () => {
    expect(mergeNames(given, undefined)).toBe(given);
  });
});
