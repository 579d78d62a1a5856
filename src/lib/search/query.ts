// A search over the sharded index: each word is matched against its dictionary shard with Fuse,
// the matching terms' postings are intersected so every word counts, and the stories that
// remain are ranked. Files are fetched through `load`, only those a query needs, each once.
import { docShardName, type DictionaryShard, type PostingsFile, type SearchManifest, type StoryDoc, type StopGramsFile, type StoryNumbersFile, type TailShard } from './format.ts';
import { decodePostings } from './postings.ts';
import { AS_TYPED_BONUS, EXACT_HEADLINE_BONUS, FIELD, FIELD_BITS, FIELD_WEIGHT, HEADLINE_START_BONUS, MATCH_QUALITY, TERMS_PER_WORD } from './options.ts';
import { STOPWORDS, tokenize } from './normalize.ts';
import { stopGrams } from './stop-grams.ts';
import { binarySearch, fuzzyQuality, prefixQuality, TermDictionary, withTail, type TermMatch } from './terms.ts';
import { storyFilter, storyNumbers, type SearchFilters } from './filters.ts';
import { joinedForms, parseQuery, queryWords, shardKeysFor, type Phrase } from './words.ts';
import { holdsPhrase } from './phrase.ts';
import { fieldsStartingWith, typedFragment, type Fragment } from './fragment.ts';

export type Load = (file: string) => Promise<unknown>;

/** Words whose hits are kept between searches. */
const RECENT_WORDS = 64;
/** Story texts kept between searches: a page of results and a batch of phrase checks, several times over. */
const RECENT_TEXTS = 200;
/** Terms whose decoded postings are kept between searches. */
const DECODED_TERMS = 1024;
/**
 * How many of the best stories the earlier words found are looked at for a half-typed last word
 * that the dictionary did not match there: two pages of results, whose lines are fetched anyway.
 */
const FRAGMENT_CHECKS = 20;
/** The most postings files a half-typed word may fetch to match every term it begins. */
const FRAGMENT_FILES = 3;
/** How much more than one word a run of query words counts where a story wrote them as one word. */
const JOINED_WEIGHT = 4;
/**
 * The most stories whose whole text is fetched to check a quoted phrase, from the best down, and
 * how many at a time: a phrase of common words may have thousands of candidates, and the
 * reader needs the first page of those that hold it.
 */
const PHRASE_CHECKS = 100;
const PHRASE_BATCH = 20;

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
  /** Story number: 0 is the oldest. */
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
  /** Stories matching every word (after filters): those a phrase was not checked in are counted. */
  total: number;
  stories: FoundStory[];
}

/** How much a term in these places of a story counts: the best place, plus a little for each other. */
export function fieldScore(bits: number): number {
  return FIELD_SCORES[bits & ((1 << FIELD_BITS) - 1)];
}

// fieldScore is asked once for every posting a query reaches: worked out once for every set of places.
const FIELD_SCORES = Array.from({ length: 1 << FIELD_BITS }, (_, bits) => {
  let best = 0;
  let sum = 0;
  for (const [field, bit] of Object.entries(FIELD) as [keyof typeof FIELD, number][]) {
    if (bits & bit) {
      best = Math.max(best, FIELD_WEIGHT[field]);
      sum += FIELD_WEIGHT[field];
    }
  }
  return best + 0.1 * (sum - best);
});

interface WordHits {
  /** Story number → the word's score there. */
  scores: Map<number, number>;
  /** Stories whose headline holds the word exactly as typed. */
  inHeadline: Set<number>;
  /** Stories whose headline holds a word that starts with it (or is it). */
  headlineStarts: Set<number>;
  /** Stories whose headline begins with such a word. */
  leads: Set<number>;
  /** Stories holding the word exactly as typed, anywhere. */
  asTyped: Set<number>;
}

interface Ranked {
  number: number;
  score: number;
  /** Whether the headline holds every word searched so far. */
  headline: boolean;
}

