import type { TimelineMonth } from './archive.ts';
import { countStories } from './summaries.ts';

// Geometry of the archive's stories-per-month bar chart, worked out at build time so the page
// draws it as plain SVG. Units are the SVG's own; the chart scales to its container.

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The column's full extent: a target wide enough to click even when the bar is short. */
  slotX: number;
  slotWidth: number;
  count: number;
  /** "June 2025: 12 stories" */
  label: string;
  path?: string;
}

export interface TimelineChart {
  width: number;
  height: number;
  /** Top of the plotting area and its baseline. */
  top: number;
  baseline: number;
  max: number;
  bars: ChartBar[];
  /** Year names under the axis, spaced so they never overlap. */
  years: { x: number; text: string }[];
}

const WIDTH = 720;
const PLOT_TOP = 16;
const PLOT_HEIGHT = 160;
const AXIS_SPACE = 22;
/** Narrowest gap between year labels, in SVG units (a four-digit year at the chart's font size). */
const YEAR_LABEL_SPACE = 40;

export function timelineChart(line: TimelineMonth[]): TimelineChart {
  const slot = line.length > 0 ? WIDTH / line.length : WIDTH;
  const barWidth = Math.max(slot * 0.75, Math.min(slot, 1));
  const max = Math.max(0, ...line.map((m) => m.count));
  const baseline = PLOT_TOP + PLOT_HEIGHT;
  const bars = line.map((m, i) => {
    // A month with one story still shows a bar that can be seen.
    const height = max === 0 || m.count === 0 ? 0 : Math.max(2, (m.count / max) * PLOT_HEIGHT);
    return {
      x: i * slot + (slot - barWidth) / 2,
      y: baseline - height,
      width: barWidth,
      height,
      slotX: i * slot,
      slotWidth: slot,
      count: m.count,
      label: `${m.label}: ${countStories(m.count)}`,
      path: m.path,
    };
  });
  const every = Math.max(1, Math.ceil(YEAR_LABEL_SPACE / (slot * 12)));
  const firstYear = line[0]?.year ?? 0;
  const years = line.flatMap((m, i) =>
    (m.month === 1 || i === 0) && (m.year - firstYear) % every === 0 ? [{ x: i * slot, text: String(m.year) }] : [],
  );
  // The first year's label may sit only a month or two before the next: drop it rather than overlap.
  if (years.length > 1 && years[1].x - years[0].x < YEAR_LABEL_SPACE) years.shift();
  return { width: WIDTH, height: baseline + AXIS_SPACE, top: PLOT_TOP, baseline, max, bars, years };
}
