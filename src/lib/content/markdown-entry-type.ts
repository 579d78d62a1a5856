// The one place that leans on something Astro does but does not declare: a loader's context
// carries `entryTypes`, the parser and renderer of each content file type, which Astro's glob
// loader reads to parse frontmatter and render markdown. Wrapping the markdown type lets the story
// loader keep each file's text, gather every broken file instead of stopping at the first, and
// render on worker threads. If a later Astro stops passing it, stories still build (Astro parses
// and renders them itself), but the tests that count "rendered N of M stories on K threads" and
// list every broken file in one build fail, which is the signal to mend this adapter.
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import type { RenderPool } from '../markdown/render-pool.ts';
import type { StoryProblems } from './story-problems.ts';
import { storyNames } from '../names/story-names.ts';
import { storyTerms } from '../similar/story-terms.ts';

type EntryTypes = Map<string, ContentEntryType>;

/** The context's entry types, when Astro passes them. */
export function entryTypesOf(context: LoaderContext): EntryTypes | undefined {
  const { entryTypes } = context as LoaderContext & { entryTypes?: unknown };
  return entryTypes instanceof Map && entryTypes.has('.md') ? (entryTypes as EntryTypes) : undefined;
}

export interface StoryEntryTypeOptions {
  /** Each file's text as Astro read it, by absolute path, so checks need not read it again. */
  texts: Map<string, string>;
  /** Where unreadable frontmatter and failed renders are recorded, by absolute path. */
  problems: StoryProblems;
  /** Render on these worker threads instead of the main thread. */
  pool?: RenderPool;
}

/** `entryTypes` with the markdown type wrapped as the story loader needs it. */
export function storyEntryTypes(entryTypes: EntryTypes, { texts, problems, pool }: StoryEntryTypeOptions): EntryTypes {
  const markdown = entryTypes.get('.md')!;
  const wrapped: ContentEntryType = {
    ...markdown,
    async getEntryInfo(params) {
      const file = fileURLToPath(params.fileUrl);
      texts.set(file, params.contents);
      try {
        return await markdown.getEntryInfo(params);
      } catch (error) {
        // Unreadable YAML: noted, and the file goes on as empty so the others are still checked.
        problems.addError(file, error);
        return { data: {}, body: '', slug: '', rawData: '' };
      }
    },
  };
  if (markdown.getRenderFunction) {
    const original = markdown.getRenderFunction.bind(markdown);
    wrapped.getRenderFunction = async (config) => {
      // A config with a processor other than the site's unified one keeps Astro's rendering.
      const usePool = pool && config.markdown.processor?.name === 'unified';
      const render = usePool ? pooled(pool) : await original(config);
      return async (params) => {
        const file = params.filePath;
        if (file && problems.has(file)) return { html: '' };
        try {
          const rendered = await render(params);
          // The names the story gives and the words it uses most, kept with its HTML (the pool's
          // workers find them as they render).
          const metadata = rendered.metadata ?? {};
          metadata.names ??= storyNames(params.data.title, rendered.html, params.data.language);
          metadata.terms ??= storyTerms(params.data.title, rendered.html);
          return { ...rendered, metadata };
        } catch (error) {
          // Astro only logs a failed render and publishes the story without its text.
          if (!file) throw error;
          problems.addError(file, error, 'its text could not be rendered: ');
          return { html: '' };
        }
      };
    };
  }
  return new Map([...entryTypes, ['.md', wrapped]]);
}

type RenderFunction = Awaited<ReturnType<NonNullable<ContentEntryType['getRenderFunction']>>>;

function pooled(pool: RenderPool): RenderFunction {
  return async ({ body, data, filePath }) => {
    const { html, metadata } = await pool.render(body ?? '', data, filePath);
    return { html, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } };
  };
}
