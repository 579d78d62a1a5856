import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CORPUS_EN, CORPUS_UNICODE, SEED } from '../../../tests/helpers/fixtures.ts';
import { describeRejection } from './rejects.ts';
import type { Rejection } from './prepare.ts';
import { importFiles, type ImportSettings } from './run.ts';
import { storySchema } from '../schema.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SEED_STORY = path.join(ROOT, 'content/stories/2025/06/trump-orders-ice-to-step-up-deportations-in-democratic-run-cities.md');

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-import-'));
}

/** A copy of a fixture input in a temp folder, so its rejects file lands there. */
function copyInput(from: string, dir: string): string {
  const to = path.join(dir, path.basename(from));
  fs.copyFileSync(from, to);
  return to;
}

async function run(inputs: string[], settings: Omit<ImportSettings, 'contentDir'> & { contentDir?: string } = {}) {
  const contentDir = settings.contentDir ?? path.join(tempDir(), 'content');
  const rejections: Rejection[] = [];
  const duplicates: string[] = [];
  const summary = await importFiles(inputs, { ...settings, contentDir }, {
    rejected: (rejection) => rejections.push(rejection),
    duplicate: (_, reason) => duplicates.push(reason),
  });
  return { summary, rejections, duplicates, contentDir };
}

function storyFiles(contentDir: string): string[] {
  const stories = path.join(contentDir, 'stories');
  if (!fs.existsSync(stories)) return [];
  return (fs.readdirSync(stories, { recursive: true, encoding: 'utf8' })).filter((file) => file.endsWith('.md')).sort();
}

describe('importing the seed article', () => {
  it('gives exactly the committed seed story', async () => {
    const committed = fs.readFileSync(SEED_STORY, 'utf8');
    const dek = parse(committed.split('---\n')[1]).dek;
    const { summary, contentDir } = await run([SEED], {
      fields: {
        title: 'Trump orders ICE to step up deportations in Democratic-run cities',
        date: '2025-06-15',
        tags: ['immigration', 'ICE', 'deportation', 'Donald Trump', 'Los Angeles', 'National Guard'],
        dek,
      },
      // The time the committed story records as its import.
      now: new Date('2025-06-15T18:00:00Z'),
    });
    expect(summary).toMatchObject({ imported: 1, duplicates: 0, rejected: 0 });
    const written = path.join(contentDir, 'stories/2025/06/trump-orders-ice-to-step-up-deportations-in-democratic-run-cities.md');
    expect(fs.readFileSync(written, 'utf8')).toBe(committed);
  });

  it('fails without a headline, saying to pass --title', async () => {
    const { summary, rejections } = await run([copyInput(SEED, tempDir())], { fields: { date: '2025-06-15' } });
    expect(summary.rejected).toBe(1);
    expect(rejections[0].reasons).toEqual(['title: a .txt file has no headline: pass one with --title "…"']);
  });
});

