import { describe, expect, it } from 'vitest';
import { makeStories } from '../../tests/helpers/stories.ts';
import { citation, citedAuthors } from './citation.ts';

describe('citation', () => {
  it('names authors, headline, source, date, original and the archived copy', () => {
    const [story] = makeStories([
      {
        slug: 'bridge',
        title: 'Harbour bridge reopens',
        date: '2024-03-12',
        authors: ['Maria Lopez', 'Sam Roe', 'Ana Li'],
        source: 'The Evening Ledger',
        url: 'https://example.org/bridge',
        archived: '2024-04-01',
      },
    ]);
    expect(citation(story, 'https://archive.example/2024/03/bridge/', 'Clippings')).toBe(
      'Maria Lopez, Sam Roe and Ana Li. “Harbour bridge reopens.” The Evening Ledger, 12 March 2024. ' +
        'https://example.org/bridge. Clippings: https://archive.example/2024/03/bridge/ (archived 1 April 2024).',
    );
  });

  it('leaves out what is not known and keeps a headline’s own punctuation', () => {
    const [story] = makeStories([{ slug: 'q', title: 'Who pays?', date: '2024-03-12' }]);
    expect(citation(story, 'https://a.example/q/', 'Clippings')).toBe('“Who pays?” 12 March 2024. Clippings: https://a.example/q/.');
  });

  it('takes the byline without its "By" when no authors are listed', () => {
    expect(citedAuthors({ authors: [], byline: 'By Maria Lopez' })).toBe('Maria Lopez');
    expect(citedAuthors({ authors: [] })).toBe('');
  });
});
