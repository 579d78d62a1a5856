import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentEntryType } from 'astro';
import { restoreWrittenDates, wasUtf8 } from './raw-frontmatter.ts';
import { markdownOptions, renderInWorkers } from './markdown/render-in-workers.ts';
import { RenderPool } from './markdown/render-pool.ts';
import { clearIndexHandoff, startIndexWorker } from './search/index-handoff.ts';
import type { StoryEntry } from './story.ts';

// Workers take about half a second to start, what one thread needs for a few hundred stories, so
// small archives render and index in-process. (The 294-story corpus build in the tests takes the
// worker paths.)
const POOL_FROM = 200;

function countStories(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.md$/i.test(name)).length;
}

/**
 * The entry types with each markdown file's text kept in `texts` as Astro reads it, so the
 * checks below need not read every file a second time.
 */
function keepingTexts(entryTypes: Map<string, ContentEntryType>, texts: Map<string, string>): Map<string, ContentEntryType> {
  const markdown = entryTypes.get('.md');
  if (!markdown) return entryTypes;
  const keeping: ContentEntryType = {
    ...markdown,
    getEntryInfo(params) {
      texts.set(fileURLToPath(params.fileUrl), params.contents);
      return markdown.getEntryInfo(params);
    },
  };
  return new Map([...entryTypes, ['.md', keeping]]);
}

/**
 * Astro's glob loader over a stories folder, with the checks a news archive needs before the
 * schema runs: the folder must exist (a mistyped CONTENT_DIR is not an empty archive), each file
 * must be UTF-8, and dates are judged as written rather than as YAML re-read them.
 * Only new or changed files reach these checks: the content-layer cache skips the rest.
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
      // Whatever an earlier sync in this process handed over no longer describes the stories.
      clearIndexHandoff();
      if (!fs.existsSync(dir)) {
        throw new Error(
          `The stories folder ${dir} does not exist. Create it, or set CONTENT_DIR to the folder that holds stories/ (now "${process.env.CONTENT_DIR ?? 'content'}").`,
        );
      }
      // Astro renders each story's markdown on one core; large archives render on all of them.
      // The glob loader finds its renderers in the context's entryTypes, which Astro passes but
      // does not declare: without it, Astro renders as usual.
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, ContentEntryType> };
      const stories = countStories(dir);
      const pool = entryTypes instanceof Map && stories >= POOL_FROM ? new RenderPool(os.availableParallelism(), markdownOptions(context.config)) : undefined;
      // Files Astro read but has not yet handed to parseData (unchanged files never are).
      const texts = new Map<string, string>();
      let types = entryTypes instanceof Map ? keepingTexts(entryTypes, texts) : undefined;
      if (types && pool) types = renderInWorkers(types, pool);
      try {
        await inner.load({
          ...context,
          ...(types && { entryTypes: types }),
          parseData: async (props) => {
            const file = props.filePath;
            if (file) {
              const text = texts.get(file) ?? fs.readFileSync(file, 'utf8');
              texts.delete(file);
              if (!wasUtf8(text, () => fs.readFileSync(file))) {
                throw new Error(`${file}: the file is not UTF-8 text. Open it in an editor and save it as UTF-8, then build again.`);
              }
              restoreWrittenDates(props.data, text);
            }
            return context.parseData(props);
          },
        });
      } finally {
        texts.clear();
        await pool?.close();
      }
      if (pool?.rendered) context.logger.info(`rendered ${pool.rendered} of ${stories} stories on ${pool.size} threads`);
      // In a build (no watcher: nothing changes from here on), the search index is made on
      // another thread while Astro bundles the site; see search/index-handoff.ts.
      if (!context.watcher && stories >= POOL_FROM) {
        const entries: StoryEntry[] = context.store.values().map(({ id, filePath, data, rendered }) => ({
          id,
          filePath,
          data: data as StoryEntry['data'],
          rendered: rendered && { html: rendered.html },
        }));
        startIndexWorker(entries);
      }
    },
  };
}
