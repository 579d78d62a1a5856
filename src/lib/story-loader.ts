import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { isUtf8, restoreWrittenDates } from './raw-frontmatter.ts';

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
  });
  return {
    name: 'story-loader',
    load: async (context) => {
      if (!fs.existsSync(dir)) {
        throw new Error(
          `The stories folder ${dir} does not exist. Create it, or set CONTENT_DIR to the folder that holds stories/ (now "${process.env.CONTENT_DIR ?? 'content'}").`,
        );
      }
      await inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const bytes = fs.readFileSync(props.filePath);
            if (!isUtf8(bytes)) {
              throw new Error(
                `${props.filePath}: the file is not UTF-8 text. Open it in an editor and save it as UTF-8, then build again.`,
              );
            }
            restoreWrittenDates(props.data, bytes.toString('utf8'));
          }
          return context.parseData(props);
        },
      });
    },
  };
}