describe('importing the Wikinews corpus', () => {
  it('imports every story but the test page, names the line and reason, and adds nothing the second time', async () => {
    const dir = tempDir();
    const input = copyInput(CORPUS_EN, dir);
    const contentDir = path.join(dir, 'content');
    const records = fs.readFileSync(input, 'utf8').trim().split('\n').length;

    const first = await run([input], { contentDir });
    expect(first.rejections.map(describeRejection)).toEqual([
      `${input}:275: the body is empty after cleaning: it held only a dateline, page furniture or blank lines`,
    ]);
    expect(JSON.parse(fs.readFileSync(input, 'utf8').split('\n')[274]).title).toBe('TEST PAGE:Self-publish yesterday');
    expect(first.summary).toMatchObject({ imported: records - 1, duplicates: 0, rejected: 1 });
    expect(storyFiles(contentDir)).toHaveLength(records - 1);

    const rejects = fs.readFileSync(path.join(dir, 'wikinews-en.rejects.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(rejects).toHaveLength(1);
    expect(rejects[0]).toMatchObject({ title: 'TEST PAGE:Self-publish yesterday', rejected: { file: input, line: 275 } });

    const before = new Map(storyFiles(contentDir).map((file) => [file, fs.readFileSync(path.join(contentDir, 'stories', file), 'utf8')]));
    const second = await run([input], { contentDir });
    expect(second.summary).toMatchObject({ imported: 0, duplicates: records - 1, rejected: 1 });
    expect(second.duplicates[0]).toMatch(/^the same original URL, with the same words, is already in .*\.md$/);
    const after = new Map(storyFiles(contentDir).map((file) => [file, fs.readFileSync(path.join(contentDir, 'stories', file), 'utf8')]));
    expect(after).toEqual(before);
  });

  it('rejects the undated Japanese stories unless --date is given', async () => {
    const dir = tempDir();
    const input = copyInput(CORPUS_UNICODE, dir);
    const undated = fs.readFileSync(input, 'utf8').trim().split('\n').map((line) => JSON.parse(line)).filter((record) => !record.date);
    expect(undated).toHaveLength(10);

    const without = await run([input]);
    expect(without.summary).toMatchObject({ imported: 6, rejected: 10 });
    for (const rejection of without.rejections) {
      expect(rejection.record.fields.language).toBe('ja');
      expect(rejection.reasons.join()).toMatch(/^date: the date is missing: .*pass --date$/);
    }

    const withDate = await run([input], { fields: { date: '2011-04-08' } });
    expect(withDate.summary).toMatchObject({ imported: 16, rejected: 0 });
    const japanese = storyFiles(withDate.contentDir).filter((file) => file.startsWith('2011/04/'));
    expect(japanese).toHaveLength(10);
    // The dated English stories keep their own dates: options only fill gaps in a file of many.
    expect(storyFiles(withDate.contentDir).filter((file) => !file.startsWith('2011/04/'))).toHaveLength(6);
  });
});

describe('placing and writing', () => {
  const story = (title: string, body: string, url?: string) => JSON.stringify({ title, date: '2024-03-12', body, url });

  it('gives a second story with the same slug in a month "-2", and never overwrites a file', async () => {
    const dir = tempDir();
    const contentDir = path.join(dir, 'content');
    const existing = path.join(contentDir, 'stories/2024/03/bridge-reopens.md');
    fs.mkdirSync(path.dirname(existing), { recursive: true });
    fs.writeFileSync(existing, 'not even a story\n');
    const input = path.join(dir, 'stories.jsonl');
    fs.writeFileSync(input, [story('Bridge reopens', 'First text.'), story('Bridge Reopens!', 'Second text.')].join('\n'));
    const { summary } = await run([input], { contentDir });
    expect(summary.imported).toBe(2);
    expect(fs.readFileSync(existing, 'utf8')).toBe('not even a story\n');
    expect(storyFiles(contentDir)).toEqual(['2024/03/bridge-reopens-2.md', '2024/03/bridge-reopens-3.md', '2024/03/bridge-reopens.md']);
  });

  it('counts a slug taken by a story in another folder, since the address comes from date and file name', async () => {
    const dir = tempDir();
    const contentDir = path.join(dir, 'content');
    const elsewhere = path.join(contentDir, 'stories/people/anna/bridge-reopens.md');
    fs.mkdirSync(path.dirname(elsewhere), { recursive: true });
    fs.writeFileSync(elsewhere, '---\ntitle: Bridge reopens\ndate: "2024-03-01"\n---\n\nAn older text.\n');
    const input = path.join(dir, 'stories.jsonl');
    fs.writeFileSync(input, story('Bridge reopens', 'A newer text.'));
    await run([input], { contentDir });
    expect(storyFiles(contentDir)).toContain('2024/03/bridge-reopens-2.md');
  });

  it('skips a story already in the archive with the same words, at its URL or another, naming the file', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'stories.jsonl');
    fs.writeFileSync(input, [
      story('One', 'The bridge reopened at dawn.', 'https://example.org/a'),
      story('One again', 'The bridge reopened at dawn.', 'http://www.example.org/a/'),
      story('Three', 'THE BRIDGE   reopened at dawn!'),
    ].join('\n'));
    const { summary, duplicates } = await run([input]);
    expect(summary).toMatchObject({ imported: 1, updated: 0, duplicates: 2 });
    expect(duplicates).toEqual([
      expect.stringMatching(/^the same original URL, with the same words, is already in .*stories\/2024\/03\/one\.md$/),
      expect.stringMatching(/^the same story text is already in .*stories\/2024\/03\/one\.md$/),
    ]);
  });

  it('keeps both texts when the original was edited, and each text once however often it comes again', async () => {
    const dir = tempDir();
    const contentDir = path.join(dir, 'content');
    const first = path.join(dir, 'first.jsonl');
    const edited = path.join(dir, 'edited.jsonl');
    const url = 'https://example.org/bridge';
    fs.writeFileSync(first, JSON.stringify({ title: 'Bridge reopens', date: '2024-03-12', archived: '2024-03-12T08:00:00Z', url, body: 'The bridge reopened at dawn.\n\nTraffic was light.' }));
    fs.writeFileSync(edited, JSON.stringify({ title: 'Bridge reopens after repairs', date: '2024-03-12', archived: '2024-03-13T09:30:00Z', url, body: 'The bridge reopened at dawn after repairs.\n\nTraffic was light.' }));
    await run([first], { contentDir });
    const { summary } = await run([edited, first, edited], { contentDir });
    expect(summary).toMatchObject({ imported: 0, updated: 1, duplicates: 2 });
    expect(storyFiles(contentDir)).toEqual(['2024/03/bridge-reopens.md']);
    const file = fs.readFileSync(path.join(contentDir, 'stories/2024/03/bridge-reopens.md'), 'utf8');
    const [, frontmatter, body] = file.split(/^---$/m);
    const data = parse(frontmatter);
    expect(data).toMatchObject({ title: 'Bridge reopens after repairs', archived: '2024-03-13T09:30:00Z' });
    expect(data.versions).toEqual([
      {
        archived: '2024-03-12T08:00:00Z',
        title: 'Bridge reopens',
        body: 'The bridge reopened at dawn.\n\nTraffic was light.',
        imported: { at: expect.any(String), format: 'jsonl', file: 'first.jsonl', record: 'line 1' },
      },
    ]);
    expect(data.imported).toMatchObject({ format: 'jsonl', file: 'edited.jsonl', record: 'line 1' });
    expect(body.trim()).toBe('The bridge reopened at dawn after repairs.\n\nTraffic was light.');
    // Read back as the site reads it: valid against the schema.
    expect(storySchema.safeParse(data).success).toBe(true);
  });

  it('says what it would update in a dry run, and changes nothing', async () => {
    const dir = tempDir();
    const contentDir = path.join(dir, 'content');
    const input = path.join(dir, 'a.jsonl');
    fs.writeFileSync(input, story('One', 'Old words.', 'https://example.org/one'));
    await run([input], { contentDir });
    const before = fs.readFileSync(path.join(contentDir, 'stories/2024/03/one.md'), 'utf8');
    fs.writeFileSync(input, story('One', 'New words.', 'https://example.org/one'));
    const { summary } = await run([input], { contentDir, dryRun: true });
    expect(summary).toMatchObject({ imported: 0, updated: 1 });
    expect(fs.readFileSync(path.join(contentDir, 'stories/2024/03/one.md'), 'utf8')).toBe(before);
  });

  it('writes nothing in a dry run, and reports what it would write', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'stories.jsonl');
    fs.writeFileSync(input, [story('One', 'Text one.'), '{"title": "No date", "body": "x"}'].join('\n'));
    const contentDir = path.join(dir, 'content');
    const { summary } = await run([input], { contentDir, dryRun: true });
    expect(summary).toMatchObject({ imported: 1, rejected: 1 });
    expect(summary.files).toEqual([expect.stringMatching(/stories\/2024\/03\/one\.md$/)]);
    expect(fs.readdirSync(dir)).toEqual(['stories.jsonl']);
  });

  it('reports a line that is not JSON, and a broken frontmatter, with their line numbers', async () => {
    const dir = tempDir();
    const jsonl = path.join(dir, 'stories.jsonl');
    fs.writeFileSync(jsonl, `${story('One', 'Text.')}\n\n{"title": "Two",\n`);
    const markdown = path.join(dir, 'story.md');
    fs.writeFileSync(markdown, '---\ntitle: Fine\ndate: "2024-03-12"\ntags: [a, b\n---\n\nText.\n');
    const { rejections } = await run([jsonl, markdown]);
    expect(rejections.map(describeRejection)).toEqual([
      expect.stringMatching(/stories\.jsonl:3: not valid JSON \(.*\): each line must be one JSON object$/),
      expect.stringMatching(/story\.md:\d+: the frontmatter is not valid YAML: /),
    ]);
  });
});
