import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { restoreWrittenDates, wasUtf8 } from './raw-frontmatter.ts';
import { markdownOptions, RenderPool } from './markdown/render-pool.ts';
import { entryTypesOf, storyEntryTypes } from './content/markdown-entry-type.ts';
import { checkStories, type CheckedEntry } from './content/story-checks.ts';
import { checkPictures, type StoryPictures } from './content/picture-checks.ts';
import { openPictureBook, pictureBookFile } from './pictures/picture-book.ts';
import { StoryProblems } from './content/story-problems.ts';
import { writePublishedList } from './content/published-list.ts';
import type { StoryEntry } from './story.ts';
import { clearIndexHandoff, startIndexWorker } from './search/index-handoff.ts';
import { contentCodeDigest } from './content/code-digest.ts';

// Workers take about half a second to start, what one thread needs for a few hundred stories, so
// small archives render and index in-process. (The 294-story corpus build in the tests takes the pool.)
const POOL_FROM = 200;

function countStories(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.md$/i.test(name)).length;
}

/**
 * Astro's glob loader over a stories folder, with the checks a news archive needs: the folder
 * must exist (a mistyped CONTENT_DIR is not an empty archive), each file must be UTF-8, dates are
 * judged as written rather than as YAML re-read them, every published story needs its own URL and
 * every picture it shows must be there and readable (content/picture-checks.ts). Every broken file is reported in one error, and none of them
 * is kept in the store, so a later build checks it again.
 * New or changed files are parsed and rendered; the content-layer cache keeps the rest.
 */
export function storyLoader(dir: string): Loader {
  const inner = glob({
    pattern: '**/*.md',
    base: pathToFileURL(`${dir}/`),
    // The id is the file's path, which is always unique; the URL is worked out from date and name.
    generateId: ({ entry }) => entry.replace(/\.md$/i, ''),
    // Pages, word counts and the search index all read the rendered HTML; keeping the markdown
    // too would double the store every build loads (at 20,000 stories, 36 MB of 89).
    retainBody: false,
  });
  return {
    name: 'story-loader',
    load: async (context) => {
      if (!fs.existsSync(dir)) {
        throw new Error(
          `The stories folder ${dir} does not exist. Create it, or set CONTENT_DIR to the folder that holds stories/ (now "${process.env.CONTENT_DIR ?? 'content'}").`,
        );
      }
      // For the test that a build which stalls cannot exit as a success (unfinished-build.test.ts).
      if (process.env.CLIPPINGS_TEST_STALL === 'content-sync') await new Promise(() => {});
      // Stories stored by other code (a new schema or markdown step) are read again, all of them.
      const codeDigest = contentCodeDigest(fileURLToPath(context.config.root));
      if (context.meta.get('code-digest') !== codeDigest) context.store.clear();
      const problems = new StoryProblems();
      // Files Astro read but has not yet handed to parseData (unchanged files never are).
      const texts = new Map<string, string>();
      const stories = countStories(dir);
      const entryTypes = entryTypesOf(context);
      // Astro renders each story's markdown on one core; large archives render on all of them.
      const pool = entryTypes && stories >= POOL_FROM ? new RenderPool(os.availableParallelism(), markdownOptions(context.config)) : undefined;
      try {
        await inner.load({
          ...context,
          ...(entryTypes && { entryTypes: storyEntryTypes(entryTypes, { texts, problems, pool }) }),
          parseData: async (props) => {
            const file = props.filePath;
            if (!file) return context.parseData(props);
            const text = texts.get(file) ?? fs.readFileSync(file, 'utf8');
            texts.delete(file);
            // A file whose frontmatter could not be read goes on unchecked, and is dropped below.
            if (problems.has(file)) return props.data;
            if (!wasUtf8(text, () => fs.readFileSync(file))) {
              problems.add(file, 'the file is not UTF-8 text. Open it in an editor and save it as UTF-8, then build again.');
              return props.data;
            }
            restoreWrittenDates(props.data, text);
            try {
              return await context.parseData(props);
            } catch (error) {
              problems.addError(file, error);
              return props.data;
            }
          },
        });
      } finally {
        texts.clear();
        await pool?.close();
      }
      if (pool?.rendered) context.logger.info(`rendered ${pool.rendered} of ${stories} stories on ${pool.size} threads`);

      const root = fileURLToPath(context.config.root);
      const entries: (CheckedEntry & StoryPictures & { storeId: string })[] = context.store.values().map(({ id, filePath, data, rendered }) => ({
        storeId: id,
        id,
        filePath: path.resolve(root, filePath ?? `${id}.md`),
        data: data as StoryEntry['data'],
        imagePath: (data as StoryEntry['data']).imagePath,
        localImagePaths: rendered?.metadata?.localImagePaths as string[] | undefined,
        html: rendered?.html,
      }));
      // Pictures first: a story with a bad one is not published, so gets no address below.
      // The build's book of pictures (written by src/integrations/pictures-in-place.ts) says
      // what an unchanged picture is without opening it.
      const book = openPictureBook(pictureBookFile(fileURLToPath(context.config.cacheDir)));
      await checkPictures(
        entries.filter((entry) => !problems.has(entry.filePath)),
        problems,
        book.facts,
      );
      const published = checkStories(entries, problems);
      const broken = new Set(problems.files);
      problems.close();
      if (broken.size > 0) {
        // Broken files leave the store, so the next build reads and checks them again.
        for (const entry of entries) if (broken.has(entry.filePath)) context.store.delete(entry.storeId);
        throw problems.error();
      }
      context.meta.set('code-digest', codeDigest);
      // The closing count check compares the built site with this list (count-check.ts).
      if (!context.watcher) writePublishedList(context.config.cacheDir, published);
      // In a build (no watcher: nothing changes from here on), the search index is made on
      // another thread while Astro bundles the site (search/index-handoff.ts).
      clearIndexHandoff();
      if (!context.watcher && stories >= POOL_FROM) {
        startIndexWorker(
          context.store.values().map(({ id, filePath, data, rendered }) => ({
            id,
            filePath,
            data: data as StoryEntry['data'],
            // The names found in the text too (and its words, to keep the stories the same), so the
            // index lists each story's names as its page does.
            rendered: rendered && { html: rendered.html, metadata: { names: rendered.metadata?.names, terms: rendered.metadata?.terms } },
          })),
        );
      }
    },
  };
}