export class ArchiveSearch {
  private readonly manifest: SearchManifest;
  private readonly load: Load;
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly dictionaries = new Map<string, Promise<TermDictionary>>();
  /** Each word's hits, kept while the reader types the next word: only new words cost anything. */
  private readonly recentWords = new Map<string, Promise<unknown>>();

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
  async termsFor(word: string): Promise<TermMatch[]> {
    const found = await this.lookUp(word);
    // A word that is a term, or begins some, was probably typed as meant; so was a short one.
    // (Looking further for every word would cost every keystroke three more shards.)
    if (word.length < 4 || found.some((m) => m.exact || m.term.startsWith(word))) return found;
    // Shards go by first letter, so a typo there hides the word: look for it with another first
    // letter or one more ("kovid", "ovid" → covid), the first two letters swapped ("rpesident"),
    // and without an extra first letter ("xpresident").
    // The variants are looked up as written or as the start of a term, not spelt near: one
    // edit is all a word gets, and Fuse over two more shards would cost every keystroke.
    const variants = [word[1] + word[0] + word.slice(2), word.slice(1)];
    const [other, ...tries] = await Promise.all([this.firstLetterOthers(word), ...variants.map((variant) => this.startsOf(variant))]);
    const oneEdit = fuzzyQuality(word, word, 1) / MATCH_QUALITY.fuzzy;
    const best = new Map<string, TermMatch>();
    for (const match of [...found, ...other, ...tries.flat().map((m) => ({ ...m, exact: false, quality: m.quality * oneEdit * MATCH_QUALITY.fuzzy }))]) {
      if ((best.get(match.term)?.quality ?? -1) < match.quality) best.set(match.term, match);
    }
    return [...best.values()].sort((a, b) => b.quality - a.quality || (a.term < b.term ? -1 : 1)).slice(0, TERMS_PER_WORD);
  }

  /** The term `word` is, and those it begins (the closest TERMS_PER_WORD), without near spellings. */
  private async startsOf(word: string): Promise<TermMatch[]> {
    return (await this.dictionariesFor(word))
      .flatMap((dictionary) => dictionary.startingWith(word).slice(0, TERMS_PER_WORD).map((term) => ({ term, dictionary })))
      .map(({ term, dictionary }) => ({ term, exact: term === word, quality: term === word ? MATCH_QUALITY.exact : prefixQuality(word, term), file: dictionary.fileOf(term) }));
  }

  private async lookUp(word: string): Promise<TermMatch[]> {
    return (await this.dictionariesFor(word)).flatMap((dictionary) => dictionary.match(word));
  }

  /** The dictionary shards that can hold terms for `word`. */
  private dictionariesFor(word: string): Promise<TermDictionary[]> {
    return Promise.all(shardKeysFor(word, Object.keys(this.manifest.dictionary)).map((key) => this.dictionary(key)));
  }

  /** Terms that differ from `word` only in their first letter, or by one more first letter. */
  private async firstLetterOthers(word: string): Promise<TermMatch[]> {
    const matches: TermMatch[] = [];
    for (const tail of [word.slice(1), word]) {
      const keys = shardKeysFor(tail, Object.keys(this.manifest.tails)).slice(0, 1);
      for (const shard of await Promise.all(keys.map((key) => this.file<TailShard>(this.manifest.tails[key])))) {
        for (const [term, file] of withTail(shard, tail)) matches.push({ term, file, exact: false, quality: fuzzyQuality(word, term, 1) });
      }
    }
    return matches;
  }

  private hitsFor(word: string): Promise<{ hits: WordHits; terms: string[] }> {
    return this.remembered(word, () => this.findHits(word));
  }

  /** Hits kept by key while the reader types on, the most recently used last. */
  private remembered<T>(key: string, find: () => Promise<T>): Promise<T> {
    let pending = this.recentWords.get(key) as Promise<T> | undefined;
    if (pending) {
      this.recentWords.delete(key);
    } else {
      pending = find();
      pending.catch(() => this.recentWords.delete(key));
    }
    this.recentWords.set(key, pending);
    if (this.recentWords.size > RECENT_WORDS) this.recentWords.delete(this.recentWords.keys().next().value as string);
    return pending;
  }

