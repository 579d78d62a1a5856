import path from 'node:path';

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
