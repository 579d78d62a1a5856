// The import evaluation set (tests/fixtures/import-eval): real news pages, each with the body,
// headline and date a person wrote down for it. Loading and scoring live here, so the benchmark
// (bench/import.ts) and the test that holds the importer to its targets measure the same way.
import fs from 'node:fs';
import path from 'node:path';
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
