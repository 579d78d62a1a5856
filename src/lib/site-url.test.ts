import { describe, expect, it } from 'vitest';
import { LOCAL_PREVIEW_URL, siteAddress, siteGivenIn } from './site-url.ts';

describe('the site address', () => {
  it('is SITE_URL when set, whatever the host says', () => {
    expect(siteAddress({ SITE_URL: 'https://news.example.org', NETLIFY: 'true', URL: 'https://x.netlify.app' })).toEqual({ url: 'https://news.example.org', from: 'SITE_URL' });
  });

  it("takes the host's own variable: Netlify, Cloudflare Pages, Vercel", () => {
    expect(siteAddress({ NETLIFY: 'true', URL: 'https://archive.netlify.app' }).url).toBe('https://archive.netlify.app');
    expect(siteAddress({ CF_PAGES_URL: 'https://abc.archive.pages.dev' }).url).toBe('https://abc.archive.pages.dev');
    expect(siteAddress({ VERCEL_PROJECT_PRODUCTION_URL: 'archive.vercel.app' }).url).toBe('https://archive.vercel.app');
  });

  it('does not take a URL variable that Netlify did not set', () => {
    expect(siteAddress({ URL: 'https://elsewhere.example' })).toEqual({ url: LOCAL_PREVIEW_URL });
  });

  it('falls back to the local preview, saying nothing named it', () => {
    expect(siteAddress({})).toEqual({ url: LOCAL_PREVIEW_URL });
  });

  it('knows --site on the command line in both spellings', () => {
    expect(siteGivenIn(['node', 'astro', 'build', '--site', 'https://a.example'])).toBe(true);
    expect(siteGivenIn(['node', 'astro', 'build', '--site=https://a.example'])).toBe(true);
    expect(siteGivenIn(['node', 'astro', 'build', '--outDir', 'site'])).toBe(false);
  });
});
