import { describe, expect, it } from 'vitest';
import { makeStories } from '../../../tests/helpers/stories.ts';
import { CITATION_FILES, storyCitations } from './formats.ts';
import { workOf } from './test-helpers.ts';

describe('what a story page offers', () => {
  it('shows APA, MLA and Chicago (bibliography and note), and links the three files beside the page', () => {
    const [story] = makeStories([{ slug: 'bridge', title: 'Bridge reopens', date: '2024-03-12' }]);
    const { styles, files } = storyCitations(workOf({ slug: 'bridge', title: 'Bridge reopens', date: '2024-03-12' }), story);
    expect(styles.map((style) => [style.name, style.forms.map((form) => form.label)])).toEqual([
      ['APA 7', [undefined]],
      ['MLA 9', [undefined]],
      ['Chicago 17 (notes and bibliography)', ['Bibliography', 'Note']],
    ]);
    expect(files).toEqual([
      { label: 'BibTeX', href: '/2024/03/bridge/citation.bib', type: 'text/x-bibtex' },
      { label: 'RIS', href: '/2024/03/bridge/citation.ris', type: 'application/x-research-info-systems' },
      { label: 'CSL-JSON', href: '/2024/03/bridge/citation.json', type: 'application/vnd.citationstyles.csl+json' },
    ]);
  });

  it('gives each file a body from the cited work', () => {
    const work = workOf({ title: 'Bridge reopens', date: '2024-03-12' });
    const [bib, ris, json] = CITATION_FILES.map((format) => format.body(work));
    expect(bib).toMatch(/^@article\{clippings2024bridge,\n/);
    expect(ris).toMatch(/^TY {2}- NEWS\r\n/);
    expect(JSON.parse(json)[0].title).toBe('Bridge reopens');
  });
});
