import { createHash } from 'node:crypto';
import fs from 'node:fs';

// The cache key of a prerendered page (Astro's incremental build skips a page whose key and code
// are unchanged). A key is made from exactly the data the route hands the page, so it changes
// whenever anything the page shows could: one source of truth, no list of fields to keep in step.
// Stories are many and appear on many pages: each is hashed once and stands in by its hash.

const storyHashes = new WeakMap<object, string>();

/** A key for a page that shows `shown` (the props its route gives it, and anything else it reads). */
export function pageKey(...shown: unknown[]): string {
  return hash(serialize(shown));
}

function serialize(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Map) return { map: [...item] };
    if (item instanceof Set) return { set: [...item] };
    if (typeof item === 'function') throw new Error('a page key cannot be made from a function: key the data it reads instead');
    if (isStory(item)) return { story: storyHash(item) };
    return item;
  });
}

function storyHash(story: object): string {
  let known = storyHashes.get(story);
  if (known === undefined) {
    // A story's own fields hold no other story, so plain JSON is its whole content.
    known = hash(JSON.stringify(story));
    storyHashes.set(story, known);
  }
  return known;
}

/** A published story (src/lib/story.ts): it has an id, a path and a publication instant. */
function isStory(value: unknown): value is object {
  return typeof value === 'object' && value !== null && 'id' in value && 'path' in value && 'published' in value && 'slug' in value;
}

/** A long text (a story's HTML) as its hash, for a key: cheaper than writing it into the key's JSON. */
export function textKey(text: string | undefined): string | undefined {
  return text === undefined ? undefined : hash(text);
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * A route's paths, each keyed by what its page shows: its params and props, and what every page
 * shows (`everyPage`: the header's links, stories.ts getSiteNav), which the route must pass.
 */
export function withPageKeys<Path extends { params: unknown; props?: unknown }>(paths: Path[], everyPage: unknown): (Path & { cacheKey: string })[] {
  const shared = pageKey(everyPage);
  return paths.map((path) => ({ ...path, cacheKey: pageKey(path.params, path.props, shared) }));
}

/**
 * What a page shows of files outside its data (a story's pictures: their optimised copies are made
 * when the page renders): each file's path, size and modification time, so a replaced picture
 * changes the key. A missing file is keyed as missing.
 */
export function fileStamps(files: string[]): [string, number, number][] {
  return files.map((file) => {
    try {
      const { size, mtimeMs } = fs.statSync(file);
      return [file, size, mtimeMs];
    } catch {
      return [file, -1, -1];
    }
  });
}
