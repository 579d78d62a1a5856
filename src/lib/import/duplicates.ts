import { createHash } from 'node:crypto';

// A story is already in the archive when it has the same original URL, or the same words in the
// same order: markup, escapes, case, punctuation and spacing do not count.

/** The URL with what does not change the page left out: scheme, "www.", fragment, a final "/". */
export function urlKey(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const pathname = parsed.pathname.replace(/\/+$/, '');
  return `${host}${pathname}${parsed.search}`;
}

/** A fingerprint of the body's words. */
export function bodyKey(markdown: string): string | undefined {
  const words = markdown
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\\(?=[\p{P}\p{S}])/gu, '')
    .replace(/&#x[0-9a-f]+;|&#\d+;/g, ' ')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
  return words ? createHash('sha256').update(words).digest('hex') : undefined;
}

/** The stories already known, by URL and by body, each with the file that holds it. */
export class DuplicateIndex {
  private byUrl = new Map<string, string>();
  private byBody = new Map<string, string>();

  add(file: string, story: { url?: string; markdown: string }): void {
    const url = urlKey(story.url);
    const body = bodyKey(story.markdown);
    if (url && !this.byUrl.has(url)) this.byUrl.set(url, file);
    if (body && !this.byBody.has(body)) this.byBody.set(body, file);
  }

  /** Why the story is a duplicate, naming the file that has it, or null. */
  find(story: { url?: string; markdown: string }): string | null {
    const url = urlKey(story.url);
    const byUrl = url && this.byUrl.get(url);
    if (byUrl) return `the same original URL is already in ${byUrl}`;
    const body = bodyKey(story.markdown);
    const byBody = body && this.byBody.get(body);
    if (byBody) return `the same story text is already in ${byBody}`;
    return null;
  }
}
