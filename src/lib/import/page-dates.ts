// Which of the dates a saved page gives is its publication date, and which its last update: the
// first that can be read and is plausible, from the places publishers put them in order of trust
// (their JSON-LD and <meta> for search engines, then <time>, the address, the words by the byline).
import { dateProblem } from '../dates.ts';
import { toStoryDate } from './parse-date.ts';

/** What a page says about its dates, as written, each list in order of trust. */
export interface DateSources {
  published: string[];
  modified: string[];
  /** The page's address, whose path may hold the day (/2019/11/19/). */
  url?: string;
  /** Short texts a reader sees by the headline or byline ("By Priya Shah · 8 March 2024"). */
  shown: string[];
}

export interface PageDates {
  date?: string;
  updated?: string;
}

/** The web's first pages: an earlier date on a saved page is a placeholder (0001-01-01), not a date. */
const FIRST_WEB_YEAR = 1990;
const DAY_MS = 86_400_000;

/** The page's publication and update dates in the archive's form; `now` bounds them (a page is not from the future). */
export function pageDates(sources: DateSources, now: Date): PageDates {
  const plausible = (date: string) => {
    if (dateProblem(date)) return false; // 2019-02-30 parses in JavaScript, but is no day
    const year = Number(date.slice(0, 4));
    const at = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
    return year >= FIRST_WEB_YEAR && at <= now.getTime() + DAY_MS;
  };
  const firstOf = (values: (string | undefined)[]) => {
    for (const value of values) {
      const date = value === undefined ? undefined : toStoryDate(value);
      if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date) && plausible(date)) return date;
    }
    return undefined;
  };
  const date = firstOf([...sources.published, dayInPath(sources.url), ...sources.shown]);
  const updated = firstOf(sources.modified);
  // An update before publication is a page's mistake: the publication date stands alone.
  return { date, updated: updated && date && dayOf(updated) < dayOf(date) ? undefined : updated };
}

function dayOf(date: string): string {
  return date.slice(0, 10);
}

/**
 * The day an address names in its path (/2019/11/19/…, a slug ending -20191119, a folder /20191119/…),
 * written as an ISO day. Eight digits alone at the end (/item/20191119) are as likely an id.
 */
export function dayInPath(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const path = new URL(url).pathname;
  const found = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$)/.exec(path) ?? /(?:[_-]|\/(?=\d{8}\/.))((?:19|20)\d{2})(\d{2})(\d{2})(?=[/._-]|$)/.exec(path);
  const day = found && `${found[1]}-${found[2].padStart(2, '0')}-${found[3].padStart(2, '0')}`;
  return day && !dateProblem(day) ? day : undefined;
}
