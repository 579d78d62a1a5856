// Chicago 17 notes and bibliography (The Chicago Manual of Style, 17th ed., 2017): a newspaper
// article consulted online (14.191), as a bibliography entry and as a full note.
import { monthName } from '../dates.ts';
import { isPerson, naturalName, type CitedName } from './names.ts';
import { italic, link, oneLine, quotedTitle, type StyledCitation } from './styled.ts';
import type { CitedWork, Day } from './work.ts';

const chicagoDate = ([year, month, day]: Day) => `${monthName(month)} ${day}, ${year}`;

/** An initial "The" is dropped from an English-language newspaper's name (14.193). */
function newspaper(work: CitedWork): string | undefined {
  if (!work.publication) return undefined;
  const name = oneLine(work.publication);
  return /^en\b/i.test(work.language) ? name.replace(/^the\s+(?=\S)/i, '') : name;
}

function inverted(name: CitedName): string {
  if (!isPerson(name)) return name.literal;
  return [name.family, name.given, name.suffix].filter(Boolean).join(', ');
}

/** "A, B, and C" (Chicago's serial comma). */
function series(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/** Bibliography (14.76): the first author inverted; more than ten, the first seven and "et al." */
function bibliographyAuthors(names: CitedName[]): string {
  const [first, ...rest] = names;
  if (names.length > 10) return `${inverted(first)}, ${rest.slice(0, 6).map(naturalName).join(', ')}, et al.`;
  if (rest.length === 0) return inverted(first);
  return `${inverted(first)}, ${rest.length > 1 ? `${rest.slice(0, -1).map(naturalName).join(', ')}, ` : ''}and ${naturalName(rest.at(-1)!)}`;
}

/** Notes (14.76): names in natural order; four or more, the first and "et al." */
function noteAuthors(names: CitedName[]): string {
  return names.length > 3 ? `${naturalName(names[0])} et al.` : series(names.map(naturalName));
}

/**
 * What follows the date in both forms: a revision date (14.13), the original's address, then
 * the archive as the source consulted (named like a database, 14.175), the day it took its copy
 * as the access date (14.12), and its permanent address.
 */
function dateAndPlaces(work: CitedWork, separator: string, accessed: string): StyledCitation {
  const parts: StyledCitation = [chicagoDate(work.published)];
  if (work.updated) parts.push(`, last modified ${chicagoDate(work.updated)}`);
  if (work.originalUrl) parts.push(separator, link(work.originalUrl));
  parts.push(separator, work.archiveName);
  if (work.accessed) parts.push(separator, `${accessed} ${chicagoDate(work.accessed)}`);
  parts.push(separator, link(work.archiveUrl), '.');
  return parts;
}

/** Author. "Title." Newspaper, Month Day, Year. URL. */
export function chicagoBibliography(work: CitedWork): StyledCitation {
  const parts: StyledCitation = [];
  if (work.authors.length > 0) {
    const authors = bibliographyAuthors(work.authors);
    parts.push(/[.]$/.test(authors) ? authors : `${authors}.`, ' ');
  }
  parts.push(quotedTitle(work.title, '.'), ' ');
  const paper = newspaper(work);
  if (paper) parts.push(italic(paper), ', ');
  return [...parts, ...dateAndPlaces(work, '. ', 'Accessed')];
}

/** Author, "Title," Newspaper, Month Day, Year, URL. (the note's number is the reader's). */
export function chicagoNote(work: CitedWork): StyledCitation {
  const parts: StyledCitation = [];
  if (work.authors.length > 0) parts.push(`${noteAuthors(work.authors)}, `);
  parts.push(quotedTitle(work.title, ','), ' ');
  const paper = newspaper(work);
  if (paper) parts.push(italic(paper), ', ');
  return [...parts, ...dateAndPlaces(work, ', ', 'accessed')];
}
