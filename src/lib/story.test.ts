import { describe, expect, it } from 'vitest';
import { publishedStories, toStory, urlCollisions, type StoryEntry } from './story.ts';
import { storySchema } from './schema.ts';

function entry(id: string, data: Record<string, unknown>, html = '<p>Some words here.</p>'): StoryEntry {
  return { id, filePath: `content/stories/${id}.md`, rendered: { html }, data: storySchema.parse(data) };
}

describe('stories', () => {
  it('takes the URL from the date and the file name, not the folder', () => {
    const story = toStory(entry('people-folder/sub/council-votes', { title: 'T', date: '2025-06-15' }));
    expect(story.path).toBe('/2025/06/council-votes/');
    expect(story.file).toBe('content/stories/people-folder/sub/council-votes.md');
  });

  it('files a late-evening story under the month it was written in', () => {
    expect(toStory(entry('x', { title: 'T', date: '2025-06-30T23:30:00-05:00' })).path).toBe('/2025/06/x/');
  });

  it('slugifies a file name that is not a slug', () => {
    expect(toStory(entry('2020/Gdańsk Floods', { title: 'T', date: '2020-01-02' })).slug).toBe('gdansk-floods');
  });

  it('sorts by publication date, never by updated date, and leaves drafts out', () => {
    const stories = publishedStories([
      entry('old', { title: 'Old', date: '2019-01-01', updated: '2025-01-01' }),
      entry('new', { title: 'New', date: '2024-05-01' }),
      entry('draft', { title: 'Draft', date: '2025-01-01', draft: true }),
      entry('mid', { title: 'Mid', date: '2021-03-03T10:00:00+01:00' }),
    ]);
    expect(stories.map((s) => s.title)).toEqual(['New', 'Mid', 'Old']);
  });

  it('stops on two stories at one URL, naming both files', () => {
    const a = entry('2025/a/same-name', { title: 'A', date: '2025-06-01' });
    const b = entry('2025/b/same-name', { title: 'B', date: '2025-06-20' });
    expect(urlCollisions([toStory(a), toStory(b)]).get('/2025/06/same-name/')).toEqual([a.filePath, b.filePath]);
    expect(() => publishedStories([a, b])).toThrow(
      /\/2025\/06\/same-name\/ is wanted by content\/stories\/2025\/a\/same-name\.md and content\/stories\/2025\/b\/same-name\.md/,
    );
  });

  it('lets the same file name live in different months', () => {
    const stories = publishedStories([
      entry('a/budget', { title: 'A', date: '2025-06-01' }),
      entry('b/budget', { title: 'B', date: '2025-07-01' }),
    ]);
    expect(stories.map((s) => s.path)).toEqual(['/2025/07/budget/', '/2025/06/budget/']);
  });

  it('counts words and reading time', () => {
    const story = toStory(entry('x', { title: 'T', date: '2025-06-15' }, `<p>${'word '.repeat(458)}<a href="https://example.org/a/long/address">two more</a></p>`));
    expect(story.words).toBe(460);
    expect(story.readingMinutes).toBe(2);
  });
});
