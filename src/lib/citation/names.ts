// Who wrote a story, as citation styles need them: a person split into family and given names,
// or an organisation (or a name that cannot be split safely) kept whole as a literal.

/** A person (`family`, with `given` where known) or a name kept whole (`literal`). */
export type CitedName = { family: string; given?: string; suffix?: string } | { literal: string };

// Lower-case words that belong to the family name ("Ludwig van Beethoven" sorts under "van Beethoven").
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'do']);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv|v)$/i;
// Words that mark a byline as a body rather than a person: agencies, desks, staff, contributors.
const ORGANISATION =
  /\b(press|news|agency|agencies|reuters|afp|staff|desk|bureau|service|services|contributors|editors|editorial|board|team|correspondents|newsroom|inc|ltd|llc|corporation|association|society|council|ministry|department|university|institute|foundation|wikinews)\b/i;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One name as written ("Jane Doe", "Doe, Jane", "Associated Press") as a cited name. */
export function citedName(written: string): CitedName {
  const name = clean(written);
  if (ORGANISATION.test(name)) return { literal: name };
  // "Doe, Jane" and "King, Martin Luther, Jr." are already inverted.
  const inverted = /^([^,]+),\s*([^,]+?)(?:,\s*([^,]+))?$/.exec(name);
  if (inverted && !SUFFIXES.test(inverted[2])) {
    return { family: inverted[1], given: inverted[2], ...(inverted[3] && { suffix: inverted[3] }) };
  }
  const words = name.replace(/,\s*(?=(jr\.?|sr\.?|ii|iii|iv|v)$)/i, ' ').split(' ');
  const suffix = words.length > 2 && SUFFIXES.test(words.at(-1)!) ? words.pop() : undefined;
  // A single word (a mononym, or a script written without spaces) cannot be split.
  if (words.length < 2) return { literal: name };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1])) start--;
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' '), ...(suffix && { suffix }) };
}

/**
 * The names in a byline as printed: "By Jane Doe and John Roe", "By Jane Doe, John Roe & Ann Li",
 * "Jane Doe; John Roe". The publication's own name, which some bylines add, is not an author.
 */
export function bylineNames(byline: string, publication?: string): string[] {
  const names = clean(byline)
    .replace(/^by\s+/i, '')
    // A comma before "Jr." belongs to the name.
    .split(/\s*(?:,(?!\s*(?:jr|sr|ii|iii|iv)\b)|;|&|\band\b)\s*/i)
    .map(clean)
    .filter(Boolean);
  const own = publication?.toLowerCase().replace(/^the\s+/, '');
  return names.filter((name) => name.toLowerCase().replace(/^the\s+/, '') !== own);
}

export const isPerson = (name: CitedName): name is { family: string; given?: string; suffix?: string } => 'family' in name;

/** "Jane Doe", "Martin Luther King Jr.": the name in its natural order. */
export function naturalName(name: CitedName): string {
  if (!isPerson(name)) return name.literal;
  return [name.given, name.family, name.suffix].filter(Boolean).join(' ');
}
