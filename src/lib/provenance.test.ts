import { describe, expect, it } from 'vitest';
import { makeStories } from '../../tests/helpers/stories.ts';
import { provenanceFacts } from './provenance.ts';

const day = (date: string) => `day ${date.slice(0, 10)}`;

describe('provenanceFacts', () => {
  it('gives the original, every date, how the copy came in, its versions and license', () => {
    const [story] = makeStories([
      {
        slug: 'bridge',
        date: '2024-03-12',
        updated: '2024-03-13',
        archived: '2024-03-14T08:00:00Z',
        source: 'Harbour Herald',
        url: 'https://news.example.org/bridge',
        license: 'CC BY 4.0',
        imported: { at: '2024-03-14T09:00:00Z', format: 'warc', file: 'crawl.warc.gz', record: '<urn:uuid:1>' },
        versions: [{ archived: '2024-03-12T10:00:00Z', title: 'Bridge', body: 'Old words.' }],
      },
    ]);
    expect(provenanceFacts(story, day, '/2024/03/bridge/changes/').map(({ label, text, after, href }) => [label, `${text}${after ?? ''}`, href])).toEqual([
      ['Original', 'Read the original at Harbour Herald', 'https://news.example.org/bridge'],
      ['Published', 'day 2024-03-12', undefined],
      ['Updated', 'day 2024-03-13', undefined],
      ['Archived', 'day 2024-03-14', undefined],
      ['Imported', 'day 2024-03-14 from a web archive (WARC), crawl.warc.gz, record <urn:uuid:1>', undefined],
      ['Versions', '2 texts: see what changed', '/2024/03/bridge/changes/'],
      ['License', 'CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/'],
      ['Length', `${story.words} words`, undefined],
    ]);
  });

  it('says what is not known rather than leaving it out, and invents nothing', () => {
    const [story] = makeStories([{ slug: 'bare', date: '2024-03-12' }]);
    expect(provenanceFacts(story, day).map((fact) => fact.label)).toEqual(['Source', 'Published', 'Length']);
    expect(provenanceFacts(story, day)[0].text).toBe('Not recorded');
  });
});
