// RIS: one record of type NEWS (newspaper article), not ELEC (web page): the story is an
// article in a newspaper, and NEWS carries the newspaper's name (T2) where reference managers
// file it. Lines are "XX  - value" ending in CR LF, as the RIS format specifies, and the record
// ends with "ER  - ".
import { isPerson, type CitedName } from './names.ts';
import { oneLine } from './styled.ts';
import type { CitedWork, Day } from './work.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** RIS dates: YYYY/MM/DD, and the publication date with the trailing slash of its "YYYY/MM/DD/other" form. */
const risDate = ([y, m, d]: Day) => `${String(y).padStart(4, '0')}/${pad(m)}/${pad(d)}`;

/** "Family, Given, Suffix" as RIS writes a person; a body as written. */
function risName(name: CitedName): string {
  if (!isPerson(name)) return oneLine(name.literal);
  return [name.family, name.given, name.suffix].filter(Boolean).join(', ');
}

export function ris(work: CitedWork): string {
  const lines: [string, string][] = [['TY', 'NEWS']];
  for (const author of work.authors) lines.push(['AU', risName(author)]);
  lines.push(['TI', work.title]);
  if (work.publication) lines.push(['T2', work.publication]);
  lines.push(['PY', String(work.published[0])], ['DA', `${risDate(work.published)}/`]);
  // UR may repeat: the archive's permanent address first, then the original's.
  lines.push(['UR', work.archiveUrl]);
  if (work.originalUrl) lines.push(['UR', work.originalUrl]);
  if (work.accessed) lines.push(['Y2', risDate(work.accessed)]);
  lines.push(['DB', work.archiveName], ['LA', work.language]);
  // A value is one line: a newline inside it would start a line that is not a tag.
  return [...lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - ', ''].join('\r\n');
}
