import type { Story } from './story.ts';

/** "A, B and C" */
function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Who wrote it, as a citation names them: the authors, or the byline without its "By". */
export function citedAuthors(story: Pick<Story, 'authors' | 'byline'>): string {
  if (story.authors.length > 0) return joinNames(story.authors);
  return story.byline?.replace(/^by\s+/i, '').trim() ?? '';
}
