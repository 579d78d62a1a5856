import { strict as chrono } from 'chrono-node';
import { dateProblem } from '../dates.ts';

// Dates arrive in whatever form a page or a spreadsheet used. These turn the common ones into the
// archive's form ("2019-01-04", or an ISO 8601 date-time with offset) and leave anything else as it
// was, so the schema can say what is wrong with it.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+';
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_FIRST = new RegExp(`^(?:${WEEKDAY})?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const DAY_FIRST = new RegExp(`^(?:${WEEKDAY})?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})$`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): string | null {
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return dateProblem(text) ? null : text;
}

// Chinese and Japanese write year, month and day with their characters: 2016年10月14日, with a
// label before it (发布时间：) and a weekday or time after it, in short text by the headline.
const CJK_DAY = /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日/;
const CJK_TEXT = 40;

/** The day a written-out date names ("Friday, January 4, 2019", "4 Jan 2019", "2016年10月14日"), or null. */
export function writtenDay(text: string): string | null {
  const phrase = text.trim().replace(/\s+/g, ' ');
  const cjk = phrase.length <= CJK_TEXT ? CJK_DAY.exec(phrase.normalize('NFKC')) : null;
  if (cjk) return validDay(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
  const monthFirst = MONTH_FIRST.exec(phrase);
  if (monthFirst) return validDay(Number(monthFirst[3]), monthIndex(monthFirst[1]), Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(phrase);
  if (dayFirst) return validDay(Number(dayFirst[3]), monthIndex(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const ISO_LIKE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A date in the archive's form when `value` is one it can read without guessing; otherwise the
 * value unchanged. A date-time without a time zone keeps only its day: the zone it meant is unknown.
 */
export function toStoryDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, day, time, zone] = iso;
    if (!zone) return day;
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${day}T${time}${offset}`;
  }
  return writtenDay(text) ?? writtenDateTime(text) ?? text;
}

/**
 * A date (and time, with its zone) written in any common form that names its year, month and day
 * — `Mon, 18 Nov 2019 16:07:38 -0600`, `19 Nov 2019 07:09 GMT`, `2019-11-19 02:24:00 UTC`,
 * `Tue Nov 19 2019 03:05:46 GMT+0000`, `Updated 8 March 2024, 10:15 EST` — read by chrono-node in
 * its strict mode, or null. Words may stand around it, but no other number: "20 EST 2019" is not a
 * date. Without a zone only the day is kept, as in toStoryDate.
 */
export function writtenDateTime(text: string): string | null {
  return dateIn(text)?.date ?? null;
}

// A date a person wrote names its month in words, or runs year-month-day; "04/01/2019" could be
// either month first or day first, and "3 days ago" is no date at all.
const MONTH_NAME = new RegExp(MONTH, 'i');
const YEAR_FIRST = /\b\d{4}-\d{1,2}-\d{1,2}\b/;
const RELATIVE = /\b(?:ago|from now|today|yesterday|tomorrow|last|next)\b|^\s*in\s/i;

/** The date written in `text` (see writtenDateTime) and where it starts. */
export function dateIn(text: string): { date: string; index: number } | null {
  if (RELATIVE.test(text)) return null;
  const [found] = chrono.parse(text, new Date(0));
  if (!found || text.slice(0, found.index).concat(text.slice(found.index + found.text.length)).match(/\d/)) return null;
  if (!/\b\d{4}\b/.test(found.text) || !(MONTH_NAME.test(found.text) || YEAR_FIRST.test(found.text))) return null;
  const start = found.start;
  if (!(['year', 'month', 'day'] as const).every((part) => start.isCertain(part))) return null;
  const day = validDay(start.get('year')!, start.get('month')!, start.get('day')!);
  if (!day) return null;
  if (!start.isCertain('hour') || !start.isCertain('timezoneOffset')) return { date: day, index: found.index };
  const time = [start.get('hour')!, start.get('minute') ?? 0, start.get('second') ?? 0].map(pad).join(':');
  const offset = start.get('timezoneOffset')!;
  const zone = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return { date: `${day}T${time}${zone}`, index: found.index };
}
