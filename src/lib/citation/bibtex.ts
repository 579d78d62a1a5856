// BibTeX: one @article entry. A newspaper article is an article in a periodical, so @article
// (with `journal`) is read by classic BibTeX and by biblatex alike; biblatex's own sign that the
// periodical is a newspaper is `entrysubtype = {newspaper}`, which BibTeX ignores. @online would
// lose the publication in classic BibTeX, which has no such type.
import { isPerson, type CitedName } from './names.ts';
import { citationKey } from './key.ts';
import { oneLine } from './styled.ts';
import type { CitedWork, Day } from './work.ts';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// BibTeX counts braces even after a backslash, so a brace in the text is written as a command
// (balanced); the other specials are escaped as LaTeX escapes them. <, > and | are commands too:
// in TeX's default font encoding they print as ¡, ¿ and —.
const LATEX: Record<string, string> = {
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text as LaTeX reads it: its special characters written as commands, on one line. */
export function latexText(text: string): string {
  return oneLine(text).replace(/[\\{}%&$#_^~<>|]/g, (c) => LATEX[c] ?? `\\${c}`);
}

/** An address for a verbatim field (url): characters that would unbalance braces, percent-encoded. */
const verbatimUrl = (url: string) => url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** "Family, Given" (with ", Jr." where there is one); a body in braces, so it is never split into names. */
function bibName(name: CitedName): string {
  if (!isPerson(name)) return `{${latexText(name.literal)}}`;
  // A family name of two words ("van Beethoven") stays together because it is written first.
  const family = latexText(name.family);
  return [family, name.suffix && latexText(name.suffix), name.given && latexText(name.given)].filter(Boolean).join(', ');
}

const isoDay = ([y, m, d]: Day) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The entry; fields in braces, the headline's capitals protected by a second pair. */
export function bibtex(work: CitedWork): string {
  const fields: [string, string][] = [];
  if (work.authors.length > 0) fields.push(['author', `{${work.authors.map(bibName).join(' and ')}}`]);
  fields.push(['title', `{{${latexText(work.title)}}}`]);
  if (work.publication) fields.push(['journal', `{${latexText(work.publication)}}`]);
  fields.push(['entrysubtype', '{newspaper}']);
  fields.push(['year', `{${work.published[0]}}`], ['month', MONTH_MACROS[work.published[1] - 1]], ['date', `{${isoDay(work.published)}}`]);
  // The copy a reader can always reach is the archive's: it is the `url`, with the day the archive
  // took it as `urldate`; the original's address goes in the note.
  fields.push(['url', `{${verbatimUrl(work.archiveUrl)}}`]);
  if (work.accessed) fields.push(['urldate', `{${isoDay(work.accessed)}}`]);
  const note = [`Archived by ${latexText(work.archiveName)}`, work.originalUrl && `originally published at ${latexText(work.originalUrl)}`].filter(Boolean).join('; ');
  fields.push(['note', `{${note}}`]);
  fields.push(['langid', `{${work.language}}`]);
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@article{${citationKey(work)},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`).join(',\n')}\n}\n`;
}
