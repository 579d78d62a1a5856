// Light English stemming, for matching a query word to the other forms of it that the archive
// holds (elected, elect, election, elections). Only plural, past, -ing and -ion endings are
// taken off, and only from a stem long enough to stand alone, measured as Porter's algorithm
// measures it, so "states" and "station" or "news" and "new" stay apart.

const VOWEL = /[aeiou]/;

/** Porter's measure: how many vowel–consonant sequences a stem has ("elect" 2, "stat" 1). */
function measure(stem: string): number {
  let m = 0;
  let sawVowel = false;
  for (const ch of stem) {
    if (VOWEL.test(ch)) sawVowel = true;
    else if (sawVowel) {
      m++;
      sawVowel = false;
    }
  }
  return m;
}

/** The stem a word of English letters is compared by; other words are their own stem. */
export function stem(word: string): string {
  if (!/^[a-z]{4,}$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  // "press", "bus", "crisis" are not plurals, and "news" is not "new".
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 4) w = w.slice(0, -1);
  for (const ending of ['ed', 'ing']) {
    const base = w.slice(0, -ending.length);
    if (w.endsWith(ending) && VOWEL.test(base) && measure(base) > 0) {
      // "stopped" → stop; "elected" → elect.
      w = /([^aeiouslz])\1$/.test(base) ? base.slice(0, -1) : base;
      break;
    }
  }
  if (w.endsWith('ion') && /[st]$/.test(w.slice(0, -3)) && measure(w.slice(0, -3)) > 1) w = w.slice(0, -3);
  // A silent e goes where -ed and -ing took it ("declares" and "declaring" → declar), from a
  // stem long enough that nothing else is left alike (Porter's step 5a, its m > 1 half).
  if (w.endsWith('e') && measure(w.slice(0, -1)) > 1) w = w.slice(0, -1);
  return w;
}
