// npm run bench:import: how well the importer reads real news pages, beside Mozilla's Readability
// run alone on the same pages, on the importer's DOM (linkedom) and on jsdom. The pages and what a person wrote down
// for each (body, headline, date) are tests/fixtures/import-eval. Prints a markdown table and
// writes it to bench/IMPORT-RESULTS.md; `--pages` adds a row per page.
//
// Body: precision and recall of 4-word shingles against the written body, averaged over pages,
// and their F1. Dates: found on the pages that show one, and right (the same day). Headlines: the
// same words as written down.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { EVAL_NOW, EVAL_PAGE_URL, evalPages, importerExtraction, meanF1, readabilityExtraction, sameHeadline, shingleScore, type EvalPage, type Extraction } from '../tests/helpers/import-eval.ts';

interface Timed extends Extraction {
  ms: number;
}

const SYSTEMS: Record<string, (page: EvalPage) => Timed> = {
  Clippings: (page) => timed(() => importerExtraction(page)),
  'Readability 0.6 alone (linkedom)': (page) => timed(() => readabilityExtraction(page)),
  // The DOM Readability's own tests use: does a full DOM read these pages better than linkedom?
  'Readability 0.6 alone (jsdom)': (page) => timed(() => readabilityExtraction(page, new JSDOM(page.html, { url: EVAL_PAGE_URL, virtualConsole: new VirtualConsole() }).window.document)),
};

function timed(extract: () => Extraction): Timed {
  const start = performance.now();
  const extraction = extract();
  return { ...extraction, ms: performance.now() - start };
}

/** The calendar day a date names, in the zone it was written in. */
function dayOf(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(date);
  if (iso) return iso[1];
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

function implausible(date: string | undefined): boolean {
  const day = dayOf(date);
  return day !== undefined && (day < '1990-01-01' || day > EVAL_NOW.toISOString().slice(0, 10));
}

const pages = evalPages();
const perPage = process.argv.includes('--pages');
const rows: string[] = [];
const pageRows: string[] = [];
const results: Record<string, { f1: number; empty: number; datesFound: number; implausible: number }> = {};
const shown = pages.filter((page) => page.truth.dateShown && page.truth.date);
for (const [name, extract] of Object.entries(SYSTEMS)) {
  const outputs = pages.map((page) => ({ page, out: extract(page) }));
  const scores = outputs.map(({ page, out }) => shingleScore(out.body, page.body));
  const { precision, recall, f1 } = meanF1(scores);
  const empty = outputs.filter(({ page, out }) => page.body.trim() && !out.body.trim()).length;
  const found = outputs.filter(({ page, out }) => shown.includes(page) && dayOf(out.date)).length;
  const right = outputs.filter(({ page, out }) => shown.includes(page) && dayOf(out.date) === page.truth.date).length;
  const wrongYears = outputs.filter(({ out }) => implausible(out.date)).length;
  const headlines = outputs.filter(({ page, out }) => sameHeadline(out.title, page.truth.title)).length;
  const below = scores.filter((s) => (2 * s.precision * s.recall) / (s.precision + s.recall || 1) < 0.5).length;
  const ms = outputs.map(({ out }) => out.ms).sort((a, b) => a - b)[Math.floor(outputs.length / 2)];
  results[name] = { f1, empty, datesFound: found / shown.length, implausible: wrongYears };
  const pct = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / of)} %)`;
  rows.push(`| ${name} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | **${f1.toFixed(3)}** | ${below} | ${empty} | ${pct(found, shown.length)} | ${pct(right, shown.length)} | ${wrongYears} | ${pct(headlines, pages.length)} | ${ms.toFixed(0)} |`);
  for (const [i, { page, out }] of outputs.entries()) {
    const s = scores[i];
    pageRows.push(`| ${page.name} | ${name} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} | ${dayOf(out.date) ?? '–'} | ${page.truth.date ?? '–'} | ${sameHeadline(out.title, page.truth.title) ? 'yes' : 'no'} |`);
  }
}

const table = [
  `| system | body precision | body recall | body F1 | pages F1 < 0.5 | empty bodies | dates found | dates right | implausible dates | headlines right | median ms/page |`,
  `| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |`,
  ...rows,
].join('\n');
const [ours, alone] = Object.values(results);
const verdict = [
  `- body F1 above Readability alone: ${ours.f1 > alone.f1 ? 'yes' : 'NO'} (${ours.f1.toFixed(3)} against ${alone.f1.toFixed(3)})`,
  `- no empty body where the page has one: ${ours.empty === 0 ? 'yes' : `NO (${ours.empty})`}`,
  `- dates found on at least 90 % of the pages that show one: ${ours.datesFound >= 0.9 ? 'yes' : 'NO'} (${(100 * ours.datesFound).toFixed(0)} %)`,
  `- no implausible date: ${ours.implausible === 0 ? 'yes' : `NO (${ours.implausible})`}`,
].join('\n');
const report = `# Import benchmark

\`npm run bench:import\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}.
${pages.length} real news pages (tests/fixtures/import-eval; ${shown.length} show a date), each with a body, headline and date written down by hand.
Body scores are 4-word shingles of the extracted text against the written body (precision and recall averaged over pages; F1 of the two).

${table}

${verdict}
${perPage ? `\n| page | system | precision | recall | date | written date | headline |\n| --- | --- | --: | --: | --- | --- | --- |\n${pageRows.join('\n')}\n` : ''}`;
process.stdout.write(`${report}\n`);
fs.writeFileSync(path.join(import.meta.dirname, 'IMPORT-RESULTS.md'), report);
