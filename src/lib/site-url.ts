// The address the archive is published at. Canonical URLs, feeds, the sitemap, citations and
// structured data are all absolute, so a build that guesses it wrong publishes wrong links
// everywhere; this module owns where the address comes from.

/** Where `astro preview` (and so `npm start`) serves the site. */
export const LOCAL_PREVIEW_URL = 'http://localhost:4321';

export interface SiteAddress {
  url: string;
  /** The variable it came from; undefined when nothing named it and the local preview's is used. */
  from?: string;
}

/**
 * SITE_URL when set, or else the production address a static host tells its builds about:
 * Netlify's URL, Cloudflare Pages' CF_PAGES_URL, Vercel's VERCEL_PROJECT_PRODUCTION_URL (a host
 * name without a scheme). GitHub Pages passes it to the build as --site (see the deploy workflow).
 */
export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  if (env.SITE_URL) return { url: env.SITE_URL, from: 'SITE_URL' };
  // URL alone is too common a name to trust; Netlify also sets NETLIFY=true.
  if (env.NETLIFY === 'true' && env.URL) return { url: env.URL, from: 'URL (Netlify)' };
  if (env.CF_PAGES_URL) return { url: env.CF_PAGES_URL, from: 'CF_PAGES_URL (Cloudflare Pages)' };
  if (env.VERCEL_PROJECT_PRODUCTION_URL) {
    const host = env.VERCEL_PROJECT_PRODUCTION_URL;
    return { url: /^https?:\/\//.test(host) ? host : `https://${host}`, from: 'VERCEL_PROJECT_PRODUCTION_URL (Vercel)' };
  }
  return { url: LOCAL_PREVIEW_URL };
}

/** Whether `astro` was given the address on its command line (`--site URL` or `--site=URL`). */
export function siteGivenIn(argv: string[]): boolean {
  return argv.some((arg) => arg === '--site' || arg.startsWith('--site='));
}

/** What a build without any address is told. */
export function missingSiteWarning(): string {
  return (
    `No site address: SITE_URL is not set and no --site was given, so this build's canonical URLs, feeds, sitemap, ` +
    `citations and structured data point at ${LOCAL_PREVIEW_URL}/, which is wrong anywhere but on this machine. ` +
    'Set SITE_URL to the address the archive is served from (SITE_URL=https://news.example.org npm run build) or pass --site.'
  );
}
