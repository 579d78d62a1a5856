import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from './inputs.ts';

describe('import inputs', () => {
  it('reads a folder recursively: story files only, in a stable order', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-inputs-'));
    const files = ['saved/b.html', 'saved/a.html', 'saved/2019/feed.rss', 'saved/2019/notes.txt', 'saved/a_files/frame.html', 'saved/.cache/x.html', 'saved/export.rejects.jsonl', 'saved/logo.png', 'single.md'];
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
      fs.writeFileSync(path.join(cwd, file), 'x');
    }
    expect(expandInputs(['saved', 'single.md', '-', 'missing.html'], cwd)).toEqual([
      path.join('saved', '2019', 'feed.rss'),
      path.join('saved', '2019', 'notes.txt'),
      path.join('saved', 'a.html'),
      path.join('saved', 'b.html'),
      'single.md',
      '-',
      'missing.html',
    ]);
  });
});
