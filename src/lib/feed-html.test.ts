import { describe, expect, it } from 'vitest';
import { feedHtml } from './feed-html.ts';

const PAGE = 'https://example.org/news/2024/05/pumps/';

describe('a story body for a feed', () => {
  it('makes links and pictures absolute, against the story’s own page', () => {
    const html = feedHtml(
      '<p><a href="/news/2024/04/tides/">tides</a>, <a href="notes/">notes</a>, <a href="#fn-1">1</a>, <a href="https://other.example/x">elsewhere</a></p>' +
        '<img src="/news/_astro/pump.abc.webp" srcset="/news/_astro/pump.a.webp 608w, /news/_astro/pump.b.webp 828w" alt="A pump">' +
        '<blockquote cite="/news/quotes/"><p>q</p></blockquote>',
      PAGE,
    );
    expect(html).toContain('href="https://example.org/news/2024/04/tides/"');
    expect(html).toContain('href="https://example.org/news/2024/05/pumps/notes/"');
    expect(html).toContain('href="https://example.org/news/2024/05/pumps/#fn-1"');
    expect(html).toContain('href="https://other.example/x"');
    expect(html).toContain('src="https://example.org/news/_astro/pump.abc.webp"');
    expect(html).toContain('srcset="https://example.org/news/_astro/pump.a.webp 608w, https://example.org/news/_astro/pump.b.webp 828w"');
    expect(html).toContain('cite="https://example.org/news/quotes/"');
    expect(html).not.toMatch(/(href|src|cite)="\//);
  });

  it('leaves out what only the site’s layout reads', () => {
    const html = feedHtml('<img src="/a.webp" sizes="(min-width: 640px) 608px, 100vw" data-astro-image="constrained" data-astro-image-pos="center" alt="A" width="800" height="500">', PAGE);
    expect(html).toBe('<img src="https://example.org/a.webp" alt="A" width="800" height="500">');
  });

  it('keeps the words and markup, and leaves out what XML 1.0 forbids', () => {
    const html = feedHtml('<p>Pum\x01ps &amp; <em>valves</em>\vfailed\uFFFE &lt;3 ]]&gt;</p>', PAGE);
    expect(html).toBe('<p>Pumps &#x26; <em>valves</em> failed &#x3C;3 ]]></p>');
  });
});
