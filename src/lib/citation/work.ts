import type { Story } from '../story.ts';
import { calendarDay } from '../dates.ts';
import { sourceLabel } from '../source.ts';
import { bylineNames, citedName, type CitedName } from './names.ts';

/** A calendar day as numbers: [2019, 3, 22]. */
export type Day = [year: number, month: number, day: number];

/**
 * What every citation format is made from: one story, normalised once. Each format takes only
 * what its style has a place for.
 */
export interface CitedWork {
  authors: CitedName[];
  title: string;
  /** The publication (the story's source, or the original's host name); absent when unknown. */
  publication?: string;
  published: Day;
  updated?: Day;
  /** When the archive took its copy, which a citation gives as the day it was accessed. */
  accessed?: Day;
  /** Where the story was first published. */
  originalUrl?: string;
  /** The archive's permanent address for its copy. */
  archiveUrl: string;
  archiveName: string;
  /** BCP 47 tag. */
  language: string;
  /** The story's address slug, for a citation key that stays the same from build to build. */
  slug: string;
}

export function toDay(storyDate: string): Day {
  const [year, month, day] = calendarDay(storyDate).split('-').map(Number);
  return [year, month, day];
}

/** The authors a story names: its `authors` list, else the names in its byline. */
export function storyAuthors(story: Pick<Story, 'authors' | 'byline' | 'source' | 'url'>): CitedName[] {
  const written = story.authors.length > 0 ? story.authors : story.byline ? bylineNames(story.byline, sourceLabel(story)) : [];
  return written.map(citedName);
}

/** `archiveUrl`: the story's full address on this site; `archiveName`: what the archive calls itself. */
export function citedWork(story: Story, archiveUrl: string, archiveName: string): CitedWork {
  const publication = sourceLabel(story);
  return {
    authors: storyAuthors(story),
    title: story.title,
    ...(publication && { publication }),
    published: toDay(story.date),
    ...(story.updated && { updated: toDay(story.updated) }),
    ...(story.archived && { accessed: toDay(story.archived) }),
    ...(story.url && { originalUrl: story.url }),
    archiveUrl,
    archiveName,
    language: story.language,
    slug: story.slug,
  };
}
