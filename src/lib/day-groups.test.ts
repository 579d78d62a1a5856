import { describe, expect, it } from 'vitest';
import { groupByDay } from './day-groups.ts';
import { formatDayWithWeekday } from './dates.ts';
import type { Story } from './story.ts';

const story = (id: string, day: string, source?: string) => ({ id, day, source }) as unknown as Story;

describe('groupByDay', () => {
  it('groups stories under their day in the order given, each day dated as a newspaper dates it', () => {
    const groups = groupByDay([story('a', '2020-12-28', 'Wire'), story('b', '2020-12-28', 'Wire'), story('c', '2020-12-27', 'Wire')]);
    expect(groups.map((g) => [g.label, g.stories.map((s) => s.id)])).toEqual([
      ['Monday 28 December 2020', ['a', 'b']],
      ['Sunday 27 December 2020', ['c']],
    ]);
  });

  it('names the source once for a day only when every story of it has that source', () => {
    const groups = groupByDay([story('a', '2020-12-28', 'Wire'), story('b', '2020-12-28', 'Wire'), story('c', '2020-12-27', 'Wire'), story('d', '2020-12-27', 'Post'), story('e', '2020-12-26')]);
    expect(groups.map((g) => g.source)).toEqual(['Wire', undefined, undefined]);
  });

  it('gives a lone story of its day its own source line', () => {
    expect(groupByDay([story('a', '2020-12-28', 'Wire')])[0].source).toBeUndefined();
  });
});

describe('formatDayWithWeekday', () => {
  it('knows the weekday of any day, early years too', () => {
    expect(formatDayWithWeekday('2024-02-29')).toBe('Thursday 29 February 2024');
    expect(formatDayWithWeekday('0044-03-15')).toBe('Tuesday 15 March 44');
  });
});
