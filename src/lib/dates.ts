// Story dates are kept as the strings the archive was given ("2025-06-15" or a full ISO 8601
// date-time with offset), because the calendar day of publication is the one in the story's own
// time zone, and a Date object would silently move it to UTC.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const DATE_FORMAT_HELP =
  'use YYYY-MM-DD (e.g. 2025-06-15) or an ISO 8601 date-time with offset (e.g. 2025-06-15T09:30:00-04:00)';

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Why `value` is not a valid story date, or null when it is. */
export function dateProblem(value: string): string | null {
  const day = DAY.exec(value);
  const dateTime = day ? null : DATE_TIME.exec(value);
  const parts = day ?? dateTime;
  if (!parts) return `"${value}" is not a date: ${DATE_FORMAT_HELP}`;
  const [year, month, dayOfMonth] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (!isRealDay(year, month, dayOfMonth)) return `"${value}" is not a day on the calendar: check the month and day`;
  if (dateTime) {
    const [hour, minute, second] = [Number(dateTime[4]), Number(dateTime[5]), Number(dateTime[6] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) return `"${value}" has an impossible time of day`;
  }
  return null;
}

/**
 * YAML turns an unquoted 2025-06-15 into a Date at UTC midnight; give it back its written form.
 * A Date with a time of day becomes a UTC ISO string, which is what YAML read.
 */
export function dateToStoryDate(value: Date): string {
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** The calendar day as written in the story's own time zone: "2025-06-15". */
export function calendarDay(storyDate: string): string {
  return storyDate.slice(0, 10);
}

/** The instant, for sorting: a day alone counts as its UTC midnight. */
export function instant(storyDate: string): number {
  return Date.parse(storyDate.length === 10 ? `${storyDate}T00:00:00Z` : storyDate);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

// A build shows each story's day many times (its page, every list it is in, related links).
const dayLabels = new Map<string, string>();

/** "15 June 2025": the day as written, without time-zone conversion. */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A calendar day (2020-12-28) with its weekday, as a newspaper dates a page: "Monday 28 December 2020". */
export function formatDayWithWeekday(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  // Years before 100 would be read as 19xx by Date.UTC.
  date.setUTCFullYear(y);
  return `${WEEKDAYS[date.getUTCDay()]} ${d} ${monthName(m)} ${y}`;
}

export function formatDay(storyDate: string): string {
  const day = calendarDay(storyDate);
  let label = dayLabels.get(day);
  if (label === undefined) {
    const [y, m, d] = day.split('-').map(Number);
    label = `${d} ${monthName(m)} ${y}`;
    dayLabels.set(day, label);
  }
  return label;
}