  /**
   * The hits of a half-typed word: what hitsFor finds (near spellings too: it may be misspelt),
   * and every term it begins when their postings lie in a few files (in sorted order they are
   * neighbours, so they usually do). With `within`, only those stories are scored: a keystroke
   * after whole words needs no more, and a two-letter start can hold tens of thousands of postings.
   */
  private async fragmentHits(word: string, within?: Set<number>): Promise<{ hits: WordHits; terms: string[]; complete: boolean }> {
    const [base, located] = await Promise.all([this.hitsFor(word), this.termsStartingWith(word)]);
    // No term begins with it (a misspelt word: its near spellings are all there is), or too many do.
    if (!located) return { ...base, complete: false };
    if (located.length === 0) return { ...base, complete: true };
    const files = await Promise.all(located.map(({ file }) => this.file<PostingsFile>(file)));
    const keep = <T>(entries: Iterable<T>, story: (entry: T) => number) => [...entries].filter((entry) => !within || within.has(story(entry)));
    const hits: WordHits = {
      scores: new Map(keep(base.hits.scores, ([story]) => story)),
      inHeadline: new Set(keep(base.hits.inHeadline, (story) => story)),
      headlineStarts: new Set(keep(base.hits.headlineStarts, (story) => story)),
      leads: new Set(keep(base.hits.leads, (story) => story)),
      asTyped: new Set(keep(base.hits.asTyped, (story) => story)),
    };
    located.forEach(({ term }, i) => {
      this.addHits(hits, this.postingsOf(term, files[i]), term === word ? MATCH_QUALITY.exact : prefixQuality(word, term), term === word, true, within);
    });
    return { hits, terms: [...new Set([...base.terms, ...located.map(({ term }) => term)])], complete: true };
  }

  /** Every term `word` begins, with the postings file of each; undefined when they fill more than FRAGMENT_FILES files. */
  private termsStartingWith(word: string): Promise<{ term: string; file: string }[] | undefined> {
    return this.remembered(`start:${word}`, async () => {
      const located = (await this.dictionariesFor(word)).flatMap((dictionary) => dictionary.startingWith(word).map((term) => ({ term, file: dictionary.fileOf(term) })));
      return new Set(located.map(({ file }) => file)).size > FRAGMENT_FILES ? undefined : located;
    });
  }

  /** The hits of one term exactly as written (no other spelling, no longer word). */
  private exactHits(term: string): Promise<WordHits> {
    return this.remembered(`exact:${term}`, async () => {
      const hits: WordHits = { scores: new Map(), inHeadline: new Set(), headlineStarts: new Set(), leads: new Set(), asTyped: new Set() };
      for (const dictionary of await this.dictionariesFor(term)) {
        if (dictionary.terms[binarySearch(dictionary.terms, term)] !== term) continue;
        const file = dictionary.fileOf(term);
        this.addHits(hits, this.postingsOf(term, await this.file<PostingsFile>(file)), MATCH_QUALITY.exact, true);
      }
      return { hits, terms: [term] };
    }).then(({ hits }) => hits);
  }

  /** Adds one term's postings to a word's hits. */
  private addHits(hits: WordHits, postings: [number, number][], quality: number, exact: boolean, startsWithWord = true, within?: Set<number>, df = postings.length): void {
    const idf = Math.log(1 + this.manifest.stories / Math.max(1, df));
    for (const [story, bits] of postings) {
      if (within && !within.has(story)) continue;
      const score = quality * fieldScore(bits) * idf;
      if (score > (hits.scores.get(story) ?? 0)) hits.scores.set(story, score);
      if (exact) hits.asTyped.add(story);
      if (exact && bits & FIELD.headline) hits.inHeadline.add(story);
      if (startsWithWord && bits & FIELD.headline) hits.headlineStarts.add(story);
      if (startsWithWord && bits & FIELD.lead) hits.leads.add(story);
    }
  }

