import nlp from 'compromise/two';
import { nameKey as key } from '../name-slugs.ts';

// People, places and organisations named in a story's text, found with compromise (English only:
// its lexicon and rules are English, and a story in another language gets no names rather than
// wrong ones). compromise finds more than it should, so only names that look like names are kept:
// capitalised words as the text writes them, no titles ("President"), no nationalities
// ("Russian"), a person by their full name (a surname alone counts only as that person's), a
// one-word organisation only if compromise knows it or it is an acronym. Precision and recall on
// hand-annotated stories: tests/fixtures/names/ and bench/names.ts.

export interface FoundNames {
  people: string[];
  places: string[];
  organisations: string[];
}

export const NO_NAMES: FoundNames = Object.freeze({ people: [], places: [], organisations: [] }) as FoundNames;

/**
 * How much of a story is read: its opening, where news names who and where it is about. compromise
 * tags about 150 KB of text a second on one core, so a whole long story would cost more than the
 * rest of its build; names first met past this point are rarely what the story is about.
 */
export const NAME_TEXT_LIMIT = 3000;

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: string[];
}

type Lexicon = Record<string, string | string[] | undefined>;
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;

function lexiconTags(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const words = (list: string) => new Set(list.split(' '));

// Small words that sit inside names: "Bank of England", "Ali bin Tamim", "Charles de Gaulle".
const CONNECTORS = words('of the and for on de del della da do dos du la le van von der den al el bin ibn bint y');

// Words that introduce a name without being part of it: "President Vladimir Putin", "Friday".
const TITLES = words(
  'mr mrs ms miss dr prof sir dame lord lady rev father president vice prime minister secretary governor mayor senator representative rep sen gov king queen prince princess chancellor premier general gen colonel col captain capt lieutenant sergeant officer chief judge justice ambassador spokesman spokeswoman spokesperson director chairman chairwoman chair ceo professor pope bishop archbishop cardinal sheikh emir deputy foreign defence defense interior finance health emergencies emergency home state acting former late saint coach detective inspector superintendent commissioner councillor councilman councilwoman congressman congresswoman assemblyman assemblywoman cosmonaut astronaut countryman countrywoman compatriot teammate mp lawyer attorney leader head speaker candidate elect president-elect lord-mayor the a an monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december',
);

// A name ending in one of these is an organisation's: "Federal Security Service", "Labour Party".
const ORGANISATION_ENDS = words(
  'ministry committee commission service services council party university college school institute institution foundation company corporation corp inc ltd limited plc llc group agency department court police association union bank office board authority army navy guard force forces church club network news times post press herald journal tribune gazette telegraph center centre administration bureau senate parliament congress assembly government cabinet federation league society trust fund airlines airways motors broadcasting mahasabha organizations organisations nations sabha organisation organization alliance coalition movement front brigade regiment media tv radio railways railway laboratory laboratories chamber',
);
// One beginning "X of …" is one too: "Ministry of Health", "University of East Anglia".
const ORGANISATION_STARTS = words('ministry department university college bank office committee council court institute school house board organisation organization federation league chamber');

// A name ending in one of these is a place's: "Red Sea", "Karl Marx Avenue", "Jefferson Parish".
const PLACE_ENDS = words(
  'sea ocean river lake island islands mountain mountains mount street avenue road boulevard square station airport bay gulf channel county parish district province region valley peninsula strait park bridge market beach coast city town village hospital junction desert canyon harbour harbor port',
);

// Storms, days and prizes are named like places and people but are neither.
// A faith is neither ("Islam").
const NOT_NAMES = words('hurricane storm tropical typhoon cyclone operation day award awards prize cup games olympics express festival week act directive advisory number show linux os app browser islam christianity judaism hinduism buddhism sikhism');

const PLACE_ACRONYMS = words('US USA UK UAE DRC DC');

const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
const LETTERS = /^[\p{L}\p{M}][\p{L}\p{M}.'’-]*$/u;

/** A term's word as a name shows it: without a possessive, closing punctuation or stray quotes. */
function word(term: Term): string {
  const w = term.text.replace(/^["“‘'(]+|["”’)]+$/gu, '').replace(/['’]s$/u, '').replace(/[,;:!?]+$/u, '');
  // compromise drops an abbreviation's full stop into what follows it ("St" + ". ").
  return term.tags.includes('Abbreviation') && term.post.startsWith('.') && !w.endsWith('.') ? `${w}.` : w;
}

/** Does the text break between this term and the next (a comma, a full stop, a bracket)? */
function breaksAfter(term: Term, next: Term | undefined): boolean {
  const post = term.tags.includes('Abbreviation') ? term.post.replace(/^\./, '') : term.post;
  return /[,;:.!?()"“”\u2013\u2014/]|\s-\s/u.test(post) || /["“(]/u.test(next?.pre ?? '') || /['’]s$/u.test(term.text);
}

/** Maximal runs of capitalised words in a sentence, split where the text breaks, connectors kept only inside. */
function runs(terms: Term[]): Term[][] {
  const found: Term[][] = [];
  let current: Term[] = [];
  const close = () => {
    while (current.length > 0 && !CAPITALISED.test(word(current[current.length - 1]))) current.pop();
    if (current.length > 0) found.push(current);
    current = [];
  };
  terms.forEach((term, i) => {
    const w = word(term);
    if (CAPITALISED.test(w) && LETTERS.test(w)) current.push(term);
    // "Bank of the West", but not "making Ferraro the Democratic Party's": "the" only after another small word.
    else if (current.length > 0 && CONNECTORS.has(w.toLowerCase()) && (w.toLowerCase() !== 'the' || CONNECTORS.has(lower(current[current.length - 1])))) current.push(term);
    else close();
    if (breaksAfter(term, terms[i + 1])) close();
  });
  close();
  return found;
}

const lower = (term: Term) => word(term).toLowerCase().replace(/\.$/, '');
// compromise tags job words ("Manager", "candidate") Actor.
const isTitle = (term: Term) => TITLES.has(lower(term)) || ['Honorific', 'Date', 'Actor'].some((tag) => term.tags.includes(tag));

/** A nationality or the like ("Russian", "Cuban", "Turkish"), which is no place or organisation. */
function isDemonym(name: string): boolean {
  const tags = lexiconTags(name);
  if (tags.includes('Demonym')) return true;
  if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place' || t === 'Organization')) return false;
  return /(?:ish|ese|ian|ean|ic)$/u.test(name) || /^(?:Arab|Thai|Dutch|French|Greek|Swiss|Muslim|Christian|Catholic|Orthodox|Sunni|Shia|Western|Eastern|Northern|Southern)$/u.test(name);
}

/** The words as the text joins them: "al-Sharabi" stays one word. */
function nameOf(terms: Term[]): string {
  return terms.map((term, i) => word(term) + (i < terms.length - 1 ? (/^[-‐]$/u.test(term.post) ? '-' : ' ') : '')).join('');
}

/** 'unknown': a short run of capitalised words that may be a name, which the whole text decides (findNames). */
type Kind = keyof FoundNames | 'unknown';

const has = (terms: Term[], tag: string) => terms.some((t) => t.tags.includes(tag));
const isPersonWord = (t: Term) => t.tags.includes('Person') || t.tags.includes('FirstName') || t.tags.includes('LastName');
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
// compromise sometimes tags a known place by its role ("vice-president of Namibia"): its lexicon still knows it.
const isPlaceWord = (t: Term) => PLACE_TAGS.some((tag) => t.tags.includes(tag) || lexiconTags(word(t)).includes(tag));
// Words that open a sentence or clause before a name: "In Warren", "On Friday Ford".
const LEADS = words('in on at for from by with to as after before during under about into of the a an and but or if when while since because although though this that these those his her their its our my your it he she they we i');
const isLead = (t: Term) => LEADS.has(lower(t)) || ['Preposition', 'Conjunction', 'Determiner', 'Date', 'Pronoun', 'Adverb'].some((tag) => t.tags.includes(tag));
// Capitalised abbreviations that are not organisations.
const NOT_ACRONYMS = words('UTC GMT IST EST EDT PST PDT CET BST AM PM TV COVID RIP EOL OK CEO CFO GDP DNA ID PDF FAQ AI URL HTML HTTP HTTPS API USB GPS SMS VPN HIV AIDS LGBT LGBTQ GNU');

/** "ABSTAINS", "BASIC", "NOTE": a word in capitals, not initials. */
function isWordInCapitals(bare: string): boolean {
  const [sentence] = nlp(bare.toLowerCase()).json({ terms: { tags: true } }) as { terms: Term[] }[];
  const tags = sentence?.terms[0]?.tags ?? [];
  if (tags.includes('Organization')) return false;
  // Seven capitals or more that compromise does not know as an organisation are a shouted word, not
  // initials ("ABSTAINS"); shorter ones may be either, and a plural of them ("CIRES", "NHS") is no clue.
  return bare.length >= 7 || tags.some((tag) => tag === 'Verb' || tag === 'Adjective');
}

const isOrganisation = (run: Term[]) =>
  run.length > 1 && (ORGANISATION_ENDS.has(lower(run[run.length - 1])) || run.some((t, i) => ORGANISATION_STARTS.has(lower(t)) && i + 1 < run.length && lower(run[i + 1]) === 'of'));

/** A word no person's name holds: "United", "Nations", "for". */
const notAPersonWord = (t: Term) =>
  (CONNECTORS.has(lower(t)) && !/^(?:al|el|bin|ibn|bint|de|del|da|van|von|der|den|du|la|le|dos|do|y)$/.test(lower(t))) ||
  lexiconTags(word(t)).some((tag) => PLACE_TAGS.includes(tag) || tag === 'Organization' || tag === 'Plural');

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

/** A person's name has no word the lexicon knows only as something else ("United", "World"), and ends in more than an initial. */
function looksLikeAPerson(name: string): boolean {
  const parts = name.split(/[\s-]+/);
  if (/^\p{Lu}\.?$/u.test(parts[parts.length - 1])) return false;
  return parts.every((part) => {
    const tags = lexiconTags(part);
    return tags.length === 0 || tags.some((tag) => NAME_TAGS.has(tag)) || CONNECTORS.has(part.toLowerCase());
  });
}

/** Splits a run at each connector `at`, dropping the connectors and any article after them. */
function splitAt(run: Term[], at: string): Term[][] {
  const parts: Term[][] = [[]];
  for (const term of run) {
    if (lower(term) === at) parts.push([]);
    else if (!(parts[parts.length - 1].length === 0 && lower(term) === 'the')) parts[parts.length - 1].push(term);
  }
  return parts.filter((part) => part.length > 0);
}

/**
 * The names in a run of capitalised words, each with what it names, from its words and
 * compromise's tags; what it cannot tell is left out. "Carl Hensman of the Gates Foundation" is a
 * person and an organisation; "Securities and Exchange Commission" one organisation.
 */
function namesIn(run: Term[], sentenceStart: boolean): [Kind, string][] {
  let start = 0;
  while (start < run.length && isLead(run[start])) start++;
  const cut = run.findIndex((t, i) => i > start && (t.tags.includes('Date') || t.tags.includes('Month')));
  run = run.slice(start, cut === -1 ? undefined : cut);
  while (run.length > 0 && !CAPITALISED.test(word(run[run.length - 1]))) run = run.slice(0, -1);
  if (run.length === 0) return [];
  sentenceStart &&= start === 0;
  const first = lower(run[0]);
  const last = lower(run[run.length - 1]);
  const name = nameOf(run);
  if (NOT_NAMES.has(first) || NOT_NAMES.has(last) || /^(?:mv|ms|hms|uss|ss)$/.test(first)) return [];
  // "U.S. President Donald Trump", "Emergencies Minister Yevgeny Zinichev": the name after the last title,
  // and whatever the words before the title name ("House of Representatives Speaker Nancy Pelosi").
  const lastTitle = ORGANISATION_ENDS.has(last) ? -1 : run.findLastIndex(isTitle);
  if (lastTitle !== -1) {
    const firstTitle = run.findIndex(isTitle);
    const before = firstTitle > 0 ? namesIn(run.slice(0, firstTitle), sentenceStart).filter(([kind]) => kind !== 'unknown') : [];
    let own = run.slice(lastTitle + 1);
    // "President of India Pranab Mukherjee": the office's country or portfolio is not the name.
    if (own.length > 0 && lower(own[0]) === 'of') {
      let skip = 2;
      while (skip < own.length && (isPlaceWord(own[skip]) || CONNECTORS.has(lower(own[skip])))) skip++;
      own = own.slice(skip);
    }
    // "United States Joe Biden": a country before the name is where the office is.
    while (own.length > 2 && isPlaceWord(own[0]) && !isPersonWord(own[0])) own = own.slice(1);
    const ownCapitalised = own.filter((t) => CAPITALISED.test(word(t)));
    if (ownCapitalised.length >= 2 && !own.some((t) => ACRONYM.test(word(t)) || /\d/.test(word(t)) || CONNECTORS.has(lower(t)) && !/^(?:al|bin|ibn|de|van|von|da|del)$/.test(lower(t)))) {
      return [...before, ['people', nameOf(own)]];
    }
  }
  const of = run.findIndex((t) => lower(t) === 'of');
  // "David Livermore of the University of East Anglia"
  if (of > 0 && run.slice(0, of).some(isPersonWord) && !isOrganisation(run.slice(0, of))) {
    return [...namesIn(run.slice(0, of), sentenceStart), ...namesIn(run.slice(of + 1), false)];
  }
  // "AP and NBC News" are two; "Securities and Exchange Commission" is one.
  const and = run.findIndex((t) => lower(t) === 'and');
  const andThe = and > 0 && and + 1 < run.length && lower(run[and + 1]) === 'the';
  if (and > 0 && (!isOrganisation(run) || andThe || isOrganisation(run.slice(0, and)) || ACRONYM.test(word(run[and - 1])))) {
    return splitAt(run, 'and').flatMap((part, i) => namesIn(part, sentenceStart && i === 0));
  }
  // "New York for the United Nations" are two; "Committee to Protect Journalists", "Institute for Research" one.
  const forThe = run.findIndex((t, i) => lower(t) === 'for' && i + 1 < run.length && lower(run[i + 1]) === 'the');
  if (forThe > 0) return [...namesIn(run.slice(0, forThe), sentenceStart), ...namesIn(run.slice(forThe + 1), false)];
  if (isOrganisation(run)) return [['organisations', name]];
  if (run.length === 1 && ACRONYM.test(name)) {
    const bare = name.replace(/\./g, '');
    // "LESS", "LOT": a word written in capitals is no acronym.
    if (NOT_ACRONYMS.has(bare) || lexiconTags(bare).some((tag) => tag !== 'Organization' && !PLACE_TAGS.includes(tag)) || isWordInCapitals(bare)) return [];
    return [[PLACE_ACRONYMS.has(bare) ? 'places' : 'organisations', name]];
  }
  if (run.length > 1 && PLACE_ENDS.has(last)) return [['places', name]];
  const person = run.some(isPersonWord);
  const capitalised = run.filter((t) => CAPITALISED.test(word(t)));
  const place = capitalised.every(isPlaceWord);
  // "Barack Obama's administration": compromise tags the owner with what he owns.
  const owner = run[run.length - 1].tags.includes('Possessive') && !lexiconTags(name).includes('Organization');
  if (owner && capitalised.length >= 2 && looksLikeAPerson(name) && run.some((t) => lexiconTags(word(t)).some((tag) => NAME_TAGS.has(tag)))) return [['people', name]];
  if (has(run, 'Organization') && !place && !run.some(isTitle)) {
    return run.length > 1 || lexiconTags(name).includes('Organization') ? [['organisations', name]] : [];
  }
  if (place && !(person && capitalised.length > 1 && !has(run, 'Country'))) return run.length === 1 && isDemonym(name) ? [] : [['places', name]];
  if (person && lastTitle === -1 && capitalised.length >= 2 && !run.some((t) => ACRONYM.test(word(t)) || /\d/.test(word(t)) || notAPersonWord(t))) return [['people', name]];
  const plain = run.length <= 3 && run.every((t) => CAPITALISED.test(word(t)) && !ACRONYM.test(word(t)) && !isTitle(t));
  return plain && !(sentenceStart && run.length === 1) ? [['unknown', name]] : [];
}
/** "Federal Security Service (FSB)": acronyms the text defines, each with its full name. */
function definedAcronyms(text: string): Map<string, string> {
  const defined = new Map<string, string>();
  for (const m of text.matchAll(/((?:[\p{Lu}][\p{L}'’-]*\s+(?:(?:of|the|and|for|de|du|la)\s+)*){1,8})\(([\p{Lu}]{2,8})\)/gu)) {
    const words = m[1].trim().split(/\s+/);
    const acronym = m[2];
    const initials = words.filter((w) => CAPITALISED.test(w)).map((w) => w[0]).join('');
    // The longest tail of the words whose initials spell the acronym.
    const at = initials.lastIndexOf(acronym);
    if (at !== -1 && at + acronym.length === initials.length) {
      let seen = 0;
      const start = words.findIndex((w) => CAPITALISED.test(w) && seen++ === at);
      defined.set(acronym, words.slice(start).join(' '));
    }
  }
  return defined;
}

/** "((WN)) Given that…", "WSS: Which…": an interview's initials for who asks, which open its paragraphs. */
function speakerLabels(text: string): Set<string> {
  return new Set([...text.matchAll(/^[\s*_]*(?:\(+(\p{Lu}{2,6})\)+|(\p{Lu}{2,6})\s*:)/gmu)].map((m) => m[1] ?? m[2]));
}

/** Each name once, in the spelling first met, in the order first met. */
function unique(names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) if (!seen.has(key(name))) seen.set(key(name), name);
  return [...seen.values()];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (text: string, name: string) => text.match(new RegExp(`(?<![\\p{L}\\p{M}])${escape(name)}(?![\\p{L}\\p{M}])`, 'gu'))?.length ?? 0;

// "in Magnitogorsk", "near Sangatte": words after which a capitalised word no lexicon knows is a place.
const PLACE_BEFORE = words('in near outside between');
// "charity Sea-Eye", "newspaper The Hindu": words after which a name is an organisation's.
const ORGANISATION_BEFORE = words('firm company charity group newspaper agency organisation organization broadcaster magazine journal website site airline carrier operator network publisher startup retailer bank union party channel station band club team');
// "reporting in Science Advances": what is published in is no place.
const NOT_PLACE_AFTER = words('published reported wrote written appeared');

/** A word compromise does not know, which the words around it show to be a place: "in Magnitogorsk", "Gulfport, Mississippi". */
function placeByContext(run: Term[], earlier: Term[], before: Term | undefined, after: Term | undefined): boolean {
  if (run.length === 0) return false;
  // "in Parliament", "in Congress": an institution, not where.
  if (run.length === 1 && ORGANISATION_ENDS.has(lower(run[0]))) return false;
  if (run.some((term) => lexiconTags(word(term)).length > 0 || has([term], 'Organization') || term.tags.includes('Date'))) return false;
  const last = run[run.length - 1];
  if (before && PLACE_BEFORE.has(before.text.toLowerCase()) && !/[,.;:]/.test(before.post) && !earlier.some((t) => NOT_PLACE_AFTER.has(t.text.toLowerCase()))) return true;
  return /^,\s*$/.test(last.post) && after !== undefined && (after.tags.includes('Country') || after.tags.includes('Region') || PLACE_ACRONYMS.has(word(after).replace(/\./g, '')));
}

/** The capitalised words a run opens with ("Magnitogorsk" of "Magnitogorsk on Monday"). */
function leading(run: Term[]): Term[] {
  const end = run.findIndex((t) => !CAPITALISED.test(word(t)) || t.tags.includes('Date'));
  return end === -1 ? run : run.slice(0, end);
}

/** "according to Reuters", "published on Monday in Nature Sustainability": who reported or published is an organisation. */
function reportedBy(before: Term[]): boolean {
  const text = before.map((t) => t.text.toLowerCase()).join(' ');
  return /(?:^|\s)according to$/.test(text) || (/\bin$/.test(text) && before.some((t) => NOT_PLACE_AFTER.has(t.text.toLowerCase())));
}

/** What the word before an unknown name says it is: "charity Sea-Eye", "her husband Siarhei", "candidate Sviatlana Tsikhanouskaya". */
function kindByContext(run: Term[], before: Term | undefined): Kind | undefined {
  if (!before || CAPITALISED.test(before.text) || /[,.;:()]/.test(before.post)) return undefined;
  if (run.some((term) => lexiconTags(word(term)).some((tag) => !/Name$/.test(tag)))) return undefined;
  if (ORGANISATION_BEFORE.has(before.text.toLowerCase())) return 'organisations';
  return before.tags.includes('Actor') || /^(?:husband|wife|son|daughter|brother|sister|mother|father|named|boy|girl|man|woman)$/.test(before.text.toLowerCase()) ? 'people' : undefined;
}

/** Is `language` (a BCP 47 tag) English? Untagged text is taken as the site's default, English. */
export function isEnglish(language: string | undefined): boolean {
  return (language ?? 'en').split('-')[0].toLowerCase() === 'en';
}

/** The people, places and organisations `text` names, each once, in the order first met. */
export function findNames(text: string, language?: string): FoundNames {
  if (!isEnglish(language) || !/\p{Script=Latin}/u.test(text)) return NO_NAMES;
  const opening = text.length > NAME_TEXT_LIMIT ? text.slice(0, text.lastIndexOf(' ', NAME_TEXT_LIMIT) + 1 || NAME_TEXT_LIMIT) : text;
  const acronyms = definedAcronyms(opening);
  const speakers = speakerLabels(opening);
  const found: Record<Kind, string[]> = { people: [], places: [], organisations: [], unknown: [] };
  const maybePlaces: string[] = [];
  for (const sentence of nlp(opening).json({ terms: { tags: true } }) as { terms: Term[] }[]) {
    const terms = sentence.terms;
    for (const run of runs(terms)) {
      const at = terms.indexOf(run[0]);
      for (const [kind, name] of namesIn(run, at === 0)) {
        if (kind !== 'unknown') {
          found[kind].push(name);
          continue;
        }
        const byContext = kindByContext(run, terms[at - 1]);
        const opens = leading(run);
        if (byContext) found[byContext].push(name);
        else if (reportedBy(terms.slice(Math.max(0, at - 4), at))) found.organisations.push(name);
        else if (placeByContext(opens, terms.slice(Math.max(0, at - 4), at - 1), terms[at - 1], terms[at + opens.length])) maybePlaces.push(name);
        else found.unknown.push(name);
      }
    }
  }
  // News names a person in full, then by surname: "Franky Zapata … Zapata said".
  for (const name of unique(found.unknown)) {
    const parts = name.split(' ');
    if (parts.length < 2 || parts.some((part) => lexiconTags(part).length > 0 && !lexiconTags(part).some((t) => /Name$/.test(t)))) continue;
    const surname = parts[parts.length - 1];
    if (mentions(opening, surname) > mentions(opening, name)) found.people.push(name);
  }
  // "Al-Sharabi" after "Ziad al-Sharabi" is the same person.
  const named = unique(found.people);
  const people = named.filter((name) => looksLikeAPerson(name) && !named.some((other) => other.length > name.length && key(other).endsWith(` ${key(name)}`)));
  // "in Magnitogorsk" is a place; "in Zapata's words" is not: a word of a person's name is no place.
  const nameWords = new Set(people.flatMap((name) => name.split(' ')));
  found.places.push(...maybePlaces.filter((name) => !nameWords.has(name)));
  const taken = new Set(people.map(key));
  // An acronym the text defines is the organisation's full name.
  const organisations = unique(found.organisations.filter((name) => !speakers.has(name)).map((name) => acronyms.get(name) ?? name)).filter((name) => !taken.has(key(name)));
  for (const name of organisations) taken.add(key(name));
  const places = unique(found.places).filter((name) => !taken.has(key(name)));
  return { people, places, organisations };
}
