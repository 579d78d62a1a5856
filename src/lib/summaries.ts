import type { Story } from './story.ts';

/** "1 story" / "3 stories" */
export function countStories(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'story' : 'stories'}`;
}

/** "12 stories, from 2019 to 2025" — the archive in one line. */
export function archiveSpan(stories: Story[]): string {
  if (stories.length === 0) return 'No stories have been published yet.';
  const years = stories.map((s) => s.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const span = first === last ? `from ${first}` : `from ${first} to ${last}`;
  return `${countStories(stories.length)}, ${span}.`;
}
