import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storySchema } from '../schema.ts';
import { publishedStories, type Story, type StoryEntry } from '../story.ts';
import { clearIndexHandoff, startIndexWorker, takeIndexHandoff } from './index-handoff.ts';
import { buildSearchFiles } from './story-index.ts';

const entries: StoryEntry[] = [
  ['2021/03/port-strike', { title: 'Port workers strike over pay', date: '2021-03-02', tags: ['labour'], source: 'The Harbour Times' }, '<p>Dock workers in <em>Gdańsk</em> walked out on Monday.</p>'],
  ['2020/11/bridge-opens', { title: 'The new bridge opens', date: '2020-11-20', people: ['Ana Pérez'] }, '<h2>Traffic</h2><p>Cars crossed at dawn &amp; cyclists at noon.</p>'],
  ['2022/01/draft', { title: 'Not yet', date: '2022-01-01', draft: true }, '<p>Unpublished.</p>'],
].map(([id, data, html]) => ({ id: id as string, filePath: `content/stories/${id}.md`, data: storySchema.parse(data), rendered: { html: html as string } }));

const html = new Map(entries.map((entry) => [entry.id, entry.rendered!.html]));
const htmlOf = (story: Story) => html.get(story.id);

describe('the search index built on another thread', () => {
  it('is the index the pages would build, handed over once', async () => {
    startIndexWorker(entries);
    const stories = publishedStories(entries);
    expect(await takeIndexHandoff(stories, htmlOf)).toEqual(buildSearchFiles(stories, htmlOf));
    expect(await takeIndexHandoff(stories, htmlOf)).toBeUndefined();
  });

  it('is not used for other stories, or for the same stories with another body', async () => {
    startIndexWorker(entries);
    expect(await takeIndexHandoff(publishedStories(entries.slice(1)), htmlOf)).toBeUndefined();
    startIndexWorker(entries);
    expect(await takeIndexHandoff(publishedStories(entries), (story) => `${htmlOf(story)}<p>Edited.</p>`)).toBeUndefined();
  });

  it('is gone once a new sync clears it', async () => {
    startIndexWorker(entries);
    clearIndexHandoff();
    expect(await takeIndexHandoff(publishedStories(entries), htmlOf)).toBeUndefined();
  });

  it('hands over nothing when the stories cannot be published, so the pages report why', async () => {
    const clash = [...entries, { ...entries[0], id: 'elsewhere/port-strike' }];
    startIndexWorker(clash);
    expect(await takeIndexHandoff(publishedStories(entries), htmlOf)).toBeUndefined();
  });

  it('hands over nothing when the worker cannot run', async () => {
    startIndexWorker(entries, new URL('./no-such-worker.ts', import.meta.url));
    expect(await takeIndexHandoff(publishedStories(entries), htmlOf)).toBeUndefined();
  });

  it('holds the process open while it works, so a build waiting for it cannot end as a success', () => {
    // A process with nothing left to do but wait for the worker: were the worker unref'd, Node
    // would exit there, with code 0 and no index.
    const script = `
      import { startIndexWorker, takeIndexHandoff } from ${JSON.stringify(path.join(import.meta.dirname, 'index-handoff.ts'))};
      import { publishedStories } from ${JSON.stringify(path.join(import.meta.dirname, '../story.ts'))};
      const entries = ${JSON.stringify(entries)};
      const html = new Map(entries.map((e) => [e.id, e.rendered.html]));
      startIndexWorker(entries);
      const index = await takeIndexHandoff(publishedStories(entries), (story) => html.get(story.id));
      console.log(index ? 'index ' + index.files.length : 'none');
    `;
    const node = path.resolve(import.meta.dirname, '../../../node_modules/.bin/node');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-handoff-')), 'wait.mjs');
    fs.writeFileSync(file, script);
    const run = spawnSync(node, [file], { encoding: 'utf8' });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^index \d+/);
  });
});
