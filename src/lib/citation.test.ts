import { describe, expect, it } from 'vitest';
import { citedAuthors } from './citation.ts';

describe('citation', () => {
  it('takes the byline without its "By" when no authors are listed', () => {
    expect(citedAuthors({ authors: [], byline: 'By Maria Lopez' })).toBe('Maria Lopez');
    expect(citedAuthors({ authors: [] })).toBe('');
  });
});
