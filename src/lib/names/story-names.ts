import { htmlToText } from '../html-text.ts';
import { findNames, type FoundNames } from './find-names.ts';

/**
 * The names a story's headline and rendered text give. Worked out where the story is rendered
 * (content/markdown-entry-type.ts, markdown/render-worker.ts) and kept with its HTML in Astro's
 * content store, so each story is read for names once, not on every build.
 */
export function storyNames(title: unknown, html: string, language: unknown): FoundNames {
  const headline = typeof title === 'string' ? title : '';
  return findNames(`${headline}\n\n${htmlToText(html)}`, typeof language === 'string' ? language : undefined);
}
