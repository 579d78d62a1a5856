// The relevance set run through the search engine in Node, without building the site or a
// browser: a quick loop for tuning ranking. The benchmark's figures come from bench/search.ts.
//
//   node_modules/.bin/node bench/relevance-quick.ts [--misses]
import fs from 'node:fs';
import { archiveSearchInNode } from './relevance.ts';
import { QUERIES_FILE, type RelevanceQuery } from './relevance-set.ts';

const search = await archiveSearchInNode();
const queries: RelevanceQuery[] = JSON.parse(fs.readFileSync(QUERIES_FILE, 'utf8'));
const totals = new Map<string, { n: number; hit: number; rr: number }>();
for (const q of queries) {
  const outcome = await search.search({ query: q.query, limit: 10 });
  const rank = outcome.stories.findIndex((s) => s.doc.path === q.target) + 1;
  const t = totals.get(q.kind) ?? { n: 0, hit: 0, rr: 0 };
  t.n++;
  if (rank) {
    t.hit++;
    t.rr += 1 / rank;
  } else if (process.argv.includes('--misses')) {
    console.log(`${q.kind}: "${q.query}" → ${q.target} (total ${outcome.total}; words ${outcome.words.join(',')}; terms ${outcome.terms.slice(0, 12).join(',')})`);
  }
  totals.set(q.kind, t);
}
for (const [kind, t] of totals) console.log(`${kind}: ${((100 * t.hit) / t.n).toFixed(1)} % success@10, MRR ${(t.rr / t.n).toFixed(3)} (${t.n})`);
const all = [...totals.values()].reduce((a, t) => ({ n: a.n + t.n, hit: a.hit + t.hit, rr: a.rr + t.rr }), { n: 0, hit: 0, rr: 0 });
console.log(`all: ${((100 * all.hit) / all.n).toFixed(1)} %, MRR ${(all.rr / all.n).toFixed(3)}`);
