// Which archive a benchmark builds: `--archive corpus` (default: the 295 real Wikinews stories),
// `--archive content` (the site's own content/), or `--archive N` (N stories generated from the
// corpus). Returns the content folder to build.
import path from 'node:path';
import { ROOT } from '../tests/helpers/build-site.ts';
import { generateArchive, writeCorpusArchive } from './generate-archive.ts';

export function archiveFor(choice: string, workDir: string): { contentDir: string; label: string } {
  if (choice === 'content') return { contentDir: path.join(ROOT, 'content'), label: 'the archive in content/' };
  const contentDir = path.join(workDir, 'content');
  if (choice === 'corpus') {
    const written = writeCorpusArchive(contentDir);
    return { contentDir, label: `the Wikinews corpus (${written.length} stories)` };
  }
  const count = Number(choice);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--archive must be corpus, content or a number of stories, not "${choice}"`);
  generateArchive(contentDir, count);
  return { contentDir, label: `${count} stories generated from the corpus` };
}
