// MLA 9 (MLA Handbook, 9th ed., 2021): works-cited entry for an article in an online newspaper.
import { isPerson, naturalName, type CitedName } from './names.ts';
import { italic, link, oneLine, quotedTitle, withPeriod, type StyledCitation } from './styled.ts';
import type { CitedWork, Day } from './work.ts';

// Months of more than four letters are abbreviated in the works-cited list.
const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const mlaDate = ([year, month, day]: Day) => `${day} ${MONTHS[month - 1]} ${year}`;

function inverted(name: CitedName): string {
  if (!isPerson(name)) return name.literal;
  return [name.family, name.given, name.suffix].filter(Boolean).join(', ');
}

/** One author inverted; two joined by "and", the second in natural order; three or more: the first and "et al." */
function authorList(names: CitedName[]): string {
  if (names.length === 1) return inverted(names[0]);
  if (names.length === 2) return `${inverted(names[0])}, and ${naturalName(names[1])}`;
  return `${inverted(names[0])}, et al.`;
}

/** MLA leaves out http:// and https:// (the handbook's advice for URLs in the list of works cited). */
const shownUrl = (url: string) => url.replace(/^https?:\/\//i, '');

/**
 * Author. "Title." Container, date, location. The publication is the first container, its
 * address the location; the archive holding the copy is a second container with its own
 * location (the handbook's model for a work found in a database). The optional access date
 * ends the entry: the day the archive took its copy.
 */
export function mlaEntry(work: CitedWork): StyledCitation {
  const parts: StyledCitation = [];
  if (work.authors.length > 0) parts.push(withPeriod(authorList(work.authors)), ' ');
  parts.push(quotedTitle(work.title, '.'), ' ');
  if (work.publication) parts.push(italic(oneLine(work.publication)), ', ');
  parts.push(mlaDate(work.published));
  if (work.originalUrl) parts.push(', ', link(work.originalUrl, shownUrl(work.originalUrl)));
  parts.push('. ', italic(work.archiveName), ', ', link(work.archiveUrl, shownUrl(work.archiveUrl)), '.');
  if (work.accessed) parts.push(` Accessed ${mlaDate(work.accessed)}.`);
  return parts;
}
