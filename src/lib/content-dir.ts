import path from 'node:path';
import { createHash } from 'node:crypto';

/**
 * The archive's content folder: $CONTENT_DIR (relative to the project root, or absolute),
 * or `content`. Tests and benchmarks point it elsewhere to build another archive.
 */
export function contentDir(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
  return path.resolve(root, env.CONTENT_DIR || 'content');
}

export function storiesDir(env?: Record<string, string | undefined>, root?: string): string {
  return path.join(contentDir(env, root), 'stories');
}

/**
 * Astro's cache folder for a content folder: each archive keeps its own content-layer cache, so
 * building a test or benchmark archive does not throw away the cache of the real one.
 */
export function cacheDirFor(dir: string, root = process.cwd()): string {
  const key = createHash('sha256').update(dir).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules/.astro', key);
}
