import { describe, expect, it } from 'vitest';
import { makeStories } from '../../tests/helpers/stories.ts';
import { groupByDate, monthGrid, timeline } from './archive.ts';
import { timelineChart } from './timeline-chart.ts';

const stories = makeStories([
  { slug: 'a', date: '2025-03-02' },
  { slug: 'b', date: '2025-03-01' },
  { slug: 'c', date: '2025-01-31T23:30:00-05:00' },
  { slug: 'd', date: '2023-11-05' },
]);

describe('date archive', () => {
  const archive = groupByDate(stories);

  it('groups by year and month of the day as written, each story once', () => {
    expect(archive.years.map((y) => [y.year, y.stories.map((s) => s.slug)])).toEqual([
      [2025, ['a', 'b', 'c']],
      [2023, ['d']],
    ]);
    expect(archive.years[0].months.map((m) => [m.label, m.path, m.stories.length])).toEqual([
      ['January 2025', '/2025/01/', 1],
      ['March 2025', '/2025/03/', 2],
    ]);
    expect(archive.months.map((m) => m.path)).toEqual(['/2023/11/', '/2025/01/', '/2025/03/']);
  });

  it('has no year or month without stories', () => {
    expect(archive.years.map((y) => y.year)).not.toContain(2024);
    expect(archive.months.every((m) => m.stories.length > 0)).toBe(true);
  });

  it('draws a timeline of every month between the first and the last, empty ones without a page', () => {
    const line = timeline(archive);
    expect(line).toHaveLength(17);
    expect(line[0]).toMatchObject({ label: 'November 2023', count: 1, path: '/2023/11/' });
    expect(line[1]).toMatchObject({ label: 'December 2023', count: 0, path: undefined });
    expect(line.reduce((n, m) => n + m.count, 0)).toBe(stories.length);
  });

  it('lays out a row per year and a cell per month', () => {
    const [latest] = monthGrid(archive);
    expect(latest.months.map((m) => m?.stories.length ?? 0)).toEqual([1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('timeline chart', () => {
  it('makes bars proportional to the counts, linked to their months', () => {
    const chart = timelineChart(timeline(groupByDate(stories)));
    const march = chart.bars.at(-1)!;
    const january = chart.bars.at(-3)!;
    expect(march).toMatchObject({ count: 2, path: '/2025/03/', label: 'March 2025: 2 stories' });
    expect(march.height).toBeCloseTo(2 * january.height);
    expect(march.y + march.height).toBe(chart.baseline);
    expect(chart.bars.filter((b) => b.count === 0).every((b) => b.height === 0 && !b.path)).toBe(true);
    expect(chart.bars.every((b) => b.x >= 0 && b.x + b.width <= chart.width)).toBe(true);
  });

  it('spaces year labels so they never overlap', () => {
    const many = makeStories(Array.from({ length: 30 }, (_, i) => ({ slug: `s${i}`, date: `${1995 + i}-06-01` })));
    const { years } = timelineChart(timeline(groupByDate(many)));
    for (let i = 1; i < years.length; i++) expect(years[i].x - years[i - 1].x).toBeGreaterThanOrEqual(40);
    expect(years.length).toBeGreaterThan(5);
  });
});
