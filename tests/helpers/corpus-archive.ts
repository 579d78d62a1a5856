// The Wikinews corpus imported into a new, empty archive, as a user would fill one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importFiles, type ImportSummary } from '../../src/lib/import/run.ts';
import { CORPUS_EN } from './fixtures.ts';

export async function importCorpus(): Promise<{ contentDir: string; summary: ImportSummary }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-corpus-'));
  const input = path.join(dir, 'wikinews-en.jsonl');
  fs.copyFileSync(CORPUS_EN, input);
  const contentDir = path.join(dir, 'content');
  return { contentDir, summary: await importFiles([input], { contentDir, cwd: dir }) };
}
