import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, type ImportSummary } from '../../src/lib/import/run.ts';
import { builtSite, readPage } from '../helpers/build-site.ts';
import { attr, parseHtml, select, selectAll, toString as textOf } from '../helpers/html.ts';

// A story imported, then imported again after its original was edited: the archive keeps both
// texts, says so on the story, and shows what changed word by word.

const URL_OF_STORY = 'https://news.example.org/2024/03/harbour-bridge';
const record = (fields: Record<string, string>) => `${JSON.stringify({ date: '2024-03-12T09:00:00Z', source: 'Harbour Herald', url: URL_OF_STORY, ...fields })}\n`;
const FIRST = record({
  title: 'Harbour bridge reopens',
  archived: '2024-03-12T10:00:00Z',
  body: 'The harbour bridge reopened on Monday after two years of repairs.\n\nFerry operators said passenger numbers fell.\n\nThe council thanked residents for their patience.',
});
const EDITED = record({
  title: 'Harbour bridge reopens after repairs',
  archived: '2024-03-14T08:00:00Z',
  body: 'The harbour bridge reopened on Tuesday after two years of repairs.\n\nFerry operators said passenger numbers fell.\n\nThe council thanked residents for their patience.',
});
const PAGE = '/2024/03/harbour-bridge-reopens/';

describe('a story whose original was edited after it was archived', () => {
  let out: string;
  let second: ImportSummary;
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-versions-'));
    const contentDir = path.join(dir, 'content');
    fs.writeFileSync(path.join(dir, 'first.jsonl'), FIRST);
    fs.writeFileSync(path.join(dir, 'edited.jsonl'), EDITED);
    await importFiles([path.join(dir, 'first.jsonl')], { contentDir, now: new Date('2024-03-12T11:00:00Z') });
    second = await importFiles([path.join(dir, 'edited.jsonl')], { contentDir, now: new Date('2024-03-14T09:00:00Z') });
    out = await builtSite(contentDir);
  });

  it('is counted as updated, not imported or skipped', () => {
    expect(second).toMatchObject({ imported: 0, updated: 1, duplicates: 0, rejected: 0 });
  });

  it('shows the latest text, says it changed, when, and links the differences', () => {
    const page = parseHtml(readPage(out, PAGE));
    expect(textOf(select('h1', page)!)).toBe('Harbour bridge reopens after repairs');
    const notice = select('.changed-notice', page)!;
    expect(selectAll('time', notice).map((t) => attr(t, 'dateTime'))).toEqual(['2024-03-12T10:00:00Z', '2024-03-14T08:00:00Z']);
    expect(attr(select('a', notice)!, 'href')).toBe(`${PAGE}changes/`);
    expect(textOf(select('.story-body', page)!)).toContain('reopened on Tuesday');
  });

  it('says where the copy came from, on the page and in its structured data', () => {
    const html = readPage(out, PAGE);
    const facts = Object.fromEntries(selectAll('.provenance dt', parseHtml(html)).map((dt, i) => [textOf(dt), textOf(selectAll('.provenance dd', parseHtml(html))[i])]));
    expect(facts).toMatchObject({ Original: 'Read the original at Harbour Herald', Archived: '14 March 2024', Imported: '14 March 2024 from a JSON Lines export, edited.jsonl, record line 1', Versions: '2 texts: see what changed' });
    const article = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]).find((item: { '@type': string }) => item['@type'] === 'NewsArticle');
    expect(article).toMatchObject({ isBasedOn: URL_OF_STORY, sdDatePublished: '2024-03-14T08:00:00Z', archivedAt: expect.stringMatching(/\/2024\/03\/harbour-bridge-reopens\/$/) });
  });

  it('shows both versions and what changed between them, word by word', () => {
    const page = parseHtml(readPage(out, `${PAGE}changes/`));
    const removed = selectAll('section del.removed', page).map(textOf);
    const added = selectAll('section ins.added', page).map(textOf);
    expect(removed).toEqual(['[removed: Monday]']);
    expect(added).toEqual(['[added: after repairs]', '[added: Tuesday]']);
    expect(textOf(select('.revision-summary', page)!)).toBe('3 words added, 1 word removed.');
    const versions = selectAll('details.version-text', page).map(textOf);
    expect(versions).toHaveLength(2);
    expect(versions[1]).toContain('reopened on Monday');
    expect(versions[0]).toContain('reopened on Tuesday');
  });
});
