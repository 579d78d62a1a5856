import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../tests/helpers/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = path.join(ROOT, 'node_modules/.bin/node');

function importCli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(NODE, [path.join(ROOT, 'src/cli/import.ts'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  const lines = result.stdout.trimEnd().split('\n');
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, last: lines.at(-1) };
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-cli-'));

describe('npm run import', () => {
  it('prints its usage with --help', () => {
    const { status, stdout } = importCli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run import -- \[options\] <file…>/);
    for (const option of ['--title', '--date', '--dek', '--source', '--url', '--byline', '--tags', '--language', '--content-dir', '--dry-run', '--format']) {
      expect(stdout).toContain(option);
    }
  });

  it('imports the seed into the CONTENT_DIR the site uses and ends with the summary line', () => {
    const dir = tempDir();
    const { status, last, stdout } = importCli([SEED, '--title', 'Trump orders ICE to step up deportations in Democratic-run cities', '--date', '2025-06-15'], {
      env: { CONTENT_DIR: dir },
    });
    expect(status).toBe(0);
    expect(stdout).toContain('wrote ');
    expect(last).toBe('imported 1, updated 0, duplicates 0, rejected 0');
    expect(fs.existsSync(path.join(dir, 'stories/2025/06/trump-orders-ice-to-step-up-deportations-in-democratic-run-cities.md'))).toBe(true);
  });

  it('reads standard input with "-", and a dry run writes nothing', () => {
    const dir = tempDir();
    const { status, stdout, last } = importCli(['--content-dir', dir, '--dry-run', '--title', 'From a pipe', '--date', '2024-01-02', '-'], {
      input: 'First paragraph.\n\nAdvertisement\n\nSecond <b>paragraph</b>.\n',
    });
    expect(status).toBe(0);
    expect(stdout).toContain(`would write ${path.join(dir, 'stories/2024/01/from-a-pipe.md')}:\n---\ntitle: From a pipe\n`);
    expect(stdout).toContain('First paragraph.\n\nSecond \\<b>paragraph\\</b>.\n');
    expect(last).toBe('imported 1, updated 0, duplicates 0, rejected 0');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('exits with 1 when a record is rejected, naming file, line and reason, and keeps it in a rejects file', () => {
    const dir = tempDir();
    const input = path.join(dir, 'news.jsonl');
    fs.writeFileSync(input, '{"title": "Fine", "date": "2024-02-03", "body": "Text."}\n{"title": "Undated", "body": "Text too."}\n');
    const { status, stderr, last } = importCli(['--content-dir', path.join(dir, 'content'), 'news.jsonl'], { cwd: dir });
    expect(status).toBe(1);
    expect(stderr).toContain('rejected: news.jsonl:2: date: the date is missing');
    expect(stderr).toContain('1 rejected record kept in news.rejects.jsonl');
    expect(last).toBe('imported 1, updated 0, duplicates 0, rejected 1');
    const kept = JSON.parse(fs.readFileSync(path.join(dir, 'news.rejects.jsonl'), 'utf8'));
    expect(kept).toEqual({ title: 'Undated', body: 'Text too.', rejected: { file: 'news.jsonl', line: 2, reasons: [expect.stringMatching(/^date: /)] } });
  });

  it('exits with 2 on a usage error', () => {
    expect(importCli([]).status).toBe(2);
    expect(importCli(['--nonsense', SEED]).stderr).toMatch(/--nonsense/);
  });
});
