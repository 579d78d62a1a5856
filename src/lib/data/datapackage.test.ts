import { describe, expect, it } from 'vitest';
import { bulkFiles } from './bulk-files.ts';
import { dataPackage, recordSchema } from './datapackage.ts';
import { RECORD_FIELDS } from './record-fields.ts';
import { fileSize } from './file-size.ts';

const site = {
  name: 'Clippings',
  homepage: 'https://news.example.org/news/',
  dataPage: 'https://news.example.org/news/data/',
  schema: 'https://news.example.org/news/data/schema.json',
  absolute: (path: string) => `https://news.example.org/news${path}`,
};

describe('dataPackage', () => {
  it('describes every bulk file with its full address, size, SHA-256 and number of stories', async () => {
    const files = await bulkFiles([{ year: 2023 }, { year: 2024 }, { year: 2024 }], (story) => story);
    const described = dataPackage(files, site);
    expect(described.name).toBe('clippings-stories');
    expect(described.licenses[0].path).toBe(site.dataPage);
    expect(described.licenses[0].title).toMatch(/own license/);
    expect(described.resources.map((r) => [r.path, r.count, r.bytes, r.hash])).toEqual([
      ['https://news.example.org/news/index.jsonl.gz', 3, files.archive.bytes.length, `sha256:${files.archive.sha256}`],
      ['https://news.example.org/news/2023/index.jsonl.gz', 1, files.years[0].bytes.length, `sha256:${files.years[0].sha256}`],
      ['https://news.example.org/news/2024/index.jsonl.gz', 2, files.years[1].bytes.length, `sha256:${files.years[1].sha256}`],
    ]);
    for (const resource of described.resources) {
      expect(resource).toMatchObject({ format: 'jsonl', compression: 'gz', mediatype: 'application/jsonl', encoding: 'utf-8' });
      // Frictionless names: lower case, digits, - _ . only.
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(resource.schema).toBe(site.schema);
    }
  });

  it("gives each record field's name and type, and requires those never null", () => {
    const fields = recordSchema().fields;
    expect(fields.map((f) => f.name)).toEqual(RECORD_FIELDS.map((f) => f.name));
    expect(fields.find((f) => f.name === 'words')).toMatchObject({ type: 'integer', constraints: { required: true } });
    expect(fields.find((f) => f.name === 'dek')).toMatchObject({ type: 'string', constraints: { required: false } });
    expect(fields.find((f) => f.name === 'day')?.type).toBe('date');
  });
});

describe('fileSize', () => {
  it('says bytes, kilobytes or megabytes', () => {
    expect(fileSize(812)).toBe('812 bytes');
    expect(fileSize(14_240)).toBe('14.2 KB');
    expect(fileSize(3_100_000)).toBe('3.1 MB');
  });
});
