import { beforeAll, describe, expect, it } from 'vitest';
import { EVAL_NOW, evalPages, importerExtraction, meanF1, readabilityExtraction, sameHeadline, shingleScore, type Extraction } from '../../../tests/helpers/import-eval.ts';

// The importer's targets on 50 real news pages whose body, headline and date a person wrote down
// (tests/fixtures/import-eval). bench/import.ts prints the full table.
const pages = evalPages();
let results: ({ page: (typeof pages)[number] } & Extraction)[] = [];

describe('the importer on real news pages', () => {
  beforeAll(() => {
    results = pages.map((page) => ({ page, ...importerExtraction(page) }));
  }, 120_000);

  it('finds a body on every page, and more of each story with less around it than Readability alone', () => {
    expect(results.filter(({ body }) => !body.trim()).map(({ page }) => page.name)).toEqual([]);
    const ours = meanF1(results.map(({ page, body }) => shingleScore(body, page.body)));
    const alone = meanF1(pages.map((page) => shingleScore(readabilityExtraction(page).body, page.body)));
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
