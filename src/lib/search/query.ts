// A search over the sharded index: each word is matched against its dictionary shard with Fuse,
// the matching terms' postings are intersected so every word counts, and the stories that
// remain are ranked. Files are fetched through `load`, only those a query needs, each once.
import { docShardName, type DictionaryShard, type PostingsFile, type SearchManifest, type StoryDoc, type StoryNumbersFile } from './format.ts';
import { decodePostings } from './postings.ts';
import { EXACT_HEADLINE_BONUS, FIELD, FIELD_WEIGHT } from './options.ts';
import { TermDictionary, type TermMatch } from './terms.ts';
import { storyFilter, type SearchFilters } from './filters.ts';
import { queryWords, shardKeysFor } from './words.ts';

export type Load = (file: string) => Promise<unknown>;

/** Words whose hits are kept between searches. */
const RECENT_WORDS = 64;
/** Terms whose decoded postings are kept between searches. */
const DECODED_TERMS = 1024;

export type { SearchFilters };

export type SortOrder = 'relevance' | 'date';

export interface SearchRequest {
  query: string;
  filters?: SearchFilters;
  sort?: SortOrder;
  /** How many results to return, from the best. */
  limit?: number;
}

export interface FoundStory {
  /** Story number: 0 is the newest. */
  number: number;
  score: number;
  doc: StoryDoc;
}

export interface SearchOutcome {
  query: string;
  /** The words searched for, normalized. */
  words: string[];
  /** The dictionary terms that matched, for marking in snippets. */
  terms: string[];
  /** Stories matching every word (after filters). */
  total: number;
  stories: FoundStory[];
}

/** How much a term in these places of a story counts: the best place, plus a little for each other. */
export function fieldScore(bits: number): number {
  let best = 0;
  let sum = 0;
  for (const [field, bit] of Object.entries(FIELD) as [keyof typeof FIELD, number][]) {
    if (bits & bit) {
      best = Math.max(best, FIELD_WEIGHT[field]);
      sum += FIELD_WEIGHT[field];
    }
  }
  return best + 0.1 * (sum - best);
}

interface WordHits {
  /** Story number → the word's score there. */
  scores: Map<number, number>;
  /** Stories whose headline holds the word exactly as typed. */
  inHeadline: Set<number>;
}

export class ArchiveSearch {
  private readonly manifest: SearchManifest;
  private readonly load: Load;
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly dictionaries = new Map<string, Promise<TermDictionary>>();
  /** Each word's hits, kept while the reader types the next word: only new words cost anything. */
  private readonly recentWords = new Map<string, Promise<{ hits: WordHits; terms: string[] }>>();

  constructor(manifest: SearchManifest, load: Load) {
    this.manifest = manifest;
    this.load = load;
  }

  private file<T>(name: string): Promise<T> {
    let pending = this.cache.get(name);
    if (!pending) {
      pending = this.load(name);
      // A failed fetch is not remembered: the next search tries again.
      pending.catch(() => this.cache.delete(name));
      this.cache.set(name, pending);
    }
    return pending as Promise<T>;
  }

  private dictionary(key: string): Promise<TermDictionary> {
    let pending = this.dictionaries.get(key);
    if (!pending) {
      pending = this.file<DictionaryShard>(this.manifest.dictionary[key]).then((shard) => new TermDictionary(shard));
      pending.catch(() => this.dictionaries.delete(key));
      this.dictionaries.set(key, pending);
    }
    return pending;
  }

  /** The terms that may stand for one word, from every shard that can hold them. */
  async termsFor(word: string): Promise<{ matches: TermMatch[]; dictionaries: TermDictionary[] }> {
    const found = await this.lookUp(word);
    if (found.matches.length > 0 || word.length < 4) return found;
    // Shards go by first letter, so a typo there hides the word: try it with the first two
    // letters swapped ("rpesident") and without an extra first letter ("xpresident").
    const variants = [word[1] + word[0] + word.slice(2), word.slice(1)];
    const tries = await Promise.all(variants.map((variant) => this.lookUp(variant)));
    return {
      matches: tries.flatMap((t) => t.matches.map((m) => ({ ...m, exact: false, quality: m.quality * 0.8 }))),
      dictionaries: tries.flatMap((t) => t.dictionaries),
    };
  }

