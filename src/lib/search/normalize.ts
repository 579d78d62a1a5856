// How text becomes search terms, the same way at build time and in the browser: case, accents
// and quote styles never decide whether a story is found.

// Letters that Unicode does not decompose into a base letter plus an accent.
const FOLDED: Record<string, string> = {
  ł: 'l', đ: 'd', ð: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
};
const UNFOLDED = /[łđðøßæœþıħŧ]/g;
const APOSTROPHES = /['’‘ʼ`´]/g;

/** Lower case, accents stripped, apostrophes dropped: "Gdańsk’s" → "gdansk". */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(UNFOLDED, (ch) => FOLDED[ch])
    // A possessive is the same word: "Trump's" is found by "trump".
    .replace(/(\p{L})['’]s\b/gu, '$1')
    .replace(APOSTROPHES, '');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The terms of a text, in order, repeats kept. */
export function tokenize(text: string): string[] {
  return normalize(text).match(WORD) ?? [];
}

// Hyphens that join the parts of one word ("anti-Brexit", "COVID-19"); dashes between words or
// numbers (2019–2020) are not among them.
const HYPHEN = /[-\u2010\u2011]/;
const HYPHENS = new RegExp(HYPHEN.source, 'g');
const WORD_OR_HYPHENATED = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*/gu;

/**
 * The terms a text is indexed under: its words, and each hyphenated word also written as one
 * ("anti-Brexit" → anti, brexit, antibrexit; "oxygen-less" → oxygenless; "COVID-19" → covid19),
 * because readers write such words in any of those ways. A query's words are tokenized alone:
 * "anti brexit" and "anti-brexit" find the parts, "antibrexit" the joined form.
 */
export function indexTerms(text: string): string[] {
  const normal = normalize(text);
  if (!HYPHEN.test(normal)) return normal.match(WORD) ?? [];
  // One pass: a hyphenated word gives its parts, then itself joined.
  const terms: string[] = [];
  for (const [word] of normal.matchAll(WORD_OR_HYPHENATED)) {
    if (!HYPHEN.test(word)) {
      terms.push(word);
      continue;
    }
    const parts = word.split(HYPHENS);
    terms.push(...parts, parts.join(''));
  }
  return terms;
}

// Words too common to say anything about a story's body; they are still indexed in headlines,
// topics and deks, and a query made only of them still searches.
export const STOPWORDS = new Set(
  ('a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'may more most not of on or our she so than that the their them then there these they this ' +
    'those to was we were what when which who will with would you your also after about said says ' +
    'can could did do does over up out all one two new no s t').split(' '),
);

/** A term worth a body posting: not a stop word, and more than one character (or a number). */
export function isIndexedBodyTerm(term: string): boolean {
  return !STOPWORDS.has(term) && (term.length > 1 || /\p{N}/u.test(term));
}
