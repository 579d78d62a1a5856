// Stories are data, not code: whatever markup a story carries, the built pages run nothing the
// site did not ship, and still show the story's words.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, fixture, htmlFiles, readPage } from '../helpers/build-site.ts';
import { attr, parseHtml, selectAll } from '../helpers/html.ts';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { cslData } from '../helpers/csl-data-schema.ts';
import { readRis } from '../helpers/citation-js.ts';

function allHtml(outDir: string): [string, string][] {
  return htmlFiles(outDir).map((f) => [f, fs.readFileSync(path.join(outDir, f), 'utf8')]);
}

describe('a hostile archive', () => {
  let out: string;
  beforeAll(async () => {
    out = await builtSite(fixture('hostile'));
  });

  it('has no script but the site’s own module scripts and JSON data', () => {
    // Parsed as a browser would: markup inside an attribute value is text, not an element.
    for (const [file, html] of allHtml(out)) {
      for (const script of selectAll('script', parseHtml(html))) {
        const src = attr(script, 'src') ?? '';
        const type = attr(script, 'type') ?? '';
        const own = type === 'module' && src.startsWith('/_astro/');
        const data = /^application\/(ld\+)?json$/.test(type);
        expect(own || data, `${file}: script type="${type}" src="${src}"`).toBe(true);
      }
    }
  });

  it('has no event-handler attribute, javascript: or data: URL, frame, object or form from a story', () => {
    for (const [file, html] of allHtml(out)) {
      const body = html.slice(html.indexOf('<main'));
      expect(body, file).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(body, file).not.toMatch(/(href|src|action)\s*=\s*"\s*(javascript|data):/i);
      expect(body, file).not.toMatch(/<(iframe|object|embed|style)\b/i);
      const forms = [...body.matchAll(/<form\b[^>]*>/gi)].map((m) => m[0]);
      for (const form of forms) expect(form, file).toContain('role="search"');
    }
  });

  it('shows markup in frontmatter as text', () => {
    const html = readPage(out, '/2024/02/script-in-body/');
    expect(html).toContain('<h1>Council minutes with a &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; in the headline</h1>');
    expect(html).toContain('&lt;script&gt;alert(&quot;tag&quot;)&lt;/script&gt;');
  });

  it('still shows the story’s words, and keeps ordinary markup', () => {
    const html = readPage(out, '/2024/02/script-in-body/');
    expect(html).toContain('This sentence must still be shown.');
    expect(html).toContain('Ordinary text inside a div.');
    expect(html).toContain('<em>emphasis</em>');
    expect(html).toContain('<a href="https://example.org/ok">a real link</a>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('alt="a picture with alt text"');
  });

  it('keeps the source’s punctuation as written', () => {
    expect(readPage(out, '/2024/03/closing-script-title/')).toContain('He said "no" -- twice...');
  });

  it('writes citation files that their readers take, with the headline as written', () => {
    const headline = 'Council minutes with a <script>alert("title")</script> in the headline';
    const file = (name: string) => fs.readFileSync(path.join(out, '2024/02/script-in-body', name), 'utf8');
    const { errors, entries } = parseBibtex(file('citation.bib'));
    expect(errors).toEqual([]);
    expect(entries[0].fields.title).toBe(headline);
    expect(readRis(file('citation.ris'))[0].title).toBe(headline);
    const csl = JSON.parse(file('citation.json'));
    expect(cslData.safeParse(csl).error).toBeUndefined();
    expect(csl[0]['container-title']).toBe('The <b>Bold</b> Gazette</script><script>alert("source")</script>');
  });

  it('delivers a strict Content Security Policy on every page', () => {
    for (const [file, html] of allHtml(out)) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, file).toBeDefined();
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
  });
});