  private async lookUp(word: string): Promise<{ matches: TermMatch[]; dictionaries: TermDictionary[] }> {
    const keys = shardKeysFor(word, Object.keys(this.manifest.dictionary));
    const dictionaries = await Promise.all(keys.map((key) => this.dictionary(key)));
    const matches = dictionaries.flatMap((dictionary) => dictionary.match(word));
    return { matches, dictionaries };
  }

  private hitsFor(word: string): Promise<{ hits: WordHits; terms: string[] }> {
    let pending = this.recentWords.get(word);
    if (pending) {
      // Most recently used last, so the oldest is the first to go.
      this.recentWords.delete(word);
    } else {
      pending = this.findHits(word);
      pending.catch(() => this.recentWords.delete(word));
    }
    this.recentWords.set(word, pending);
    if (this.recentWords.size > RECENT_WORDS) this.recentWords.delete(this.recentWords.keys().next().value as string);
    return pending;
  }

  private async findHits(word: string): Promise<{ hits: WordHits; terms: string[] }> {
    const { matches, dictionaries } = await this.termsFor(word);
    const hits: WordHits = { scores: new Map(), inHeadline: new Set() };
    const located = matches.map((match) => {
      const dictionary = dictionaries.find((d) => d.shard === match.shard) as TermDictionary;
      return { match, file: dictionary.fileOf(match.term) };
    });
    const postingsFiles = await Promise.all(located.map(({ file }) => this.file<PostingsFile>(file)));
    located.forEach(({ match }, i) => {
      const postings = this.postingsOf(match.term, postingsFiles[i]);
      const idf = Math.log(1 + this.manifest.stories / Math.max(1, postings.length));
      for (const [story, bits] of postings) {
        const score = match.quality * fieldScore(bits) * idf;
        if (score > (hits.scores.get(story) ?? 0)) hits.scores.set(story, score);
        if (match.exact && bits & FIELD.headline) hits.inHeadline.add(story);
      }
    });
    return { hits, terms: matches.map((m) => m.term) };
  }

  private readonly decoded = new Map<string, [number, number][]>();

  /** A term's postings, decoded once while it stays in use. */
  private postingsOf(term: string, file: PostingsFile): [number, number][] {
    let postings = this.decoded.get(term);
    if (postings) this.decoded.delete(term);
    else postings = decodePostings(file[term] ?? []);
    this.decoded.set(term, postings);
    if (this.decoded.size > DECODED_TERMS) this.decoded.delete(this.decoded.keys().next().value as string);
    return postings;
  }

  async search({ query, filters = {}, sort = 'relevance', limit = 20 }: SearchRequest): Promise<SearchOutcome> {
    const words = queryWords(query);
    if (words.length === 0) return { query, words, terms: [], total: 0, stories: [] };
    const [perWord, allowed] = await Promise.all([
      Promise.all(words.map((w) => this.hitsFor(w))),
      storyFilter(this.manifest, filters, (file) => this.file<StoryNumbersFile>(file)),
    ]);
    const hits = perWord.map((w) => w.hits);
    // Every word counts: walk the rarest word's stories and keep those every other word has.
    const [rarest, ...others] = [...hits].sort((a, b) => a.scores.size - b.scores.size);
    const ranked: { number: number; score: number }[] = [];
    for (const [story, first] of rarest.scores) {
      let score = first;
      let everyWord = true;
      for (const other of others) {
        const s = other.scores.get(story);
        if (s === undefined) {
          everyWord = false;
          break;
        }
        score += s;
      }
      if (!everyWord || (allowed && !allowed(story))) continue;
      if (hits.every((h) => h.inHeadline.has(story))) score += EXACT_HEADLINE_BONUS;
      ranked.push({ number: story, score });
    }
    ranked.sort(sort === 'date' ? (a, b) => a.number - b.number : (a, b) => b.score - a.score || a.number - b.number);
    const top = ranked.slice(0, limit);
    const docs = await this.docs(top.map((r) => r.number));
    return {
      query,
      words,
      terms: [...new Set(perWord.flatMap((w) => w.terms))],
      total: ranked.length,
      stories: top.map((r, i) => ({ ...r, doc: docs[i] })),
    };
  }

  private async docs(numbers: number[]): Promise<StoryDoc[]> {
    const per = this.manifest.docsPerShard;
    const shards = await Promise.all(numbers.map((n) => this.file<StoryDoc[]>(docShardName(this.manifest.docs, Math.floor(n / per)))));
    return numbers.map((n, i) => shards[i][n % per]);
  }
}
