// APA 7 (Publication Manual, 7th ed., 2020): reference for a newspaper article (10.1, example 16).
import { monthName } from '../dates.ts';
import { isPerson, type CitedName } from './names.ts';
import { italic, link, oneLine, withPeriod, type StyledCitation } from './styled.ts';
import type { CitedWork, Day } from './work.ts';

/** "Benedict" → "B.", "Jean-Paul" → "J.-P." (9.8: initials of given names). */
function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => /\p{L}/u.exec(part)?.[0])
        .filter(Boolean)
        .map((letter) => `${letter}.`)
        .join('-'),
    )
    .filter(Boolean)
    .join(' ');
}

function authorName(name: CitedName): string {
  if (!isPerson(name)) return name.literal;
  return [name.family, name.given && initials(name.given), name.suffix].filter(Boolean).join(', ');
}

/** 9.8: every author up to 20, "&" before the last; from 21, the first 19, an ellipsis and the last. */
function authorList(names: CitedName[]): string {
  const written = names.map(authorName);
  if (written.length > 20) return `${written.slice(0, 19).join(', ')}, . . . ${written.at(-1)}`;
  if (written.length === 1) return written[0];
  if (written.length === 2) return `${written[0]}, & ${written[1]}`;
  return `${written.slice(0, -1).join(', ')}, & ${written.at(-1)}`;
}

/** 9.14: year, month and day for a newspaper: "2019, March 22". */
const referenceDate = ([year, month, day]: Day) => `${year}, ${monthName(month)} ${day}`;
/** 9.16: "Retrieved March 22, 2019, from". */
const retrievalDate = ([year, month, day]: Day) => `${monthName(month)} ${day}, ${year}`;

/**
 * The reference-list entry. APA asks for the headline in sentence case; the archive cannot tell
 * proper nouns from capitalised words, so it keeps the headline as the publication printed it.
 * With no author, the title moves to the author's place (9.12). The archive's copy follows the
 * original's address as a retrieval statement (9.16), dated the day the archive took it.
 */
export function apaReference(work: CitedWork): StyledCitation {
  const title = withPeriod(oneLine(work.title));
  const date = `(${referenceDate(work.published)}).`;
  const parts: StyledCitation = work.authors.length > 0 ? [withPeriod(authorList(work.authors)), ' ', date, ' ', title] : [title, ' ', date];
  if (work.publication) parts.push(' ', italic(oneLine(work.publication)), '.');
  if (work.originalUrl) parts.push(' ', link(work.originalUrl));
  parts.push(' ', work.accessed ? `Retrieved ${retrievalDate(work.accessed)}, from ${work.archiveName}: ` : `${work.archiveName}: `, link(work.archiveUrl));
  return parts;
}
