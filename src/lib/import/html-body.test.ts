import { describe, expect, it } from 'vitest';
import { articleTree, fragmentArticle, parseHtml } from './html-body.ts';
import { textOf } from './markdown.ts';

describe('the article in a page', () => {
  it('drops an aside however many words it holds beside a short story', () => {
    const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/n/${i}">Another headline about the harbour number ${i}</a></li>`).join('');
    const html = `<article><p>The ferry ran late on Monday because of fog over the bay.</p><aside class="related"><h3>Read more</h3><ul>${related}</ul></aside></article>`;
    const text = textOf(articleTree(fragmentArticle(parseHtml(html))));
    expect(text).toContain('The ferry ran late');
    expect(text).not.toContain('Read more');
  });
});
