// Astro keeps a story's parsed frontmatter and rendered HTML between builds and reads the file
// again only when the file changes. It starts afresh when the content config file or Astro's own
// config changes, but not when code that file imports does: a new schema field or markdown step
// would reach only stories edited since. This digest covers that code, so the loader can start
// afresh when it changes (story-loader.ts).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Source files under `dir`, tests left out, in a fixed order. */
function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mjs|js)$/.test(name) && !/\.test\.ts$/.test(name) && !name.split(path.sep).includes('fixtures'))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * A digest of what turns a story file into stored data: the project's library code (schema,
 * loader, markdown steps) and the installed packages' versions (the lockfile).
 */
export function contentCodeDigest(root: string): string {
  const hash = createHash('sha256');
  for (const file of [...sources(path.join(root, 'src/lib')), path.join(root, 'src/content.config.ts'), path.join(root, 'package-lock.json')]) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('base64url');
}
