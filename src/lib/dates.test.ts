import { describe, expect, it } from 'vitest';
import { calendarDay, dateProblem, dateToStoryDate, formatDay, instant } from './dates.ts';

describe('story dates', () => {
  it('accepts days and date-times with offsets', () => {
    for (const ok of ['2025-06-15', '2024-02-29', '2025-06-15T09:30Z', '2025-06-15T09:30:00-04:00', '2025-06-15T09:30:00.123+05:30']) {
      expect(dateProblem(ok), ok).toBeNull();
    }
  });

  it('rejects impossible days, missing offsets and other formats', () => {
    for (const bad of ['2025-02-29', '2025-04-31', '2025-00-10', '2025-6-15', 'June 15, 2025', '2025-06-15T09:30:00', '2025-06-15T24:00Z', '']) {
      expect(dateProblem(bad), bad).not.toBeNull();
    }
  });

  it('keeps the calendar day of the story’s own time zone', () => {
    // 23:30 in Chicago on 30 June is already 1 July in UTC; the story still belongs to June.
    expect(calendarDay('2025-06-30T23:30:00-05:00')).toBe('2025-06-30');
    expect(formatDay('2025-06-30T23:30:00-05:00')).toBe('30 June 2025');
  });

  it('orders by instant', () => {
    expect(instant('2025-06-30T23:30:00-05:00')).toBeGreaterThan(instant('2025-07-01T01:00:00Z'));
    expect(instant('2025-06-15')).toBe(Date.UTC(2025, 5, 15));
  });

  it('gives YAML dates back their written form', () => {
    expect(dateToStoryDate(new Date(Date.UTC(2019, 0, 4)))).toBe('2019-01-04');
    expect(dateToStoryDate(new Date(Date.UTC(2019, 0, 4, 12, 5)))).toBe('2019-01-04T12:05:00Z');
  });
});
