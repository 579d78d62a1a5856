// Stories at the edges of what an archive holds: a very long body, a very long headline, and
// scripts other than Latin, right to left among them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, readPage } from '../helpers/build-site.ts';

const LONG_HEADLINE = `${'Parliament debates the long-awaited reform of regional transport funding, '.repeat(4)}and votes on it today`.slice(0, 299) + '!';

function write(dir: string, name: string, frontmatter: string, body: string) {
  fs.writeFileSync(path.join(dir, 'stories', name), `---\n${frontmatter}\n---\n\n${body}\n`);
}

describe('edge-case stories', () => {
  let out: string;
  const paragraphs = Array.from({ length: 2400 }, (_, i) => `Paragraph ${i + 1} of the long report, with enough words in it to make the whole story about a megabyte of text. `.repeat(4).trim());

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-edge-'));
    fs.mkdirSync(path.join(dir, 'stories'));
    write(dir, 'a-megabyte-report.md', 'title: A megabyte report\ndate: "2023-01-05"', paragraphs.join('\n\n'));
    write(dir, 'long-headline.md', `title: "${LONG_HEADLINE}"\ndate: "2023-02-01"`, 'A short story under a long headline.');
    write(dir, 'tehran-book-fair.md', 'title: نمایشگاه کتاب تهران با حضور ناشران گشایش یافت\ndate: "2023-05-08"\nlanguage: fa', 'نمایشگاه بین‌المللی کتاب تهران امروز با حضور ناشران داخلی و خارجی گشایش یافت.');
    write(dir, 'tokyo-rain.md', 'title: 東京で記録的な大雨、交通機関に乱れ\ndate: "2023-06-02"\nlanguage: ja', '東京都心では二日、記録的な大雨となり、鉄道の運転見合わせが相次いだ。');
    out = await builtSite(dir);
  });

  it('renders every paragraph of a 1 MB story', () => {
    const bytes = paragraphs.join('\n\n').length;
    expect(bytes).toBeGreaterThan(1_000_000);
    const html = readPage(out, '/2023/01/a-megabyte-report/');
    expect(html).toContain(`<p>${paragraphs[0]}</p>`);
    expect(html).toContain(`<p>${paragraphs.at(-1)}</p>`);
    expect(html.match(/<p>Paragraph \d+ of the long report/g)).toHaveLength(paragraphs.length);
  });

  it('shows a 300-character headline whole', () => {
    expect(LONG_HEADLINE).toHaveLength(300);
    const html = readPage(out, '/2023/02/long-headline/');
    expect(html).toContain(`<h1>${LONG_HEADLINE}</h1>`);
  });

  it('marks Persian as right-to-left-capable and keeps its zero-width non-joiners', () => {
    const html = readPage(out, '/2023/05/tehran-book-fair/');
    expect(html).toMatch(/<article[^>]*lang="fa"[^>]*dir="auto"/);
    expect(html).toContain('بین‌المللی'); // with U+200C inside
  });

  it('reads Japanese with its language marked', () => {
    const html = readPage(out, '/2023/06/tokyo-rain/');
    expect(html).toMatch(/<article[^>]*lang="ja"/);
    expect(html).toContain('<h1>東京で記録的な大雨、交通機関に乱れ</h1>');
  });
});
