// Where the real-text fixtures live: the Wikinews corpus and the seed article, both committed
// under tests/fixtures/ (see the README.md in each folder for source and license). Every test,
// benchmark and script that reads them takes its path from here.
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** 295 English Wikinews stories, 2019-01-04 to 2021-03-15. */
export const CORPUS_EN = path.join(FIXTURES, 'corpus/wikinews-en.jsonl');
/** 16 stories in or quoting other scripts; the 10 Japanese ones have no date and no url. */
export const CORPUS_UNICODE = path.join(FIXTURES, 'corpus/wikinews-unicode.jsonl');
/** Both corpus files, English first. */
export const CORPUS_FILES = [CORPUS_EN, CORPUS_UNICODE] as const;
/** The article the archive was started from, byte for byte as received. */
export const SEED = path.join(FIXTURES, 'seed/000_80ccb8816e0bc047.txt');
/** One site's six stories as a crawl (a WARC, plain and gzipped, and a WACZ of 14 captures) and its RSS and Atom feeds hold them; see make-fixtures.ts there. */
export const SITE_CAPTURES = path.join(FIXTURES, 'site-captures');
/** 50 real news pages with a body, headline and date written by hand for each; see the README there. */
export const IMPORT_EVAL = path.join(FIXTURES, 'import-eval');
/** 30 stories of CORPUS_EN with every person, place and organisation they name, annotated by reading; see names/README.md. */
export const NAMES_ANNOTATED = path.join(FIXTURES, 'names/annotated.json');
/** 30 more stories of CORPUS_EN annotated the same way, kept apart while findNames was written, to check it on stories it was not tuned on. */
export const NAMES_HELD_OUT = path.join(FIXTURES, 'names/held-out.json');
