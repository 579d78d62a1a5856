// The site's address: a production build without one is told what will be wrong, and a build on
// a static host that names its address takes it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, astroBuild, readPage, scratchOutDir } from '../helpers/build-site.ts';

const SMALL = path.join(ROOT, 'tests/fixtures/small');

describe('the site address', () => {
  it('warns a build that has none, naming what will be wrong and what to set', () => {
    const result = astroBuild(SMALL, scratchOutDir(), { env: { SITE_URL: '' } });
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toContain('No site address: SITE_URL is not set and no --site was given');
    expect(result.output).toContain('point at http://localhost:4321/');
  });

  it("takes Netlify's address when SITE_URL is not set, and does not warn", () => {
    const result = astroBuild(SMALL, scratchOutDir(), { env: { SITE_URL: '', NETLIFY: 'true', URL: 'https://harbour-news.netlify.app' } });
    expect(result.ok, result.output).toBe(true);
    expect(result.output).not.toContain('No site address');
    expect(readPage(result.outDir, '/rss.xml')).toContain('<link>https://harbour-news.netlify.app/</link>');
    expect(fs.readFileSync(path.join(result.outDir, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://harbour-news.netlify.app/');
    expect(readPage(result.outDir, '/')).toContain('<link rel="canonical" href="https://harbour-news.netlify.app/"');
  });

  it('does not warn when --site is given', () => {
    const result = astroBuild(SMALL, scratchOutDir(), { env: { SITE_URL: '' }, args: ['--site', 'https://news.example.org'] });
    expect(result.ok, result.output).toBe(true);
    expect(result.output).not.toContain('No site address');
  });
});
