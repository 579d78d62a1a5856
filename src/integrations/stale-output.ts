import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleFiles, type OutputFile } from '../lib/stale-output.ts';

/**
 * Deletes what an earlier build left in the output folder that this build did not produce (the
 * folder is not emptied first: see src/lib/stale-output.ts). Listed before the count check, which
 * must count this build's pages only.
 */
export function staleOutput(): AstroIntegration {
  let started = 0;
  return {
    name: 'clippings:stale-output',
    hooks: {
      'astro:config:done': () => {
        // Before the build writes anything to the output folder.
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const stale = staleFiles(outputFiles(outDir), kept, started);
        for (const file of stale) fs.rmSync(file, { force: true });
        removeEmptyFolders(outDir);
        if (stale.length > 0) logger.info(`removed ${stale.length} file${stale.length === 1 ? '' : 's'} an earlier build left and this one did not write`);
      },
    },
  };
}

function outputFiles(outDir: string): OutputFile[] {
  const files: OutputFile[] = [];
  for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.push({ file, mtimeMs: fs.statSync(file).mtimeMs });
  }
  return files;
}

function removeEmptyFolders(folder: string): boolean {
  let empty = true;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(path.join(folder, entry.name))) fs.rmdirSync(path.join(folder, entry.name));
    else empty = false;
  }
  return empty;
}
