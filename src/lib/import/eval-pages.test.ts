import { beforeAll, describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { EVAL_NOW, EVAL_PAGE_URL, evalPages, meanF1, sameHeadline, shingleScore } from '../../../tests/helpers/import-eval.ts';
import { cleanTree } from './clean-tree.ts';
import { spacedTextOf } from './markdown.ts';
import { pageRecord } from './read-html.ts';

// The importer's targets on 50 real news pages whose body, headline and date a person wrote down
// (tests/fixtures/import-eval). bench/import.ts prints the full table.
const pages = evalPages();
let results: { page: (typeof pages)[number]; date?: string; title?: string; body: string }[] = [];

describe('the importer on real news pages', () => {
  beforeAll(() => {
    results = pages.map((page) => {
      const { record } = pageRecord(page.html, 'page.html', EVAL_NOW, EVAL_PAGE_URL);
      const date = typeof record.fields.date === 'string' ? record.fields.date : undefined;
      return { page, date, title: record.fields.title as string | undefined, body: spacedTextOf(cleanTree(record.body.tree, date?.slice(0, 10))) };
    });
  }, 120_000);

  it('finds a body on every page, and more of each story with less around it than Readability alone', () => {
    expect(results.filter(({ body }) => !body.trim()).map(({ page }) => page.name)).toEqual([]);
    const ours = meanF1(results.map(({ page, body }) => shingleScore(body, page.body)));
    const alone = meanF1(pages.map((page) => {
      const article = new Readability(parseHTML(page.html).document as unknown as Document).parse();
      return shingleScore(parseHTML(`<html><body>${(article?.content ?? '').replace(/<\/(?:p|div|h\d|li|figcaption)>/g, '$& ')}</body></html>`).document.body.textContent ?? '', page.body);
    }));
    expect(ours.f1).toBeGreaterThan(alone.f1);
  });

  it('finds the date on at least 90 % of the pages that show one, and never an implausible one', () => {
    const shown = results.filter(({ page }) => page.truth.dateShown && page.truth.date);
    expect(shown.filter(({ date }) => date).length / shown.length).toBeGreaterThanOrEqual(0.9);
    expect(results.map(({ date }) => date?.slice(0, 10)).filter((day) => day && (day < '1990-01-01' || day > EVAL_NOW.toISOString()))).toEqual([]);
    // A date found is the page's day, except where two plausible ones disagree (yahoo-3 declares two).
    expect(shown.filter(({ date, page }) => date && date.slice(0, 10) !== page.truth.date).length).toBeLessThanOrEqual(2);
  });

  it('reads the headline the page shows on at least 90 % of pages', () => {
    expect(results.filter(({ page, title }) => sameHeadline(title, page.truth.title)).length / results.length).toBeGreaterThanOrEqual(0.9);
  });
}, 120_000);
