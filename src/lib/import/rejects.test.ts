import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRejects } from './rejects.ts';
import { writeNewFile } from './write.ts';
import type { Rejection } from './prepare.ts';

const rejection: Rejection = {
  record: { file: 'export.jsonl', line: 2, fields: {}, raw: { title: 'Undated' }, many: true, format: 'jsonl' },
  reasons: ['date: the date is missing'],
};

describe('the rejects file', () => {
  it('goes beside the input, or to the archive’s rejects folder when the input’s folder is read-only', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-rejects-'));
    const share = path.join(work, 'share');
    const archive = path.join(work, 'content', 'rejects');
    // As a read-only mount answers (the tests may run as root, whom file modes do not stop).
    const write = (file: string, text: string) => {
      if (file.startsWith(share)) throw Object.assign(new Error('read-only file system'), { code: 'EROFS' });
      return writeNewFile(file, text);
    };
    expect(writeRejects(path.join(work, 'export.jsonl'), [rejection], work, archive, write)).toBe(path.join(work, 'export.rejects.jsonl'));
    const moved = writeRejects(path.join(share, 'export.jsonl'), [rejection], work, archive, write);
    expect(moved).toBe(path.join(archive, 'export.rejects.jsonl'));
    expect(JSON.parse(fs.readFileSync(moved, 'utf8'))).toMatchObject({ title: 'Undated', rejected: { line: 2 } });
    // Any other failure is not hidden.
    const broken = () => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    };
    expect(() => writeRejects(path.join(work, 'export.jsonl'), [rejection], work, archive, broken)).toThrow('disk full');
  });
});
