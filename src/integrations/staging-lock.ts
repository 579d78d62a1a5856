import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireLock } from '../lib/build-lock.ts';

/**
 * Every build from one checkout writes into the project's .astro/, whatever its output folder:
 * the content sync writes there the list of the archive's pictures (content-assets.mjs), which
 * the bundle reads back later, and a build into a folder outside the project also stages its
 * server code there and deletes it when done. Two builds at once (tests, a benchmark,
 * a deploy script) would rename each other's files away, or bundle each other's pictures. So
 * builds take turns, through a lock held from before the content sync until the build is done
 * (or its process ends). `astro dev` and `astro sync` do not take it.
 */
export function stagingLock(): AstroIntegration {
  let release: (() => void) | undefined;
  const releaseOnExit = () => release?.();
  return {
    name: 'clippings:staging-lock',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const lock = path.join(fileURLToPath(config.root), '.astro', 'clippings-build.lock');
        release = await acquireLock(lock, (pid) =>
          logger.info(`waiting for the build in process ${pid}: builds from one checkout share its .astro/ folder and take turns`),
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
