import { formatDayWithWeekday } from './dates.ts';
import type { Story } from './story.ts';

// The front page reads like a newspaper's: stories under the day they were published, and the
// source named once for the day when every story of it has the same one, not on every line.

export interface DayGroup {
  /** Calendar day: 2020-12-28. */
  day: string;
  /** "Monday 28 December 2020". */
  label: string;
  /** The source every story of the day shares, when there are two or more of them. */
  source?: string;
  stories: Story[];
}

/** `stories` (newest first) grouped by their calendar day of publication, in the same order. */
export function groupByDay(stories: Story[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const story of stories) {
    const last = groups[groups.length - 1];
    if (last?.day === story.day) last.stories.push(story);
    else groups.push({ day: story.day, label: formatDayWithWeekday(story.day), stories: [story] });
  }
  for (const group of groups) {
    const sources = new Set(group.stories.map((story) => story.source ?? ''));
    const [only] = sources;
    if (group.stories.length > 1 && sources.size === 1 && only) group.source = only;
  }
  return groups;
}
