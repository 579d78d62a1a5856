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

/** What the archive holds of a story being imported. */
export type Match =
  /** Nothing: a new story. */
  | { kind: 'new' }
  /** The same words (in this or an earlier version), or the same words at another address: nothing to do. */
  | { kind: 'duplicate'; reason: string }
  /** The same original URL with other words: the original was edited, and `file` gets a new version. */
  | { kind: 'changed'; file: string };

/** The stories already known, by URL and by body (every version's), each with the file that holds it. */
export class DuplicateIndex {
  /** Files are kept as given (absolute paths); `name` turns one into how messages show it. */
  private readonly name: (file: string) => string;
  constructor(name: (file: string) => string = (file) => file) {
    this.name = name;
  }

  private byUrl = new Map<string, { file: string; bodies: Set<string> }>();
  private byBody = new Map<string, string>();

  /** `versions`: the bodies of the story's earlier versions, which a re-import of an old copy matches too. */
  add(file: string, story: { url?: string; markdown: string; versions?: string[] }): void {
    const url = urlKey(story.url);
    const bodies = [story.markdown, ...(story.versions ?? [])].map(bodyKey).filter((key): key is string => key !== undefined);
    if (url) {
      const known = this.byUrl.get(url);
      if (!known) this.byUrl.set(url, { file, bodies: new Set(bodies) });
      else if (known.file === file) for (const body of bodies) known.bodies.add(body);
    }
    for (const body of bodies) if (!this.byBody.has(body)) this.byBody.set(body, file);
  }

  /** Whether the story is new, already here, or a changed text of a story here. */
  match(story: { url?: string; markdown: string }): Match {
    const url = urlKey(story.url);
    const body = bodyKey(story.markdown);
    const sameUrl = url ? this.byUrl.get(url) : undefined;
    if (sameUrl) {
      return body === undefined || sameUrl.bodies.has(body)
        ? { kind: 'duplicate', reason: `the same original URL, with the same words, is already in ${this.name(sameUrl.file)}` }
        : { kind: 'changed', file: sameUrl.file };
    }
    const byBody = body && this.byBody.get(body);
    if (byBody) return { kind: 'duplicate', reason: `the same story text is already in ${this.name(byBody)}` };
    return { kind: 'new' };
  }
}
