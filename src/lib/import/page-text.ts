// The short texts a page names its story with (headline, byline, source), as a reader would
// read them: character references decoded even where the page encoded them twice or put them in
// JSON-LD (`&#8211;`), and a byline holding only names.
import { parseEntities } from 'parse-entities';
import { dateIn } from './parse-date.ts';

// Inline markup that JSON-LD and feeds sometimes leave in a headline; any other angle brackets
// are the text's own ("Apple <AAPL> beats estimates").
const INLINE_TAG = /<\/?(?:a|abbr|b|br|cite|em|i|mark|q|s|small|span|strong|sub|sup|u)\b[^>]*>/gi;

/** Text with its character references decoded (`&#8211;` → –, `&amp;` → &), inline tags dropped, spaces collapsed. */
export function pageText(text: string): string {
  const decoded = text.includes('&') ? parseEntities(text) : text;
  return decoded.replace(INLINE_TAG, '').replace(/\s+/g, ' ').trim();
}

// What follows the names in a byline: a separator and the date or the outlet, a role, a biography.
const SEPARATOR = /\s+[·•|—–]\s+.*$/;
const ROLE = /,\s*(?:(?:senior|chief|staff|special|political|foreign|business|science|health|sports?|deputy|associate|contributing|local)\s+)*(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|photographer|producer|analyst)s?\b.*$/i;
const BIOGRAPHY = /\s+(?:is|was|has been|covers|writes)\s+(?:a|an|the|for|about)\s.*$/i;

/** A byline's names: "By Priya Shah · 8 March 2024", "By Priya Shah, Senior Reporter" → "By Priya Shah". */
export function bylineNames(byline: string): string | undefined {
  let text = pageText(byline);
  const date = dateIn(text);
  // A date written into the byline ("… 8 March 2024", "Updated Nov. 19, 2019 10:15 EST") goes with what follows it.
  if (date) text = text.slice(0, date.index).replace(/\b(?:on|updated|published|posted)[\s,:]*$/i, '');
  text = text.replace(SEPARATOR, '').replace(ROLE, '').replace(BIOGRAPHY, '');
  text = text.replace(/[\s,;:·•|—–-]+$/, '').trim();
  return /\p{L}{2}/u.test(text.replace(/^by\b/i, '')) ? text : undefined;
}