  private async findHits(word: string): Promise<{ hits: WordHits; terms: string[] }> {
    const matches = await this.termsFor(word);
    const hits: WordHits = { scores: new Map(), inHeadline: new Set(), headlineStarts: new Set(), leads: new Set(), asTyped: new Set() };
    const [postingsFiles, notEnglish] = await Promise.all([
      Promise.all(matches.map(({ file }) => this.file<PostingsFile>(file))),
      matches.some((match) => match.otherLanguages !== undefined) ? this.notEnglish() : undefined,
    ]);
    matches.forEach((match, i) => {
      const postings = this.postingsOf(match.term, postingsFiles[i]);
      const startsWithWord = match.term.startsWith(word);
      if (match.otherLanguages === undefined || !notEnglish?.size) {
        this.addHits(hits, postings, match.quality, match.exact, startsWithWord);
        return;
      }
      // English stemming says nothing of a word in another language: there the form counts
      // only as a near spelling would ("pains" and the French "pain", bread).
      const df = postings.length;
      this.addHits(hits, postings.filter(([story]) => !notEnglish.has(story)), match.quality, match.exact, startsWithWord, undefined, df);
      const other = postings.filter(([story]) => notEnglish.has(story));
      if (match.otherLanguages > 0) this.addHits(hits, other, match.otherLanguages, match.exact, startsWithWord, undefined, df);
    });
    return { hits, terms: matches.map((m) => m.term) };
  }

  /** The stories not in English, or none. */
  private async notEnglish(): Promise<Set<number>> {
    return this.manifest.notEnglish ? storyNumbers(await this.file<StoryNumbersFile>(this.manifest.notEnglish)) : new Set();
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
    const { text, excluded, phrases, without, exact } = parseQuery(query);
    const words = queryWords(text);
    if (words.length === 0) return { query, words, terms: [], total: 0, stories: [] };
    const fragment = typedFragment(text, words);
    // The last word, when still being typed, is matched as the start of a word.
    const typing = fragment && !fragment.soft ? fragment : undefined;
    const whole = typing ? words.slice(0, -1) : words;
    const [perWord, allowed] = await Promise.all([
      Promise.all(whole.map((w) => this.hitsFor(w))),
      storyFilter(this.manifest, filters, (file) => this.file<StoryNumbersFile>(file)),
    ]);
    const searched = [...whole];
    const terms = perWord.flatMap((w) => w.terms);
    let ranked: Ranked[];
    let leads: Set<number> | undefined;
    if (whole.length === 0) {
      // Only a half-typed word: every term it begins, headlines holding one first.
      const own = await this.fragmentHits(typing!.word);
      ranked = intersect([own.hits], allowed, (hits, story) => hits.headlineStarts.has(story));
      leads = own.hits.leads;
      searched.push(typing!.word);
      terms.push(...own.terms);
    } else {
      ranked = intersect(
        perWord.map((w) => w.hits),
        allowed,
      );
      if (fragment) {
        // The word being typed narrows what the others found; a stop word or a single letter,
        // which may be a whole word or the start of one, only lifts the stories that have it.
        const { stories, matched, terms: fragmentTerms } = await this.withFragment(ranked, fragment.word, Boolean(fragment.soft));
        ranked = stories;
        if (matched) {
          searched.push(fragment.word);
          terms.push(...fragmentTerms);
        }
      }
    }
    // A phrase made only of stop words has no body word in the index to be found by: pairs of
    // its neighbouring words find the stories to check it in.
    if (phrases.length && this.manifest.stopGrams && words.every((word) => STOPWORDS.has(word))) {
      const known = new Set(ranked.map((story) => story.number));
      for (const [number, score] of await this.stopGramStories(phrases)) {
        if (!known.has(number) && (!allowed || allowed(number))) ranked.push({ number, score, headline: false });
      }
    }
    // "out of control" and "out-of-control" rank first the stories that wrote the words as one
    // hyphenated word (indexed joined as well: outofcontrol).
    for (const joined of await Promise.all(joinedForms(text).map((term) => this.exactHits(term)))) {
      for (const story of ranked) story.score += JOINED_WEIGHT * (joined.scores.get(story.number) ?? 0);
    }
    // -word leaves out every story that holds the word as written (hyphenated words too: -anti-brexit).
    for (const without of await Promise.all(excluded.map((term) => this.exactHits(term)))) {
      ranked = ranked.filter((story) => !without.scores.has(story.number));
    }
    // A quoted word counts only as written: "neandertal" is not Neanderthal.
    for (const only of await Promise.all(exact.map((term) => this.exactHits(term)))) {
      ranked = ranked.filter((story) => only.scores.has(story.number));
    }
    // Where the reader typed several whole words, the stories holding them all as typed come
    // before those found through other spellings and forms. (Not the word still being typed:
    // its other forms are what the reader may be about to write.)
    if (whole.length > 1) for (const story of ranked) if (perWord.every((w) => w.hits.asTyped.has(story.number))) story.score += AS_TYPED_BONUS;
    for (const story of ranked) if (story.headline) story.score += EXACT_HEADLINE_BONUS;
    // Of the headlines holding every word, those that begin as the query does first ("On th",
    // "US pre" → "US President…").
    const first = tokenize(text)[0];
    if (first && !(leads && first === typing?.word)) leads = (await this.exactHits(first)).leads;
    for (const story of ranked) if (story.headline && leads?.has(story.number)) story.score += HEADLINE_START_BONUS;
    // Newest first among equals: the higher number.
    ranked.sort(sort === 'date' ? (a, b) => b.number - a.number : (a, b) => b.score - a.score || b.number - a.number);
    if (phrases.length || without.length) ranked = await this.withPhrases(ranked, phrases, without, limit);
    const top = ranked.slice(0, limit);
    const numbers = top.map((r) => r.number);
    const docs = await this.docs(numbers);
    return {
      query,
      words: searched,
      terms: [...new Set(terms)],
      total: ranked.length,
      stories: top.map((r, i) => ({ number: r.number, score: r.score, doc: docs[i] })),
    };
  }

