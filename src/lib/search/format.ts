// The shape of the search files the build writes and the browser reads. Every file is JSON
// served from /search/ under a name that carries a hash of its content.
import type { Facet, FacetKind } from './facets.ts';

/** Which file holds what; the search page points at it. */
export interface SearchManifest {
  version: 5;
  /**
   * Published stories in the index; story numbers run 0..stories-1, oldest first, so a story
   * added after the newest numbers no other story differently and leaves their files as they were.
   */
  stories: number;
  /** Term prefix → dictionary shard file. Every term lives in exactly one shard. */
  dictionary: Record<string, string>;
  /**
   * Terms of four letters or more by what follows their first letter → tail shard file, so a
   * word misspelt in its first letter (kovid) is still found (covid).
   */
  tails: Record<string, string>;
  /**
   * Document shards: story n is in the file docShardName(docs, floor(n / docsPerShard)). Each
   * shard's name is a hash of its content; `docs` holds them all, DOC_HASH_LENGTH characters each.
   */
  docs: string;
  docsPerShard: number;
  /** Publication years in story order, run-length coded: [year, how many stories]. */
  years: [number, number][];
  /**
   * The file of the stories not in English (StoryNumbersFile), where other forms of an English
   * word (elected → election) do not count; absent when every story is in English.
   */
  notEnglish?: string;
  /**
   * The file saying which file (StopGramsFile) holds the stories of each pair of neighbouring
   * stop words in bodies ("one of" → s.….json), for quoted phrases made only of stop words.
   */
  stopGrams?: string;
  /** For each filter, the most used names, alphabetical. */
  facets: Record<FacetKind, Facet[]>;
}

/** One shard of the term dictionary. */
export interface DictionaryShard {
  /** A Fuse index (Fuse.createIndex(...).toJSON()) over the shard's terms, in sorted order. */
  index: { keys: unknown[]; records: { v: string; i: number; n: number }[] };
  /** The postings files holding this shard's terms, and the first term number in each. */
  files: string[];
  starts: number[];
}

/** Terms with the postings file of each, sorted by what follows their first letter. */
export type TailShard = [term: string, file: string][];

/**
 * Term → postings. Each posting is one number: the story-number gap from the previous posting
 * times 2 ** FIELD_BITS, plus the FIELD bits saying where in the story the term occurs.
 */
export type PostingsFile = Record<string, number[]>;

/** What a result shows. */
export interface StoryDoc {
  headline: string;
  /** Site path without the base: /yyyy/mm/slug/ */
  path: string;
  day: string;
  source: string;
  /** The dek, or the opening of the body when there is none. */
  text: string;
  topics: string[];
  /** The file holding the story's whole text (a StoryTextFile), for snippets and phrases. */
  full: string;
}

/** A story's whole text as the index read it: the words its snippets and phrases are found in. */
export type StoryTextFile = string;

/** Pairs of neighbouring stop words ("one of") → the story numbers of the bodies holding them, as gaps. */
export type StopGramsFile = Record<string, number[]>;

/** Story numbers as gaps: [3, 1, 4] means stories 3, 4, 8. */
export type StoryNumbersFile = number[];

/** A file the build writes: its name (without the .json extension) and its JSON text. */
export interface SearchFile {
  name: string;
  body: string;
}

/**
 * The characters of a document shard's hash in the manifest: each shard is named by its own
 * content, so a new story changes only the last shard's name (hosts and browsers keep the rest
 * cached), at ten characters per 16 stories in the manifest.
 */
export const DOC_HASH_LENGTH = 10;

/** How many document shards the manifest names. */
export function docShardCount(docs: SearchManifest['docs']): number {
  return docs.length / DOC_HASH_LENGTH;
}

/** The file of one document shard. */
export function docShardName(docs: SearchManifest['docs'], shard: number): string {
  return `d.${docs.slice(shard * DOC_HASH_LENGTH, (shard + 1) * DOC_HASH_LENGTH)}`;
}
