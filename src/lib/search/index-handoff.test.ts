import { describe, expect, it } from 'vitest';
import { storySchema } from '../schema.ts';
import { publishedStories, type StoryEntry } from '../story.ts';
import { clearIndexHandoff, startIndexWorker, takeIndexHandoff } from './index-handoff.ts';
import { buildSearchFiles } from './story-index.ts';

const entries: StoryEntry[] = [
  ['2021/03/port-strike', { title: 'Port workers strike over pay', date: '2021-03-02', tags: ['labour'], source: 'The Harbour Times' }, '<p>Dock workers in <em>Gdańsk</em> walked out on Monday.</p>'],
  ['2020/11/bridge-opens', { title: 'The new bridge opens', date: '2020-11-20', people: ['Ana Pérez'] }, '<h2>Traffic</h2><p>Cars crossed at dawn &amp; cyclists at noon.</p>'],
  ['2022/01/draft', { title: 'Not yet', date: '2022-01-01', draft: true }, '<p>Unpublished.</p>'],
].map(([id, data, html]) => ({ id: id as string, filePath: `content/stories/${id}.md`, data: storySchema.parse(data), rendered: { html: html as string } }));

const html = new Map(entries.map((entry) => [entry.id, entry.rendered!.html]));
const inProcess = (stories = publishedStories(entries)) => buildSearchFiles(stories, (story) => html.get(story.id));

describe('the search index built on another thread', () => {
  it('is the index the pages would build, handed over once', async () => {
    startIndexWorker(entries);
    const stories = publishedStories(entries);
    expect(await takeIndexHandoff(stories)).toEqual(inProcess());
    expect(await takeIndexHandoff(stories)).toBeUndefined();
  });

  it('is not used for a different set of stories', async () => {
    startIndexWorker(entries);
    expect(await takeIndexHandoff(publishedStories(entries.slice(1)))).toBeUndefined();
  });

  it('is gone once a new sync clears it', async () => {
    startIndexWorker(entries);
    clearIndexHandoff();
    expect(await takeIndexHandoff(publishedStories(entries))).toBeUndefined();
  });

  it('hands over nothing when the stories cannot be published, so the pages report why', async () => {
    const clash = [...entries, { ...entries[0], id: 'elsewhere/port-strike' }];
    startIndexWorker(clash);
    expect(await takeIndexHandoff(publishedStories(entries))).toBeUndefined();
  });
});