  /**
   * `ranked` (in the order shown) with the stories that do not hold every phrase, or hold one
   * that is `without`, left out. The
   * whole text is fetched from the first story down, a batch at a time, until `wanted` stories
   * hold the phrases or PHRASE_CHECKS were looked at; stories beyond those stay, unchecked, after them.
   */
  private async withPhrases(ranked: Ranked[], phrases: Phrase[], without: Phrase[], wanted: number): Promise<Ranked[]> {
    const holding: Ranked[] = [];
    let checked = 0;
    // While a phrase is still being typed, each keystroke checks one batch: the rest waits for the closing quote.
    const most = phrases.some((phrase) => phrase.open) ? PHRASE_BATCH : PHRASE_CHECKS;
    while (checked < ranked.length && checked < most && holding.length < wanted) {
      const batch = ranked.slice(checked, checked + PHRASE_BATCH);
      const numbers = batch.map((story) => story.number);
      const [docs, texts] = await Promise.all([this.docs(numbers), this.texts(numbers)]);
      batch.forEach((story, i) => {
        const fields = [docs[i].headline, docs[i].text, texts[i]];
        if (phrases.every((phrase) => holdsPhrase(fields, phrase)) && !without.some((phrase) => holdsPhrase(fields, phrase))) holding.push(story);
      });
      checked += batch.length;
    }
    return [...holding, ...ranked.slice(checked)];
  }

  /** The stories whose bodies hold every pair of neighbouring stop words of the phrases, with a score. */
  private async stopGramStories(phrases: Phrase[]): Promise<Map<number, number>> {
    const found = new Map<number, number>();
    // A word still being typed may not be whole yet.
    const grams = [...new Set(phrases.flatMap((phrase) => [...stopGrams(phrase.open ? phrase.words.slice(0, -1) : phrase.words)]))];
    if (grams.length === 0) return found;
    const where = await this.file<Record<string, string>>(this.manifest.stopGrams as string);
    if (grams.some((gram) => !where[gram])) return found;
    const files = await Promise.all(grams.map((gram) => this.file<StopGramsFile>(where[gram])));
    const lists = grams.map((gram, i) => storyNumbers(files[i][gram])).sort((a, b) => a.size - b.size);
    const score = lists.reduce((sum, list) => sum + FIELD_WEIGHT.body * Math.log(1 + this.manifest.stories / list.size), 0);
    for (const story of lists[0]) if (lists.every((list) => list.has(story))) found.set(story, score);
    return found;
  }

