import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNewFile } from './write.ts';

describe('writeNewFile', () => {
  it('creates the file and its folders, and leaves no temporary file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-write-'));
    const file = path.join(dir, 'stories/2024/03/story.md');
    expect(writeNewFile(file, 'text\n')).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('text\n');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['story.md']);
  });

  it('never overwrites: a taken name returns false and the file keeps its text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-write-'));
    const file = path.join(dir, 'story.md');
    fs.writeFileSync(file, 'original\n');
    expect(writeNewFile(file, 'replacement\n')).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('original\n');
    expect(fs.readdirSync(dir)).toEqual(['story.md']);
  });
});
