import { describe, expect, it } from 'vitest';
import type { StoryFrontmatter } from '../schema.ts';
import { checkStories, type CheckedEntry } from './story-checks.ts';
import { StoryProblems } from './story-problems.ts';

const entry = (id: string, date: string, extra: Partial<CheckedEntry> & { draft?: boolean } = {}): CheckedEntry => ({
  id,
  filePath: `/archive/stories/${id}.md`,
  data: { title: id, date, draft: extra.draft } as StoryFrontmatter,
});

describe('checking the archive once its stories are read', () => {
  it("returns the published stories' paths, sorted, leaving out drafts", () => {
    const problems = new StoryProblems();
    const paths = checkStories([entry('b/ferry', '2025-06-02'), entry('a/bridge', '2024-03-01'), entry('c/wip', '2025-01-01', { draft: true })], problems);
    expect(paths).toEqual(['/2024/03/bridge/', '/2025/06/ferry/']);
    expect(problems.error()).toBeUndefined();
  });

  it('names both files of a URL clash, and publishes neither', () => {
    const problems = new StoryProblems();
    const paths = checkStories([entry('a/vote', '2025-06-01'), entry('b/vote', '2025-06-20'), entry('d/fine', '2025-07-01')], problems);
    expect(paths).toEqual(['/2025/07/fine/']);
    const report = problems.error()!.message;
    expect(report).toContain('/archive/stories/a/vote.md: /2025/06/vote/ is wanted by this story and by /archive/stories/b/vote.md');
    expect(report).toContain('/archive/stories/b/vote.md: /2025/06/vote/ is wanted by this story and by /archive/stories/a/vote.md');
  });

  it('leaves out a file that already failed', () => {
    const problems = new StoryProblems();
    problems.add('/archive/stories/a/x.md', 'image: the picture "nope.png" is not there');
    expect(checkStories([entry('a/x', '2025-01-01')], problems)).toEqual([]);
  });
});