  /**
   * The whole texts of these stories, where their passages are found: asked for once the
   * results are shown, so a keystroke never waits for them.
   */
  async texts(numbers: number[]): Promise<string[]> {
    const docs = await this.docs(numbers);
    return Promise.all(docs.map((doc) => this.text(doc.full)));
  }

  /** Whole texts are large: only the most recently used are kept, not every one a session met. */
  private readonly recentTexts = new Map<string, Promise<string>>();

  private text(name: string): Promise<string> {
    let pending = this.recentTexts.get(name);
    if (pending) this.recentTexts.delete(name);
    else {
      pending = this.load(name) as Promise<string>;
      pending.catch(() => this.recentTexts.delete(name));
    }
    this.recentTexts.set(name, pending);
    if (this.recentTexts.size > RECENT_TEXTS) this.recentTexts.delete(this.recentTexts.keys().next().value as string);
    return pending;
  }

  /**
   * `ranked` with a half-typed last word: a story counts it when the dictionary has a term it
   * begins there, or, among the best the dictionary did not reach, when its headline, topics or
   * opening show such a word. Stories without it are left out, unless the word is `soft` (it
   * then only lifts those that have it) or the dictionary could not be searched for every term
   * it begins (those beyond the looked-at best are then kept, after the others).
   */
  private async withFragment(ranked: Ranked[], word: string, soft: boolean): Promise<{ stories: Ranked[]; matched: boolean; terms: string[] }> {
    const own = word.length > 1 ? await this.fragmentHits(word, new Set(ranked.map((story) => story.number))) : undefined;
    const unmatched = ranked
      .filter((story) => !own?.hits.scores.has(story.number))
      // Stories whose headline holds every earlier word first: the one whose headline is being typed.
      .sort((a, b) => Number(b.headline) - Number(a.headline) || b.score - a.score || b.number - a.number)
      .slice(0, FRAGMENT_CHECKS);
    const docs = await this.docs(unmatched.map((story) => story.number));
    const shown = new Map(unmatched.map((story, i) => [story.number, fieldsStartingWith(docs[i], word)]));
    const keepUnknown = soft || !own?.complete;
    // How rare the word is cannot be known without its postings: count it as rare as the stories found.
    const idf = Math.log(1 + this.manifest.stories / Math.max(1, ranked.length));
    const stories: Ranked[] = [];
    let matched = false;
    for (const story of ranked) {
      const bits = shown.get(story.number) ?? 0;
      const score = own?.hits.scores.get(story.number) ?? (bits ? MATCH_QUALITY.prefix * fieldScore(bits) * idf : undefined);
      if (score === undefined) {
        // Looked at and without the word, or (when nothing else is known) not looked at.
        if (soft || (keepUnknown && !shown.has(story.number))) stories.push({ ...story, headline: soft && story.headline });
        continue;
      }
      matched = true;
      const inHeadline = Boolean(own?.hits.headlineStarts.has(story.number) || bits & FIELD.headline);
      stories.push({ number: story.number, score: story.score + score, headline: story.headline && (soft || inHeadline) });
    }
    return { stories, matched, terms: own?.terms ?? [] };
  }

  private async docs(numbers: number[]): Promise<StoryDoc[]> {
    const per = this.manifest.docsPerShard;
    const shards = await Promise.all(numbers.map((n) => this.file<StoryDoc[]>(docShardName(this.manifest.docs, Math.floor(n / per)))));
    return numbers.map((n, i) => shards[i][n % per]);
  }
}

/**
 * The stories every word's hits hold and the filters allow, with their summed scores; `headline`
 * says whether a word's hits put it in the story's headline (as typed, by default).
 */
function intersect(
  hits: WordHits[],
  allowed: ((story: number) => boolean) | null | undefined,
  headline = (word: WordHits, story: number) => word.inHeadline.has(story),
): Ranked[] {
  // Walk the rarest word's stories and keep those every other word has.
  const [rarest, ...others] = [...hits].sort((a, b) => a.scores.size - b.scores.size);
  const ranked: Ranked[] = [];
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
    ranked.push({ number: story, score, headline: hits.every((h) => headline(h, story)) });
  }
  return ranked;
}
