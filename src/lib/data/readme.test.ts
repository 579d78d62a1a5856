import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS } from './record-fields.ts';

// The README is the data files' documentation: every field a record holds must be in it.
const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Data and API'), readme.indexOf('\n## ', readme.indexOf('## Data and API') + 1));

describe('README, Data and API', () => {
  it('documents every field of a story record', () => {
    expect(section.length).toBeGreaterThan(1000);
    for (const field of RECORD_FIELDS) expect(section, field.name).toContain(`\`${field.name}\``);
  });

  it('documents every data address', () => {
    for (const address of ['/2025/06/<slug>/index.json', '/2025/index.jsonl.gz', '/index.jsonl.gz', '/data/datapackage.json', '/data/schema.json', '`/data/`']) expect(section).toContain(address);
  });
});
