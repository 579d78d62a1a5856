import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listOutput, sameListing, staleFiles, type FileStamp } from '../lib/output-listing.ts';

/**
 * Keeps the output folder between builds when, and only when, it is exactly what this archive's
 * last successful build left there: the same files with the same sizes and modification times
 * (recorded in the archive's cache folder). Then the pages an incremental build does not render
 * again stay in place instead of being deleted and copied back from the cache, and what this
 * build did not produce is deleted afterwards. Any other folder (another archive's build, one
 * touched by hand, a build that failed, `--force`) is emptied as Astro always does.
 *
 * Two integrations: `prune` before the count check (which must count this build's pages only),
 * `record` after it, so only a build that passed it is recorded.
 *
 * What this build produced is told by modification times: every file Astro, Vite and the sitemap
 * write, and every file copied from public/, is written anew each build, and a picture size left
 * in place has its times renewed (kept-picture-sizes.ts). A producer that skipped an unchanged
 * file would see it removed; the incremental build test compares the whole folder with a cold
 * build's and fails on that.
 */
export function keptOutput(): { prune: AstroIntegration; record: AstroIntegration } {
  let record = '';
  let outDir = '';
  let before: Map<string, FileStamp> | undefined;
  // The folder as prune left it, for record (the count check between them only reads).
  let after: Map<string, FileStamp> | undefined;
  return {
    prune: {
      name: 'clippings:kept-output',
      hooks: {
        'astro:config:setup': ({ command, config, updateConfig, logger }) => {
          if (command !== 'build') return;
          outDir = fileURLToPath(config.outDir);
          record = path.join(fileURLToPath(config.cacheDir), 'clippings-output.json');
          const last = readRecord(record);
          // Gone from the start: a build that fails leaves a folder no record vouches for.
          fs.rmSync(record, { force: true });
          if (!last || last.outDir !== outDir || process.argv.includes('--force')) return;
          const listing = listOutput(outDir);
          if (!sameListing(listing, last.files)) {
            logger.info(`${outDir} changed since the last build (or holds another build's files): it is emptied`);
            return;
          }
          before = listing;
          updateConfig({ vite: { build: { emptyOutDir: false } } });
        },
        'astro:build:done': ({ dir, assets, logger }) => {
          if (!before) return;
          const root = fileURLToPath(dir);
          const pages = new Set([...assets.values()].flat().map((url) => path.relative(root, fileURLToPath(url)).split(path.sep).join('/')));
          after = listOutput(root);
          const stale = staleFiles(before, after, pages);
          for (const name of stale) {
            fs.rmSync(path.join(root, name), { force: true });
            after.delete(name);
          }
          removeEmptyFolders(root);
          logger.info(`kept the last build's output folder; removed ${stale.length} file${stale.length === 1 ? '' : 's'} this build did not produce`);
        },
      },
    },
    record: {
      name: 'clippings:kept-output-record',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const files = [...(after ?? listOutput(fileURLToPath(dir)))];
          fs.mkdirSync(path.dirname(record), { recursive: true });
          fs.writeFileSync(record, JSON.stringify({ outDir, files }));
        },
      },
    },
  };
}

function readRecord(file: string): { outDir: string; files: Map<string, FileStamp> } | undefined {
  try {
    const { outDir, files } = JSON.parse(fs.readFileSync(file, 'utf8')) as { outDir: string; files: [string, FileStamp][] };
    return { outDir, files: new Map(files) };
  } catch {
    return undefined;
  }
}

function removeEmptyFolders(folder: string, top = true): boolean {
  let empty = true;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    // A .git folder is not the build's (see listOutput), and git keeps empty folders in it.
    if (entry.isDirectory() && !(top && entry.name === '.git') && removeEmptyFolders(path.join(folder, entry.name), false)) {
      fs.rmdirSync(path.join(folder, entry.name));
    } else empty = false;
  }
  return empty;
}
