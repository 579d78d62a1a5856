// Which headline a saved page shows its reader. Pages declare one for search engines and social
// cards (JSON-LD, og:title), often reworded or with the site's name tacked on ("… | Site",
// "… - Site"), and show one in an <h1>. The shown one is the story's: when the page has a single
// headline-sized <h1>, it is taken; otherwise the first declared one, without a site or author
// name at its end. A lone <h1> that shares no word with the declared headline is a logo or a
// show's name ("Good Morning America"), not the headline.

/** A headline has at least this many words (a site's logo in an <h1> has fewer)… */
const MIN_WORDS = 3;
/** …or, in scripts written without spaces, this many characters. */
const MIN_CHARACTERS = 6;
const MAX_WORDS = 40;
/** Where a <title> joins the headline to the site's name: " | ", " - ", " – ", " — ", " · ", "_". */
const SEPARATOR = /\s+[|\-–—·•»]\s+|_/;

export interface HeadlineSources {
  /** The texts of the page's <h1> elements, in order. */
  shown: string[];
  /** Headlines the page declares, in order of trust (JSON-LD, og:title, twitter:title, <title>). */
  declared: (string | undefined)[];
  /** Names that are not part of a headline when they end one: the site's, the publisher's, the authors'. */
  names: (string | undefined)[];
}

export function pageHeadline({ shown, declared, names }: HeadlineSources): string | undefined {
  // An <h1> that is also what a declared headline ends with ("… | Harbour Herald Daily") is the site's name.
  const endings = new Set(declared.flatMap((text) => (text ? text.split(SEPARATOR).slice(1).map(fold) : [])));
  const known = [...names.filter((name): name is string => Boolean(name)), ...shown.filter((text) => endings.has(fold(text)))].map(fold);
  const isName = (text: string) => known.includes(fold(text));
  const first = declared.find((text): text is string => Boolean(text?.trim()));
  const headlines = [...new Set(shown.filter((text) => isHeadlineSized(text) && !isName(text)))];
  if (headlines.length === 1 && (first === undefined || sharesAWord(headlines[0], first))) return headlines[0];
  return first === undefined ? undefined : withoutTrailingNames(first, isName);
}

/** Whether two headlines share a word of four letters or more (or two characters of a script without spaces). */
function sharesAWord(a: string, b: string): boolean {
  const words = (text: string) => {
    const folded = fold(text);
    const spaced = folded.match(/[\p{L}\p{N}]{4,}/gu) ?? [];
    const unspaced = [...folded.matchAll(/(?=([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}))/gu)].map((match) => match[1]);
    return new Set([...spaced, ...unspaced]);
  };
  const of = words(b);
  return [...words(a)].some((word) => of.has(word));
}

function isHeadlineSized(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words <= MAX_WORDS && (words >= MIN_WORDS || (words >= 1 && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text) && text.length >= MIN_CHARACTERS));
}

/** "Headline | Site | Author" → "Headline", when the parts cut off are names the page gives. */
function withoutTrailingNames(title: string, isName: (text: string) => boolean): string {
  let rest = title.trim();
  for (;;) {
    const parts = rest.split(SEPARATOR);
    if (parts.length < 2 || !isName(parts[parts.length - 1])) return rest;
    const cut = rest.lastIndexOf(parts[parts.length - 1]);
    rest = rest.slice(0, cut).replace(new RegExp(`(?:${SEPARATOR.source})$`), '').trim();
  }
}

/** Names compared without case, accents or spacing: "Aktuálně.cz" and "aktualne.cz" are one. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
