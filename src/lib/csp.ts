/**
 * The archive's Content Security Policy. Every page carries it as a <meta> tag, so any static
 * host serves it; public/_headers repeats it as a header for hosts that read that file, adding
 * what only a header can say. Scripts and styles come only from the site's own files (nothing is
 * inlined), so the policy is the same for every page and needs no per-page hashes.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Directives a <meta> policy cannot carry; hosts that set headers add them. */
export const HEADER_ONLY_POLICY = ["frame-ancestors 'none'"].join('; ');
