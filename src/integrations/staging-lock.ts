import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireLock } from '../lib/build-lock.ts';

/**
 * Astro stages a build's server code in the output folder when that lies inside the working
 * folder, and otherwise in the working folder's .astro/, which it deletes when done: two builds
 * from one checkout into outside folders (tests, a benchmark, a deploy script) would delete each
 * other's files mid-build. Such builds take turns through a lock on that folder; builds whose
 * output is inside the working folder stage there and run at once.
 */
export function stagingLock(): AstroIntegration {
  let outDir = '';
  let release: (() => void) | undefined;
  const releaseOnExit = () => release?.();
  return {
    name: 'clippings:staging-lock',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ logger }) => {
        if (outDir.startsWith(process.cwd())) return;
        const lock = path.join(process.cwd(), '.astro', 'clippings-build.lock');
        release = await acquireLock(lock, (pid) =>
          logger.info(`waiting for the build in process ${pid}: builds into folders outside ${process.cwd()} share .astro/ and take turns`),
        );
        process.on('exit', releaseOnExit);
      },
      'astro:build:done': () => {
        release?.();
        release = undefined;
        process.off('exit', releaseOnExit);
      },
    },
  };
}
