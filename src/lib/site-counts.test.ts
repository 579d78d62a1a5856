import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countMismatch, missingStoryPages, siteCounts } from './site-counts.ts';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-counts-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const sitemap = (paths: string[]) => `<urlset>${paths.map((p) => `<url><loc>https://example.org/news${p}</loc></url>`).join('')}</urlset>`;

describe('site counts', () => {
  const story = '<html>story</html>';
  const files = {
    '2024/03/bridge/index.html': story,
    '2024/03/page/index.html': story, // a story whose file is page.md
    '2024/03/index.html': 'month',
    '2024/03/page/2/index.html': 'month, page 2',
    '2024/index.html': 'year',
    'topics/ice/index.html': 'topic',
    'search/manifest.0123abcd.json': JSON.stringify({ stories: 2 }),
    'sitemap-0.xml': sitemap(['/', '/2024/', '/2024/03/', '/2024/03/bridge/', '/2024/03/page/', '/2024/03/page/2/', '/topics/ice/']),
  };

  it('counts story pages, search documents and sitemap story URLs, not list pages', () => {
    expect(siteCounts(site(files))).toEqual({ storyPages: 2, searchDocuments: 2, sitemapStoryUrls: 2 });
  });

  it('agrees when every story is accounted for', () => {
    expect(countMismatch(siteCounts(site(files)), 2)).toBeNull();
  });

  it('names each count when one story is missing from the sitemap', () => {
    const counts = siteCounts(site({ ...files, 'sitemap-0.xml': sitemap(['/2024/03/bridge/']) }));
    expect(countMismatch(counts)).toBe('story pages: 2, search documents: 2, sitemap story URLs: 1');
  });

  it('names the published stories that have no page', () => {
    expect(missingStoryPages(site(files), ['/2024/03/bridge/', '/2024/03/page/'])).toEqual([]);
    expect(missingStoryPages(site(files), ['/2024/03/bridge/', '/2024/04/ferry/', '/2025/01/budget/'])).toEqual(['/2024/04/ferry/', '/2025/01/budget/']);
  });

  it('counts an empty site as a mismatch when stories were published', () => {
    expect(countMismatch({ storyPages: 0, searchDocuments: 0, sitemapStoryUrls: 0 }, 3)).toBe('published stories: 3, story pages: 0, search documents: 0, sitemap story URLs: 0');
  });
});
