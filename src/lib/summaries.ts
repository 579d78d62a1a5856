import type { Story } from './story.ts';

/** "1 story" / "3 stories" */
export function countStories(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'story' : 'stories'}`;
}

/** "12 stories, from 2019 to 2025" — the archive in one line. */
export function archiveSpan(stories: Story[]): string {
  if (stories.length === 0) return 'No stories have been published yet.';
  // A loop, not Math.min(...years): on Node 24 that spread overflows the stack at 200,000 stories.
  let first = Infinity;
  let last = -Infinity;
  for (const { year } of stories) {
    if (year < first) first = year;
    if (year > last) last = year;
  }
  const span = first === last ? `from ${first}` : `from ${first} to ${last}`;
  return `${countStories(stories.length)}, ${span}.`;
}
