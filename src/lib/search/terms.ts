// One query word against one shard of the term dictionary, with Fuse: the typo-tolerant part.
// The basic build: no extended search or logical queries, which one-word matching never uses,
// and 2 KB less script for every reader.
import Fuse from 'fuse.js/basic';
import type { DictionaryShard, TailShard } from './format.ts';
import { FUSE_CANDIDATES, MATCH_QUALITY, TERM_FUSE_OPTIONS, TERMS_PER_WORD } from './options.ts';
import { editDistance } from './edit-distance.ts';
import { stem } from './stem.ts';

export interface TermMatch {
  term: string;
  /** 0..1: how well the term stands for the word (MATCH_QUALITY). */
  quality: number;
  exact: boolean;
  /**
   * For another form of the word by English stemming: how well it stands for the word in a
   * story in another language, where it counts only as a near spelling would (0: not at all).
   */
  otherLanguages?: number;
  /** The postings file that holds it. */
  file: string;
}

/** A dictionary shard made searchable: Fuse over its precomputed index, without rebuilding it. */
export class TermDictionary {
  readonly shard: DictionaryShard;
  readonly terms: string[];
  private readonly fuse: Fuse<string>;

  constructor(shard: DictionaryShard) {
    this.shard = shard;
    this.terms = shard.index.records.map((record) => record.v);
    this.fuse = new Fuse(this.terms, TERM_FUSE_OPTIONS, Fuse.parseIndex<string>(shard.index as never));
  }

  /** The postings file that holds a term. */
  fileOf(term: string): string {
    const position = binarySearch(this.terms, term);
    let file = 0;
    while (file + 1 < this.shard.starts.length && this.shard.starts[file + 1] <= position) file++;
    return this.shard.files[file];
  }

  /** Every term that starts with `prefix`, in sorted order. */
  startingWith(prefix: string): string[] {
    const from = binarySearch(this.terms, prefix);
    let to = from;
    while (to < this.terms.length && this.terms[to].startsWith(prefix)) to++;
    return this.terms.slice(from, to);
  }

  /** Terms that may be what the reader meant by `word`: itself, words it begins, near spellings. */
  match(word: string): TermMatch[] {
    const matches: TermMatch[] = [];
    const exactAt = binarySearch(this.terms, word);
    // Every term the word begins (it may be half typed), found in sorted order, not by Fuse.
    for (let i = exactAt; i < this.terms.length && this.terms[i].startsWith(word); i++) {
      const term = this.terms[i];
      const exact = term === word;
      matches.push({ term, exact, quality: exact ? MATCH_QUALITY.exact : prefixQuality(word, term), file: this.fileOf(term) });
      if (matches.length >= TERMS_PER_WORD * 2) break;
    }
    if (word.length < 4) return matches.sort(byQuality).slice(0, termsFor(word));
    // Near spellings: Fuse proposes them, counted edits decide. A word that is itself a term,
    // or the start of some, was probably typed as meant, so only its one-edit neighbours
    // ("tail" → trail) come along: "pengu" is penguin, not penny.
    const maxEdits = matches.length > 0 || word.length <= 4 ? 1 : word.length <= 7 ? 2 : 3;
    // Other forms of the same English word: "elected" finds elect, election, elections.
    const root = stem(word);
    const seen = new Set(matches.map((m) => m.term));
    const near = root.slice(0, -1);
    for (let i = binarySearch(this.terms, near), scanned = 0; i < this.terms.length && this.terms[i].startsWith(near) && scanned < STEM_SCAN; i++, scanned++) {
      const term = this.terms[i];
      if (!seen.has(term) && stem(term) === root) {
        const edits = editDistance(word, term, maxEdits);
        const otherLanguages = edits <= maxEdits ? fuzzyQuality(word, term, edits) : 0;
        matches.push({ term, exact: false, quality: MATCH_QUALITY.stem, otherLanguages, file: this.fileOf(term) });
        seen.add(term);
      }
    }
    for (const { item } of this.fuse.search(word, { limit: FUSE_CANDIDATES })) {
      if (seen.has(item)) continue;
      const edits = editDistance(word, item, maxEdits);
      if (edits > maxEdits) continue;
      const quality = fuzzyQuality(word, item, edits);
      matches.push({ term: item, exact: false, quality, file: this.fileOf(item) });
      seen.add(item);
    }
    // In a short word a swap of neighbours is half its letters to Fuse ("knog" → kong): look
    // for one-edit neighbours directly, which costs little in a shard of a few thousand terms.
    if (word.length <= 5) {
      for (const term of this.terms) {
        if (seen.has(term) || Math.abs(term.length - word.length) > 1 || editDistance(word, term, 1) > 1) continue;
        matches.push({ term, exact: false, quality: fuzzyQuality(word, term, 1), file: this.fileOf(term) });
      }
    }
    return matches.sort(byQuality).slice(0, TERMS_PER_WORD);
  }
}

/** The most terms looked at for other forms of a word (those sharing all but the stem's last letter). */
const STEM_SCAN = 400;

/** A word of two or three letters begins hundreds of terms: only the closest few stand for it. */
function termsFor(word: string): number {
  return word.length <= 2 ? 4 : word.length === 3 ? 8 : TERMS_PER_WORD;
}

/** A near spelling stands for the word less the more of its letters differ. */
export function fuzzyQuality(word: string, term: string, edits: number): number {
  return MATCH_QUALITY.fuzzy * (1 - edits / Math.max(word.length, term.length));
}

export function prefixQuality(word: string, term: string): number {
  // "immigr" stands for "immigrant" a little more than for "immigrations".
  return MATCH_QUALITY.prefix * (0.9 + 0.1 * (word.length / term.length));
}

function byQuality(a: TermMatch, b: TermMatch): number {
  return b.quality - a.quality || (a.term < b.term ? -1 : 1);
}

/** The entries of a tail shard whose term, after its first letter, is `tail`. */
export function withTail(shard: TailShard, tail: string): TailShard {
  let low = 0;
  let high = shard.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (shard[mid][0].slice(1) < tail) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < shard.length && shard[end][0].slice(1) === tail) end++;
  return shard.slice(low, end);
}

/** Position of the first term ≥ `word` in sorted `terms`. */
export function binarySearch(terms: string[], word: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (terms[mid] < word) low = mid + 1;
    else high = mid;
  }
  return low;
}
