// The relevance set run through the search engine in Node, without building the site or a
// browser: a quick loop for tuning ranking. The benchmark's figures come from bench/search.ts.
//
//   node_modules/.bin/node bench/relevance-quick.ts [--misses]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SearchIndexBuilder } from '../src/lib/search/build.ts';
import { ArchiveSearch } from '../src/lib/search/query.ts';
import { htmlToText } from '../src/lib/html-text.ts';
import { storyMarkdownProcessor } from '../src/lib/markdown/pipeline.ts';
import { readCorpus, writeCorpusArchive } from './generate-archive.ts';
import { QUERIES_FILE, type RelevanceQuery } from './relevance-set.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-quick-'));
const corpus = readCorpus();
const stories = writeCorpusArchive(dir, corpus)
  .map((s, i) => ({ ...s, date: corpus[i].date }))
  .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.sitePath < b.sitePath ? -1 : 1));
fs.rmSync(dir, { recursive: true, force: true });
const builder = new SearchIndexBuilder();
// The text the site indexes: the story rendered, then read back as words.
const renderer = await storyMarkdownProcessor().createRenderer({ syntaxHighlight: false, image: { domains: [], remotePatterns: [] } });
for (const s of stories) {
  const text = htmlToText((await renderer.render(s.paragraphs.join('\n\n'))).code);
  builder.add({ headline: s.title, path: s.sitePath, day: s.date, year: Number(s.date.slice(0, 4)), source: '', topics: [], text });
}
const { files, manifest } = builder.files();
const byName = new Map([...files, manifest].map((f) => [f.name, JSON.parse(f.body)]));
const search = new ArchiveSearch(JSON.parse(manifest.body), async (name) => byName.get(name));
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
