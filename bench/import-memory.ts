// node bench/import-memory.ts [--sizes 100,1000] : does a web archive import in flat memory?
// Writes gzipped WARCs of the given sizes in MB (the corpus' stories as pages, padded with
// photographs' worth of incompressible image records, as real crawls are), imports each in a
// fresh process (a dry run, so nothing is written), and prints its peak memory and time; then
// imports it again with V8's heap capped at 64 MB. Flat memory means that capped run completes
// whatever the file's size (a reader that held the file would run out of memory).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { CORPUS_EN } from '../tests/helpers/fixtures.ts';

const MB = 1024 * 1024;
const HEAP_CAP_MB = 64;

if (process.argv[2] === '--child') {
  const { importFiles } = await import('../src/lib/import/run.ts');
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-import-memory-'));
  const start = performance.now();
  const summary = await importFiles([process.argv[3]], { contentDir, dryRun: true });
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(JSON.stringify({ summary: { ...summary, files: summary.files.length }, seconds, peakMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const sizesArg = process.argv.indexOf('--sizes');
const sizes = (sizesArg > 0 ? process.argv[sizesArg + 1] : '100,1000').split(',').map(Number);
const stories = fs.readFileSync(CORPUS_EN, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { title: string; date: string; body: string });
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

async function record(url: string, type: string, body: Uint8Array): Promise<Uint8Array> {
  const warc = WARCRecord.create({ url, date: '2021-03-20T10:00:00Z', type: 'response', warcVersion: 'WARC/1.1', statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': type } }, [body]);
  return WARCSerializer.serialize(warc, { gzip: true });
}

async function writeWarc(file: string, megabytes: number): Promise<void> {
  const out = fs.openSync(file, 'w');
  let written = 0;
  let n = 0;
  while (written < megabytes * MB) {
    const story = stories[n % stories.length];
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(story.title)}</title><meta property="og:type" content="article"><meta property="article:published_time" content="${story.date}T09:00:00Z"></head><body><article><h1>${escape(story.title)}</h1>${story.body.split(/\n\s*\n/).map((p) => `<p>${escape(p.trim())}</p>`).join('')}</article></body></html>`;
    const parts = [await record(`https://news.example.org/${n}/story`, 'text/html; charset=utf-8', new TextEncoder().encode(page))];
    // Ten pictures a story, 256 KB each: most of a real crawl's bytes are not pages.
    for (let i = 0; i < 10; i++) parts.push(await record(`https://news.example.org/${n}/photo-${i}.jpg`, 'image/jpeg', crypto.randomBytes(256 * 1024)));
    for (const part of parts) {
      fs.writeSync(out, part);
      written += part.length;
    }
    n++;
  }
  fs.closeSync(out);
}

const rows: string[] = [];
for (const size of sizes) {
  const file = path.join(os.tmpdir(), `clippings-import-memory-${size}.warc.gz`);
  if (!fs.existsSync(file) || fs.statSync(file).size < size * MB) await writeWarc(file, size);
  const run = (flags: string[]) => spawnSync(process.execPath, [...flags, import.meta.filename, '--child', file], { encoding: 'utf8', maxBuffer: 16 * MB });
  const child = run([]);
  if (child.status !== 0) throw new Error(`import of ${file} failed:\n${child.stderr}`);
  const result = JSON.parse(child.stdout);
  const capped = run([`--max-old-space-size=${HEAP_CAP_MB}`]);
  const cappedResult = capped.status === 0 ? JSON.parse(capped.stdout) : undefined;
  rows.push(`| ${(fs.statSync(file).size / MB).toFixed(0)} MB | ${result.summary.imported + result.summary.duplicates} | ${result.peakMB.toFixed(0)} MB | ${result.seconds.toFixed(1)} s | ${cappedResult ? `yes, peak ${cappedResult.peakMB.toFixed(0)} MB, ${cappedResult.seconds.toFixed(1)} s` : `NO (exit ${capped.status})`} |`);
  console.error(`${size} MB done`);
}
process.stdout.write(`| WARC (gzipped) | pages read | peak memory (RSS) | time | completes with a ${HEAP_CAP_MB} MB heap |\n| --: | --: | --: | --: | --- |\n${rows.join('\n')}\n`);
