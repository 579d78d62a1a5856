import anyAscii from 'any-ascii';
import { isPerson } from './names.ts';
import type { CitedWork } from './work.ts';

const STOP = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'and', 'for']);
// An apostrophe joins: O’Neil is "oneil", not "o".
const letters = (text: string) => anyAscii(text).toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * A citation key in the usual family-year-word form ("carey2019can"), ASCII letters and digits
 * only, so every BibTeX tool takes it; it is made from the story alone, so it is the same in every
 * build. An author without a family name is stood in for by the publication, then the archive.
 */
export function citationKey(work: CitedWork): string {
  const first = work.authors[0];
  const who = letters(first ? (isPerson(first) ? first.family : first.literal) : (work.publication ?? work.archiveName)).split(' ')[0] || 'story';
  const word = letters(work.title).split(' ').find((w) => w && !STOP.has(w)) ?? letters(work.slug).split(' ')[0] ?? '';
  return `${who}${work.published[0]}${word}`;
}
