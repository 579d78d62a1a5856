// Builds from one checkout may be started at once (tests, a benchmark, npm start). They share the
// project's .astro/ folder (the content sync's list of pictures; the staging of builds into folders
// outside the project, deleted when done): they must take turns, not break each other.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cleanEnv, copyFixture } from '../helpers/build-site.ts';
import { cacheDirFor } from '../../src/lib/content-dir.ts';
import { siteCounts } from '../../src/lib/site-counts.ts';

function build(contentDir: string, outDir: string): Promise<{ status: number | null; output: string }> {
  const child = spawn(path.join(ROOT, 'node_modules/.bin/node'), [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: cleanEnv({ CONTENT_DIR: contentDir }),
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })));
}

describe('two builds at once', () => {
  it('of two archives into folders outside the project both write their whole site', async () => {
    // Three copies of one archive: their builds reach the staging step together, where they clash.
    const archives = [copyFixture('small'), copyFixture('small'), copyFixture('small')];
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-parallel-'));
    const results = await Promise.all(archives.map((dir, i) => build(dir, path.join(out, `site-${i}`))));
    for (const [i, result] of results.entries()) {
      expect(result.status, result.output).toBe(0);
      expect(siteCounts(path.join(out, `site-${i}`)).storyPages).toBe(3);
    }
    for (const dir of [out, ...archives, ...archives.map((dir) => cacheDirFor(dir, ROOT))]) fs.rmSync(dir, { recursive: true, force: true });
  });
});
