// The import evaluation set (tests/fixtures/import-eval): real news pages, each with the body,
// headline and date a person wrote down for it. Loading and scoring live here, so the benchmark
// (bench/import.ts) and the test that holds the importer to its targets measure the same way.
import fs from 'node:fs';
import { keepPictures } from '../../src/lib/import/page-pictures.ts';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanTree } from '../../src/lib/import/clean-tree.ts';
import { spacedTextOf } from '../../src/lib/import/markdown.ts';
import { pageRecord } from '../../src/lib/import/read-html.ts';
import { IMPORT_EVAL } from './fixtures.ts';

export interface EvalPage {
  name: string;
  html: string;
  /** The story's body as a reader sees it, one block a paragraph. */
  body: string;
  truth: { title: string; date: string | null; dateShown: boolean; source: string | null; authors: string[]; language: string };
}

/** Where every page was saved from (Readability's tests load them from this address). */
export const EVAL_PAGE_URL = 'http://fakehost/test/page.html';
/** The evaluation's "now": after every page, so no date a page gives is in the future. */
export const EVAL_NOW = new Date('2026-01-01T00:00:00Z');

export function evalPages(): EvalPage[] {
  const folder = path.join(IMPORT_EVAL, 'pages');
  return fs.readdirSync(folder).sort().map((name) => ({
    name,
    html: fs.readFileSync(path.join(folder, name, 'source.html'), 'utf8'),
    body: fs.readFileSync(path.join(folder, name, 'body.txt'), 'utf8'),
    truth: JSON.parse(fs.readFileSync(path.join(folder, name, 'truth.json'), 'utf8')),
  }));
}

/** Words, and each CJK character on its own (those scripts write no spaces). */
export function tokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}_]+/gu) ?? [];
}

const SHINGLE = 4;

function shingles(text: string): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if (words.length > 0 && words.length < SHINGLE) add(words.join(' '));
  for (let i = 0; i + SHINGLE <= words.length; i++) add(words.slice(i, i + SHINGLE).join(' '));
  return counts;
}

/** Precision and recall of `found` against `truth`, over the multiset of 4-word shingles. */
export function shingleScore(found: string, truth: string): { precision: number; recall: number } {
  const got = shingles(found);
  const want = shingles(truth);
  let tp = 0, fp = 0, fn = 0;
  for (const [key, n] of got) {
    const m = want.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of want) fn += Math.max(0, m - (got.get(key) ?? 0));
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** F1 of the mean precision and mean recall over pages (the usual way extraction benchmarks report it). */
export function meanF1(scores: { precision: number; recall: number }[]): { precision: number; recall: number; f1: number } {
  const precision = scores.reduce((sum, s) => sum + s.precision, 0) / scores.length;
  const recall = scores.reduce((sum, s) => sum + s.recall, 0) / scores.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** Headlines compared as a reader would: same words, whatever the quotes, dashes and spacing. */
export function sameHeadline(a: string | undefined, b: string): boolean {
  const norm = (text: string) => text.normalize('NFKC').replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐‑‒–—―]/g, '-').replace(/\s+/g, ' ').trim();
  return a !== undefined && norm(a) === norm(b);
}

/** What an extractor read from a page: the body's text, the headline and the date. */
export interface Extraction {
  body: string;
  title?: string;
  date?: string;
}

/** The importer on a page, as `npm run import` would read it (body cleaned as a story's is). */
export function importerExtraction(page: EvalPage): Extraction {
  const { record } = pageRecord(page.html, 'page.html', EVAL_NOW, EVAL_PAGE_URL);
  const date = typeof record.fields.date === 'string' ? record.fields.date : undefined;
  // As an import of the page alone: no picture was saved with it, so each leaves its caption.
  keepPictures(record.body.tree, () => ({ problem: 'was not saved' }));
  return { body: spacedTextOf(cleanTree(record.body.tree, date?.slice(0, 10))), title: record.fields.title as string | undefined, date };
}

/** Readability alone on a page already parsed into `document` (by linkedom unless told otherwise). */
export function readabilityExtraction(page: EvalPage, document: Document = parseHTML(page.html).document as unknown as Document): Extraction {
  const article = new Readability(document).parse();
  return { body: blockText(article?.content ?? ''), title: article?.title ?? undefined, date: article?.publishedTime ?? undefined };
}

/** An HTML fragment's text with blocks kept apart, as a reader sees them. */
function blockText(html: string): string {
  const spaced = html.replace(/<\/(?:p|div|h[1-6]|li|blockquote|figcaption|figure|td|th|pre|section|article|ul|ol|table|tr|dd|dt)>|<br\s*\/?>/gi, '$& ');
  return parseHTML(`<!DOCTYPE html><html><body>${spaced}</body></html>`).document.body.textContent ?? '';
}
