import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareStory } from './prepare.ts';
import { formatOfName, readRecords } from './read.ts';

// One folder per case: input.<txt|md|html|jsonl|json> is imported (with the fields in options.json,
// if any, as if given on the command line) and must give expected.md byte for byte.
// A new case is a new folder.

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const DEFAULT_OPTIONS = { title: 'A story', date: '2019-01-04' };
/** The fixtures' import time: a page may not be dated after it. */
const NOW = new Date('2026-12-02T12:00:00Z');

function importFixture(dir: string): string {
  const input = fs.readdirSync(dir).find((name) => name.startsWith('input.'));
  if (!input) throw new Error(`${dir} has no input file`);
  const optionsFile = path.join(dir, 'options.json');
  const options = fs.existsSync(optionsFile) ? JSON.parse(fs.readFileSync(optionsFile, 'utf8')) : DEFAULT_OPTIONS;
  const records = readRecords(fs.readFileSync(path.join(dir, input), 'utf8'), input, formatOfName(input)!, NOW);
  expect(records).toHaveLength(1);
  const result = prepareStory(records[0], options);
  if ('rejection' in result) throw new Error(`rejected: ${result.rejection.reasons.join('; ')}`);
  return result.story.text;
}

describe('importer fixtures', () => {
  for (const name of fs.readdirSync(FIXTURES).sort()) {
    it(name, () => {
      const dir = path.join(FIXTURES, name);
      expect(importFixture(dir)).toBe(fs.readFileSync(path.join(dir, 'expected.md'), 'utf8'));
    });
  }
});
