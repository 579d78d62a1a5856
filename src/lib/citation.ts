import type { Story } from './story.ts';
import { formatDay } from './dates.ts';
import { sourceLabel } from './source.ts';

/** "A, B and C" */
function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Who wrote it, as a citation names them: the authors, or the byline without its "By". */
export function citedAuthors(story: Pick<Story, 'authors' | 'byline'>): string {
  if (story.authors.length > 0) return joinNames(story.authors);
  return story.byline?.replace(/^by\s+/i, '').trim() ?? '';
}

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * A plain-text citation a reader can copy: authors, headline, source and date, the original
 * address, and where and when this archive keeps its copy.
 * `archiveUrl` is the story's full address on this site.
 */
export function citation(story: Story, archiveUrl: string, archiveName: string): string {
  const parts: string[] = [];
  const authors = citedAuthors(story);
  if (authors) parts.push(sentence(authors));
  parts.push(`“${sentence(story.title)}”`);
  const source = sourceLabel(story);
  parts.push(sentence(source ? `${source}, ${formatDay(story.date)}` : formatDay(story.date)));
  if (story.url) parts.push(sentence(story.url));
  const archived = story.archived ? ` (archived ${formatDay(story.archived)})` : '';
  parts.push(`${archiveName}: ${archiveUrl}${archived}.`);
  return parts.join(' ');
}
