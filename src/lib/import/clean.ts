import { writtenDay } from './parse-date.ts';

// Every cleaning rule the importer applies, and the one list of page furniture. A story keeps its
// words exactly; what goes is what a page put around them: ads, share prompts, photo captions and
// credits, maintenance banners, a dateline that only repeats the date, and invisible characters
// that do nothing.

/** Lines (or whole paragraphs) that are page furniture, not story text. */
export const FURNITURE_LINES: RegExp[] = [
  /^advertisement$/i,
  // The colour key of a map or chart that is not in the text: "██ Labour Party - 203 seats".
  /^█+\s.*$/,
  /^(?:story continues below|continue reading (?:below|after)(?: the)?) advertisement$/i,
  /^(?:share|share (?:this|the) (?:article|story|page)|tweet(?: this)?|email this(?: article| story)?|print this(?: article| story)?)$/i,
  /^(?:share|post) (?:on|to|via) (?:facebook|twitter|x|linkedin|whatsapp|reddit|bluesky|email)$/i,
  /^click to (?:share|email|print)\b.*$/i,
  // What a page's scripts would have turned into a button or folded away.
  /^continue reading the (?:main )?story$/i,
  // A video player's length, left alone in a paragraph: "8:09".
  /^\d{1,2}:\d{2}(?::\d{2})?$/,
  // A photo credit, alone or ending its caption: "Image: Nicholas Moreau.", "Protesters. Image: Jo Roe (flickr)."
  /(?:Image|Photo|Photograph|Picture|Photo credit): [^\n]{1,80}$/,
  // Maintenance banners of wiki news sites.
  /^This article requires pre-publication review\b.*$/i,
  /^-?Article last amended: .*$/i,
];

/** HTML blocks that are never the story: removed before a saved page becomes markdown. */
export const FURNITURE_ELEMENTS =
  'script, style, noscript, template, nav, aside, footer, header, form, button, input, select, textarea, ' +
  'iframe, object, embed, svg, canvas, img, picture, video, audio, dialog, [hidden], [aria-hidden="true"], ' +
  '[role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"], h1';

/** Class or id words that mark furniture blocks: ad slots, share bars, comments, newsletter boxes. */
export const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:ads?|advert\w*|sponsor\w*|promo\w*|share|sharing|social|comments?|related|newsletter|subscribe|subscription|paywall|outbrain|taboola|byline|breadcrumbs?|tags?|toolbar|print-only)(?:$|[\s_-])/i;

export function isFurniture(line: string): boolean {
  const text = line.trim();
  return FURNITURE_LINES.some((pattern) => pattern.test(text));
}

/**
 * Whether a paragraph is only a dateline repeating the story's day ("Friday, January 4, 2019"):
 * a dateline that names another day is information, and stays.
 */
export function isRepeatedDateline(paragraph: string, storyDay: string | undefined): boolean {
  return storyDay !== undefined && writtenDay(paragraph) === storyDay;
}

const SPACES = /[\u00A0\u2007\u202F\t\f\v]/g;
// Zero-width joiner and non-joiner, zero-width space, word joiner, byte-order mark.
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF]/gu;
const JOINABLE = /[\p{L}\p{M}\p{Extended_Pictographic}]/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Removes invisible joiners that join nothing. A joiner between two letters of a script that
 * shapes its letters (the ZWNJ inside a Persian word, a ZWJ in a Devanagari conjunct or an emoji
 * sequence) changes how the word looks, so it stays; one beside a space, punctuation, a Latin
 * letter or another wiki leftover does nothing, so it goes.
 */
export function removeStrayJoiners(text: string): string {
  return text.replace(INVISIBLE, (mark, offset: number) => {
    if (mark === '\uFEFF') return '';
    const before = [...text.slice(Math.max(0, offset - 2), offset)].at(-1) ?? '';
    const after = [...text.slice(offset + 1, offset + 3)][0] ?? '';
    const joins = JOINABLE.test(before) && JOINABLE.test(after) && !(LATIN.test(before) && LATIN.test(after));
    return joins ? mark : '';
  });
}

/** Non-breaking and other odd spaces become plain spaces; stray joiners go. Nothing else changes. */
export function normaliseCharacters(text: string): string {
  return removeStrayJoiners(text.replace(SPACES, ' '));
}

/** One line of running text: normalised characters, single spaces, no space at either end. */
export function normaliseLine(line: string): string {
  return normaliseCharacters(line).replace(/ {2,}/g, ' ').trim();
}

/**
 * Plain text → its paragraphs, each a list of lines, with every rule applied. Paragraphs are split
 * on blank lines; a text with no blank line at all has one paragraph per line (as copied from a page).
 */
export function cleanPlainText(text: string, storyDay?: string): string[][] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map(normaliseLine);
  const blocks = lines.includes('') ? splitOnBlankLines(lines) : lines.map((line) => [line]);
  const paragraphs = blocks.map((block) => block.filter((line) => !isFurniture(line))).filter((block) => block.length > 0);
  // The dateline may be a paragraph of its own or the first line of the first one.
  if (paragraphs.length > 0 && isRepeatedDateline(paragraphs[0][0], storyDay)) paragraphs[0].shift();
  return paragraphs.filter((block) => block.length > 0);
}

function splitOnBlankLines(lines: string[]): string[][] {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line) blocks[blocks.length - 1].push(line);
    else if (blocks[blocks.length - 1].length > 0) blocks.push([]);
  }
  return blocks.filter((block) => block.length > 0);
}
