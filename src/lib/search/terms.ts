// One query word against one shard of the term dictionary, with Fuse: the typo-tolerant part.
import Fuse from 'fuse.js';
import type { DictionaryShard } from './format.ts';
import { MATCH_QUALITY, TERM_FUSE_OPTIONS, TERMS_PER_WORD } from './options.ts';

export interface TermMatch {
  term: string;
  /** 0..1: how well the term stands for the word (MATCH_QUALITY). */
  quality: number;
  exact: boolean;
  /** Which shard's postings file holds it. */
  shard: DictionaryShard;
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

  /** Terms that may be what the reader meant by `word`: itself, words it begins, near spellings. */
  match(word: string): TermMatch[] {
    const matches: TermMatch[] = [];
    const exactAt = binarySearch(this.terms, word);
    const hasExact = this.terms[exactAt] === word;
    // Every term the word begins (it may be half typed), found in sorted order, not by Fuse.
    for (let i = exactAt; i < this.terms.length && this.terms[i].startsWith(word); i++) {
      const term = this.terms[i];
      const exact = term === word;
      matches.push({ term, exact, quality: exact ? MATCH_QUALITY.exact : prefixQuality(word, term), shard: this.shard });
      if (matches.length >= TERMS_PER_WORD * 2) break;
    }
    // A word that is itself a term was typed as meant; near spellings would only add noise.
    if (hasExact || word.length < 4) return matches.sort(byQuality).slice(0, TERMS_PER_WORD);
    const seen = new Set(matches.map((m) => m.term));
    for (const { item, score = 1 } of this.fuse.search(word, { limit: TERMS_PER_WORD })) {
      if (seen.has(item)) continue;
      const lengthRatio = Math.min(word.length, item.length) / Math.max(word.length, item.length);
      matches.push({ term: item, exact: false, quality: MATCH_QUALITY.fuzzy * (1 - score) * lengthRatio, shard: this.shard });
    }
    return matches.sort(byQuality).slice(0, TERMS_PER_WORD);
  }
}

function prefixQuality(word: string, term: string): number {
  // "immigr" stands for "immigrant" a little more than for "immigrations".
  return MATCH_QUALITY.prefix * (0.9 + 0.1 * (word.length / term.length));
}

function byQuality(a: TermMatch, b: TermMatch): number {
  return b.quality - a.quality || (a.term < b.term ? -1 : 1);
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
