import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapPath } from '../lib/urls.ts';

// An endpoint rather than a file in public/, so the sitemap's address follows `site` and `base`.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapPath(), site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
