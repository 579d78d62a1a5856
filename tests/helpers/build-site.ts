// Builds a fixture archive with the real `astro build`, into a temp folder, once per fixture and
// options: test files that need the same site share one build (the lock file lets parallel
// workers wait for it rather than build it twice).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { cacheDirFor } from '../../src/lib/content-dir.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildOptions {
  /** Extra `astro build` arguments, e.g. ['--base', '/news/']. */
  args?: string[];
  env?: Record<string, string>;
  /** Keep the archive's cache folder after the build, for a rebuild to use (incremental builds). */
  keepCache?: boolean;
}

export interface BuildResult {
  ok: boolean;
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * The environment for a child build: Vitest exports its own import.meta.env (BASE_URL, MODE,
 * NODE_ENV=test, …) into process.env, and Astro would take them for the site's settings.
 */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VITEST|VITE_)|^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST)$/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/**
 * Where test builds write. Astro stages a build's server code beside its output only when the
 * output lies inside the working folder, and otherwise in the project's shared .astro/ folder,
 * where two builds running at once would overwrite each other. So every test build writes inside
 * the project, each to a folder of its own.
 */
const SITES_ROOT = () => process.env.CLIPPINGS_TEST_SITES ?? path.join(ROOT, 'node_modules/.cache/clippings-test-sites');

/** A new, empty output folder for one build. */
export function scratchOutDir(): string {
  fs.mkdirSync(SITES_ROOT(), { recursive: true });
  return path.join(fs.mkdtempSync(path.join(SITES_ROOT(), 'build-')), 'dist');
}

/** Run `astro build` on a content folder into `outDir` and report what it printed. */
export function astroBuild(contentDir: string, outDir: string, options: BuildOptions = {}): BuildResult {
  if (!path.resolve(outDir).startsWith(`${ROOT}${path.sep}`)) {
    throw new Error(`test builds must write inside the project (use scratchOutDir()), not to ${outDir}`);
  }
  const run = spawnSync(NODE, [ASTRO, 'build', '--outDir', outDir, ...(options.args ?? [])], {
    cwd: ROOT,
    env: cleanEnv({ CONTENT_DIR: contentDir, ...options.env }),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // Colour codes would split the text a test looks for.
  // A temp archive's content-layer cache would only pile up in node_modules/.astro.
  if (path.resolve(contentDir).startsWith(os.tmpdir()) && !options.keepCache) fs.rmSync(cacheDirFor(path.resolve(contentDir), ROOT), { recursive: true, force: true });
  const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
  return { ok: run.status === 0, status: run.status, output, outDir };
}

function builtSiteDir(contentDir: string, options: BuildOptions): string {
  const key = createHash('sha256')
    .update(JSON.stringify([path.resolve(contentDir), options]))
    .digest('hex')
    .slice(0, 12);
  return path.join(SITES_ROOT(), key);
}

/**
 * The built site for a content folder, building it if this test run has not already.
 * Throws with astro's own output when the build fails.
 */
export async function builtSite(contentDir: string, options: BuildOptions = {}): Promise<string> {
  const dir = builtSiteDir(contentDir, options);
  const outDir = path.join(dir, 'dist');
  const done = path.join(dir, 'done');
  const lock = path.join(dir, 'lock');
  fs.mkdirSync(dir, { recursive: true });
  for (;;) {
    if (fs.existsSync(done)) return outDir;
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (fs.existsSync(done)) return outDir;
    fs.rmSync(outDir, { recursive: true, force: true });
    const result = astroBuild(contentDir, outDir, options);
    if (!result.ok) throw new Error(`astro build failed for ${contentDir}:\n${result.output}`);
    fs.writeFileSync(path.join(dir, 'output.txt'), result.output);
    fs.writeFileSync(done, '');
    return outDir;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** What `astro build` printed for a site builtSite() made: for tests of its warnings. */
export function builtSiteOutput(contentDir: string, options: BuildOptions = {}): string {
  return fs.readFileSync(path.join(builtSiteDir(contentDir, options), 'output.txt'), 'utf8');
}

/** Read a built page by its site path ("/2025/06/x/" → …/2025/06/x/index.html). */
export function readPage(outDir: string, sitePath: string): string {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return fs.readFileSync(path.join(outDir, file), 'utf8');
}

/** A fresh temp folder holding a copy of a fixture archive, for tests that change it. */
export function copyFixture(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `clippings-${name}-`));
  fs.cpSync(path.join(ROOT, 'tests/fixtures', name), dir, { recursive: true });
  return dir;
}

export function fixture(name: string): string {
  return path.join(ROOT, 'tests/fixtures', name);
}


export { htmlFiles } from './html.ts';
