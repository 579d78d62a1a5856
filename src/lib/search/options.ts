// The one module that says how search matches and ranks: the build writes indexes with these
// settings and the browser reads and searches them with the same ones.
import type { IFuseOptions } from 'fuse.js';

/**
 * Fuse settings for matching one query word against a shard of the term dictionary. Terms are
 * single normalized words, so Fuse's location window (first 60 characters by default) and its
 * field-length norm mean nothing here: ignore both. Fuse only proposes near spellings: a
 * threshold of 0.45 lets two typos in five letters through (a swap of neighbours counts two for
 * Fuse), and editDistance then keeps those within a reader's typo budget.
 */
export const TERM_FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  ignoreDiacritics: true,
  isCaseSensitive: false,
  threshold: 0.45,
  minMatchCharLength: 2,
  shouldSort: true,
} as const satisfies IFuseOptions<string>;

/** The dictionary shards are Fuse indexes over plain strings, so they have no keys. */
export const TERM_FUSE_KEYS: string[] = [];

/** Near spellings Fuse proposes per word, before counted edits sort them out. */
export const FUSE_CANDIDATES = 200;

/** At most this many dictionary terms stand for one query word. */
export const TERMS_PER_WORD = 16;

/**
 * Where a term occurs in a story, as bits of a posting, and how much each place counts. A
 * headline or topic match outweighs a dek match, which outweighs a body match. `lead` marks the
 * headline's first word: it adds nothing to a word's score, but ranks first the headlines that
 * begin as the query does ("US pre" → "US President…").
 */
export const FIELD = { headline: 1, topic: 2, dek: 4, body: 8, lead: 16 } as const;
export const FIELD_WEIGHT: Record<keyof typeof FIELD, number> = { headline: 6, topic: 5, dek: 2.5, body: 1, lead: 0 };
export const FIELD_BITS = 5;

/** How well a dictionary term stands for what was typed. */
export const MATCH_QUALITY = { exact: 1, prefix: 0.85, stem: 0.7, fuzzy: 0.7 } as const;

/** A story holding every one of several query words as typed, anywhere, ranks above those that need other spellings. */
export const AS_TYPED_BONUS = 100;

/** A story whose headline holds every query word as typed ranks above all others. */
export const EXACT_HEADLINE_BONUS = 1000;
/** Of those, a headline that begins with the query's first word ranks above the others. */
export const HEADLINE_START_BONUS = 500;

/** Query limits: words after the first few and letters past Fuse's 32-bit pattern are ignored. */
export const MAX_QUERY_WORDS = 8;
export const MAX_WORD_LENGTH = 32;

/** Shard sizes: they bound every index file, whatever the archive's size. */
export const SHARD_LIMITS = {
  /** A dictionary shard holding more terms than this is split by the next letter. */
  termsPerDictionaryShard: 3000,
  /** Postings (story, field) per postings file; one very common term may exceed it alone. */
  postingsPerFile: 6000,
  /** Stories per document shard: what a result needs to show. */
  storiesPerDocShard: 16,
  /** Characters of body text kept for a result's snippet when the story has no dek. */
  excerptChars: 240,
  /**
   * Characters of body text indexed per story, about 15,000 words: every news story whole (the
   * longest in the corpus is 104,000 characters), while a book-length entry cannot grow the index
   * without bound.
   */
  indexedBodyChars: 120000,
  /** Names offered by each filter (topic, person, place, organisation): the most used ones. */
  filterNames: 200,
} as const;

/**
 * Results shown at first (more on request). Each result's lines come from its document shard,
 * so this is also how many small files a new query may fetch.
 */
export const RESULTS_PAGE_SIZE = 10;
