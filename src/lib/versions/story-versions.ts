import { instant } from '../dates.ts';
import type { Story } from '../story.ts';
import { markdownParagraphs } from './markdown-paragraphs.ts';
import { wordDiff, type WordDiff } from './word-diff.ts';

// A story's versions as readers see them: the texts the archive took, oldest first, the file's
// own body last, and what changed from each to the next.

export interface Version {
  /** 1 for the first text the archive took. */
  number: number;
  /** When this text was taken. */
  archived: string;
  title: string;
  paragraphs: string[];
}

export interface Revision {
  from: Version;
  to: Version;
  /** Null when the two texts are too different to compare word by word. */
  diff: WordDiff | null;
}

/** When the file's own text was taken: its archive date, else when it last changed, else its publication. */
export function latestTaken(story: Pick<Story, 'archived' | 'updated' | 'date'>): string {
  return story.archived ?? story.updated ?? story.date;
}

/** The dates of a story's texts, oldest first; one date for a story with no earlier versions. */
export function versionDates(story: Pick<Story, 'versions' | 'archived' | 'updated' | 'date'>): string[] {
  return [...story.versions.map((version) => version.archived).sort((a, b) => instant(a) - instant(b)), latestTaken(story)];
}

/** Every text of the story, oldest first; `body` is the story file's own markdown. */
export function storyVersions(story: Pick<Story, 'title' | 'versions' | 'archived' | 'updated' | 'date'>, body: string): Version[] {
  // Sorted by when each was taken; a stable sort keeps the file's order for texts taken together.
  const earlier = [...story.versions].sort((a, b) => instant(a.archived) - instant(b.archived));
  return [
    ...earlier.map((version) => ({ archived: version.archived, title: version.title, paragraphs: markdownParagraphs(version.body) })),
    { archived: latestTaken(story), title: story.title, paragraphs: markdownParagraphs(body) },
  ].map((version, i) => ({ number: i + 1, ...version }));
}

/** What changed from each text to the next, the headline counted as the first paragraph. */
export function revisions(versions: Version[]): Revision[] {
  return versions.slice(1).map((to, i) => {
    const from = versions[i];
    return { from, to, diff: wordDiff([from.title, ...from.paragraphs], [to.title, ...to.paragraphs]) };
  });
}
