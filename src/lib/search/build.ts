// Builds the search files from the archive's stories, one story at a time: only the postings
// and a few lines per story are kept, never the bodies.
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js/basic';
import { FIELD, FIELD_BITS, SHARD_LIMITS, TERM_FUSE_KEYS } from './options.ts';
import { indexTerms, isIndexedBodyTerm, tokenize } from './normalize.ts';
import { stopGrams } from './stop-grams.ts';
import { DOC_HASH_LENGTH, type DictionaryShard, type PostingsFile, type SearchFile, type SearchManifest, type StoryDoc, type TailShard } from './format.ts';
import { encodePostings } from './postings.ts';
import { cutAtWord } from '../excerpt.ts';
import { groupByName } from '../name-groups.ts';
import { FACETS, type Facet, type FacetKind } from './facets.ts';

/** What the index needs from a story: its fields and its body as plain text. */
export interface SearchStory {
  headline: string;
  path: string;
  day: string;
  year: number;
  source: string;
  dek?: string;
  topics: string[];
  /** People, places and organisations: searched like topics and offered as filters, not shown. */
  people?: string[];
  places?: string[];
  organisations?: string[];
  /** BCP 47 language tag; English when absent. */
  language?: string;
  text: string;
}

/** Shard sizes, as numbers: tests and benchmarks may choose others. */
export type ShardLimits = { [K in keyof typeof SHARD_LIMITS]: number };

/** A story's whole text as a search file, named by its content: what snippets and phrases are found in. */
export function storyTextFile(text: string, chars: number = SHARD_LIMITS.indexedBodyChars): SearchFile {
  return named('x', JSON.stringify(text.slice(0, chars)));
}

function named(prefix: string, body: string, length = 12): SearchFile {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, length);
  return { name: `${prefix}.${hash}`, body };
}

/** Code-unit order, as the browser's binary searches compare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function gaps(numbers: number[]): number[] {
  return numbers.map((n, i) => (i === 0 ? n : n - numbers[i - 1]));
}

/**
 * Split terms, sorted by `keyOf`, into groups by the prefix of their key, one letter longer
 * wherever a group is too big.
 */
export function groupByPrefix(terms: string[], limit: number, length = 1, keyOf: (term: string) => string = (term) => term): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const term of terms) {
    const key = keyOf(term).slice(0, length);
    const group = groups.get(key);
    if (group) group.push(term);
    else groups.set(key, [term]);
  }
  const result = new Map<string, string[]>();
  for (const [key, group] of groups) {
    // A key as long as a term cannot be split further: its terms stay together.
    if (group.length > limit && length < 4 && group.some((t) => keyOf(t).length > length)) {
      // Terms no longer than the key keep a small shard of their own under the key.
      const exact = group.filter((t) => keyOf(t).length <= length);
      if (exact.length) result.set(key, exact);
      const longer = group.filter((t) => keyOf(t).length > length);
      for (const [k, g] of groupByPrefix(longer, limit, length + 1, keyOf)) result.set(k, g);
    } else {
      result.set(key, group);
    }
  }
  return result;
}

/** What follows a term's first letter: the key of the tail shards. */
const tailOf = (term: string) => term.slice(1);
/** Terms worth finding by their tail: words of four letters or more (a number's first digit is no typo). */
const TAILED = /^\p{L}.{3}/u;

export class SearchIndexBuilder {
  private readonly limits: ShardLimits;
  private readonly postings = new Map<string, number[]>();
  private readonly docs: StoryDoc[] = [];
  private readonly years: [number, number][] = [];
  /** Each story's names for each filter, by story number. */
  private readonly facetNames: Record<FacetKind, string[][]> = { topics: [], people: [], places: [], organisations: [] };
  private readonly notEnglish: number[] = [];
  /** Pairs of neighbouring stop words in bodies → the stories holding them. */
  private readonly stopGrams = new Map<string, number[]>();

  constructor(limits: ShardLimits = SHARD_LIMITS) {
    this.limits = limits;
  }

  get size(): number {
    return this.docs.length;
  }

  /**
   * Add the next story; stories must come in the order they are numbered (oldest first).
   * Returns the file of its whole text, which is not kept here: the caller writes it.
   */
  add(story: SearchStory): SearchFile {
    const id = this.docs.length;
    const full = storyTextFile(story.text, this.limits.indexedBodyChars);
    if (story.language && !/^en(-|$)/i.test(story.language)) this.notEnglish.push(id);
    const fields = new Map<string, number>();
    const mark = (terms: string[], bit: number, keep: (t: string) => boolean = () => true) => {
      for (const term of terms) if (keep(term)) fields.set(term, (fields.get(term) ?? 0) | bit);
    };
    const headline = indexTerms(story.headline);
    mark(headline, FIELD.headline);
    if (headline.length) mark(headline.slice(0, 1), FIELD.lead);
    const names = { topics: story.topics, people: story.people ?? [], places: story.places ?? [], organisations: story.organisations ?? [] };
    mark(indexTerms(FACETS.flatMap(({ kind }) => names[kind]).join(' ')), FIELD.topic);
    for (const { kind } of FACETS) this.facetNames[kind].push(names[kind]);
    if (story.dek) mark(indexTerms(story.dek), FIELD.dek);
    const body = story.text.slice(0, this.limits.indexedBodyChars);
    mark(indexTerms(body), FIELD.body, isIndexedBodyTerm);
    for (const gram of stopGrams(tokenize(body))) {
      const list = this.stopGrams.get(gram);
      if (list) list.push(id);
      else this.stopGrams.set(gram, [id]);
    }
    for (const [term, bits] of fields) {
      const list = this.postings.get(term);
      const posting = id * 2 ** FIELD_BITS + bits;
      if (list) list.push(posting);
      else this.postings.set(term, [posting]);
    }

    this.docs.push({
      headline: story.headline,
      path: story.path,
      day: story.day,
      source: story.source,
      text: story.dek ?? cutAtWord(story.text, this.limits.excerptChars),
      topics: story.topics,
      full: full.name,
    });
    const last = this.years.at(-1);
    if (last && last[0] === story.year) last[1]++;
    else this.years.push([story.year, 1]);
    return full;
  }

