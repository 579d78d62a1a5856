import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPictureBook, pictureBookFile, type PictureBook } from '../lib/pictures/picture-book.ts';
import { astroFormat, originalName, pictureModuleCode } from '../lib/pictures/picture-module.ts';

/**
 * Stories' pictures are read where they are, not carried through the bundle.
 *
 * Astro answers each picture a content entry names by reading the whole file and handing it to
 * the bundler, which holds every original in memory and writes it into the output folder on
 * every build, to delete it again once the sizes pages use are made. With thousands of
 * photographs that is gigabytes held and written on each build, even when every size is cached.
 *
 * So a build answers those imports itself (a Vite `load` hook ordered before Astro's, for ids
 * carrying Astro's content-image flag): the picture's size and format come from the file's
 * header (or the picture book, lib/pictures/picture-book.ts, for a file unchanged since a build
 * read it), and the original is linked (not copied) into the assets folder under a name carrying
 * the digest of its bytes, where the image service reads it when a size is not in its cache. The
 * links are gone when the build ends. tests/build/pictures.test.ts fails if Astro stops taking
 * these answers (the build log names how many pictures were read in place) or leaves a link.
 */
export function picturesInPlace(): AstroIntegration {
  let assetsFolder = '';
  let assetsAddress = '';
  let book: PictureBook | undefined;
  let served = 0;

  // One link per name: stories sharing a photograph share its link, made once.
  const links = new Map<string, Promise<string>>();
  // A build that fails or is stopped never reaches build:done: its links must not stay in the
  // output folder, where a deploy or an optimiser would follow them to the originals.
  const removeLinks = () => {
    for (const link of links.keys()) fs.rmSync(link, { force: true });
  };
  function linkInto(folder: string, name: string, original: string): Promise<string> {
    const link = path.join(folder, name);
    let made = links.get(link);
    if (!made) {
      made = makeLink(link, original);
      links.set(link, made);
    }
    return made;
  }

  return {
    name: 'clippings:pictures-in-place',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        process.on('exit', removeLinks);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'clippings:pictures-in-place',
                apply: 'build',
                load: {
                  order: 'pre',
                  filter: { id: /[?&]astroContentImageFlag(?:[&=]|$)/ },
                  async handler(id: string) {
                    if (!book) return null;
                    const file = id.split('?')[0];
                    const facts = await book.facts(file);
                    const format = facts.kind === 'picture' ? astroFormat(facts.format) : undefined;
                    // Anything else (an SVG, a file the story checks did not pass) goes Astro's way.
                    if (facts.kind !== 'picture' || !format) return null;
                    const name = originalName(file, await book.digest(file), format);
                    const inAssets = await linkInto(assetsFolder, name, file);
                    served++;
                    const src = path.posix.join(assetsAddress, name);
                    return { code: pictureModuleCode({ src, width: facts.width, height: facts.height, format, inAssets }) };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        const outDir = fileURLToPath(config.outDir);
        assetsFolder = path.join(outDir, config.build.assets);
        assetsAddress = path.posix.join(config.base, config.build.assets);
        book = openPictureBook(pictureBookFile(fileURLToPath(config.cacheDir)));
      },
      'astro:build:done': async ({ logger }) => {
        // Astro removes each original once its sizes are made. What it left (a picture no page
        // shows), and links an earlier build that failed left behind, must not be published.
        let left = 0;
        for (const entry of await fs.promises.readdir(assetsFolder, { withFileTypes: true }).catch(() => [])) {
          const file = path.join(assetsFolder, entry.name);
          if (entry.isSymbolicLink() || links.has(file)) {
            await fs.promises.rm(file, { force: true });
            left++;
          }
        }
        process.off('exit', removeLinks);
        await book?.save();
        if (served > 0) logger.info(`${served} story pictures read in place, not bundled (${left} shown on no page)`);
      },
    },
  };
}

const NO_LINKS = new Set(['EPERM', 'EACCES', 'ENOSYS', 'ENOTSUP', 'EOPNOTSUPP', 'EINVAL']);

async function makeLink(link: string, original: string): Promise<string> {
  await fs.promises.mkdir(path.dirname(link), { recursive: true });
  await fs.promises.rm(link, { force: true });
  try {
    await fs.promises.symlink(original, link);
  } catch (error) {
    // Disks and systems without symbolic links (Windows without the right, SMB, exFAT) say so in these.
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    // Then a copy does. EXCL: never write through something already at that name.
    await fs.promises.copyFile(original, link, fs.constants.COPYFILE_EXCL);
  }
  return link;
}
