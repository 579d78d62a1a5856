// CSL-JSON (the Citation Style Language's input format): an array with one item of type
// "article-newspaper". Dates are `date-parts`; people are family/given, bodies `literal`.
import { isPerson, type CitedName } from './names.ts';
import { citationKey } from './key.ts';
import { oneLine } from './styled.ts';
import type { CitedWork, Day } from './work.ts';

export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  literal?: string;
}
export interface CslDate {
  'date-parts': [Day];
}
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued: CslDate;
  accessed?: CslDate;
  URL: string;
  archive: string;
  note?: string;
  language: string;
}

const cslName = (name: CitedName): CslName => (isPerson(name) ? { ...name } : { literal: oneLine(name.literal) });
const cslDate = (day: Day): CslDate => ({ 'date-parts': [day] });

/**
 * The item. `URL` is the archive's permanent address (the copy a reader can reach, accessed the
 * day the archive took it), `archive` names the archive (CSL's variable for the archive storing
 * the item); CSL has no variable for a second address, so the original's is in `note`.
 */
export function cslItem(work: CitedWork): CslItem {
  return {
    id: citationKey(work),
    type: 'article-newspaper',
    title: oneLine(work.title),
    ...(work.publication && { 'container-title': oneLine(work.publication) }),
    ...(work.authors.length > 0 && { author: work.authors.map(cslName) }),
    issued: cslDate(work.published),
    ...(work.accessed && { accessed: cslDate(work.accessed) }),
    URL: work.archiveUrl,
    archive: work.archiveName,
    ...(work.originalUrl && { note: `Originally published at ${work.originalUrl}` }),
    language: work.language,
  };
}

/** The file: a CSL-JSON array with the one item. */
export const cslJson = (work: CitedWork): string => `${JSON.stringify([cslItem(work)], null, 2)}\n`;