  /** Every search file, each once, the manifest last. */
  files(): { files: SearchFile[]; manifest: SearchFile } {
    // A name is a hash of the content, so the same content is one file, named wherever it is
    // needed (names on the same stories share one). Listing it twice would give the site two
    // routes to one path.
    const byName = new Map<string, SearchFile>();
    const emit = (file: SearchFile): string => {
      const known = byName.get(file.name);
      if (!known) byName.set(file.name, file);
      else if (known.body !== file.body) throw new Error(`search files ${file.name}: two contents, one hash`);
      return file.name;
    };
    const terms = [...this.postings.keys()].sort();
    const dictionary: Record<string, string> = {};
    const fileOf = new Map<string, string>();
    for (const [prefix, group] of groupByPrefix(terms, this.limits.termsPerDictionaryShard)) {
      dictionary[prefix] = emit(this.dictionaryShard(group, emit, fileOf));
    }
    const tails: Record<string, string> = {};
    const tailed = terms.filter((term) => TAILED.test(term)).sort((a, b) => compare(tailOf(a), tailOf(b)) || compare(a, b));
    for (const [prefix, group] of groupByPrefix(tailed, this.limits.termsPerDictionaryShard, 1, tailOf)) {
      const shard: TailShard = group.map((term) => [term, fileOf.get(term) as string]);
      tails[prefix] = emit(named('r', JSON.stringify(shard)));
    }

    // Stop-word pairs: their postings in files of a bounded size, and one file saying which holds which.
    const gramFiles: Record<string, string> = {};
    let batch: Record<string, number[]> = {};
    let count = 0;
    const flushGrams = () => {
      const name = emit(named('s', JSON.stringify(batch)));
      for (const gram of Object.keys(batch)) gramFiles[gram] = name;
      batch = {};
      count = 0;
    };
    for (const gram of [...this.stopGrams.keys()].sort()) {
      const ids = this.stopGrams.get(gram) as number[];
      if (count > 0 && count + ids.length > this.limits.postingsPerFile) flushGrams();
      batch[gram] = gaps(ids);
      count += ids.length;
    }
    if (count > 0) flushGrams();

    let docs = '';
    for (let i = 0; i < this.docs.length; i += this.limits.storiesPerDocShard) {
      const name = emit(named('d', JSON.stringify(this.docs.slice(i, i + this.limits.storiesPerDocShard)), DOC_HASH_LENGTH));
      docs += name.slice('d.'.length);
    }

    const facets = Object.fromEntries(FACETS.map(({ kind }) => [kind, this.facet(kind, emit)])) as SearchManifest['facets'];

    const manifest: SearchManifest = {
      version: 5,
      stories: this.docs.length,
      dictionary,
      tails,
      docs,
      docsPerShard: this.limits.storiesPerDocShard,
      years: this.years,
      ...(this.notEnglish.length ? { notEnglish: emit(named('l', JSON.stringify(gaps(this.notEnglish)))) } : {}),
      ...(this.stopGrams.size ? { stopGrams: emit(named('sg', JSON.stringify(gramFiles))) } : {}),
      facets,
    };
    return { files: [...byName.values()], manifest: named('manifest', JSON.stringify(manifest)) };
  }

  /** A filter's most used names (as the shelves group them), alphabetical, each with the file of its story numbers. */
  private facet(kind: FacetKind, emit: (file: SearchFile) => string): Facet[] {
    const namesOf = this.facetNames[kind];
    const groups = groupByName(namesOf.keys(), (id) => namesOf[id])
      .sort((a, b) => b.items.length - a.items.length || compare(a.key, b.key))
      .slice(0, this.limits.filterNames);
    const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    groups.sort((a, b) => byName.compare(a.name, b.name) || compare(a.key, b.key));
    return groups.map(({ name, items }) => [name, items.length, emit(named('f', JSON.stringify(gaps(items))))]);
  }

  /** One dictionary shard: a Fuse index over its terms, and its terms' postings cut into files. */
  private dictionaryShard(terms: string[], emit: (file: SearchFile) => string, fileOf: Map<string, string>): SearchFile {
    const names: string[] = [];
    const starts: number[] = [];
    let current: PostingsFile = {};
    let count = 0;
    let empty = true;
    const flush = () => {
      const name = emit(named('p', JSON.stringify(current)));
      for (const term of Object.keys(current)) fileOf.set(term, name);
      names.push(name);
      current = {};
      count = 0;
      empty = true;
    };
    terms.forEach((term, i) => {
      const list = this.postings.get(term) ?? [];
      if (!empty && count + list.length > this.limits.postingsPerFile) flush();
      if (empty) starts.push(i);
      current[term] = encodePostings(list);
      count += list.length;
      empty = false;
    });
    if (!empty) flush();
    const shard: DictionaryShard = {
      index: Fuse.createIndex(TERM_FUSE_KEYS, terms).toJSON() as DictionaryShard['index'],
      files: names,
      starts,
    };
    return named('t', JSON.stringify(shard));
  }
}
