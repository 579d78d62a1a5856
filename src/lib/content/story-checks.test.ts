import { describe, expect, it } from 'vitest';
import type { StoryFrontmatter } from '../schema.ts';
import { checkStories, type CheckedEntry } from './story-checks.ts';
import { StoryProblems } from './story-problems.ts';

const entry = (id: string, date: string, extra: Partial<CheckedEntry> & { draft?: boolean } = {}): CheckedEntry => ({
  id,
  filePath: `/archive/stories/${id}.md`,
  data: { title: id, date, draft: extra.draft } as StoryFrontmatter,
  localImagePaths: extra.localImagePaths,
});

describe('checking the archive once its stories are read', () => {
  it("returns the published stories' paths, sorted, leaving out drafts", () => {
    const problems = new StoryProblems();
    const paths = checkStories([entry('b/ferry', '2025-06-02'), entry('a/bridge', '2024-03-01'), entry('c/wip', '2025-01-01', { draft: true })], problems, () => true);
    expect(paths).toEqual(['/2024/03/bridge/', '/2025/06/ferry/']);
    expect(problems.error()).toBeUndefined();
  });

  it('names both files of a URL clash and every missing picture, and publishes neither', () => {
    const problems = new StoryProblems();
    const exists = (file: string) => file === '/archive/stories/a/map.png';
    const paths = checkStories(
      [
        entry('a/vote', '2025-06-01', { localImagePaths: ['map.png', '../photos/crowd.jpg'] }),
        entry('b/vote', '2025-06-20'),
        entry('c/draft', '2025-06-20', { draft: true, localImagePaths: ['gone.jpg'] }),
        entry('d/fine', '2025-07-01'),
      ],
      problems,
      exists,
    );
    expect(paths).toEqual(['/2025/07/fine/']);
    const report = problems.error()!.message;
    expect(report).toContain('/archive/stories/a/vote.md: the image "../photos/crowd.jpg" is not there (looked for /archive/stories/photos/crowd.jpg)');
    expect(report).not.toContain('map.png');
    expect(report).toContain('/archive/stories/a/vote.md: /2025/06/vote/ is wanted by this story and by /archive/stories/b/vote.md');
    expect(report).toContain('/archive/stories/b/vote.md: /2025/06/vote/ is wanted by this story and by /archive/stories/a/vote.md');
    // A draft's pictures are checked too: it is still part of the archive.
    expect(report).toContain('/archive/stories/c/draft.md: the image "gone.jpg" is not there');
  });

  it('skips a file that already failed', () => {
    const problems = new StoryProblems();
    problems.add('/archive/stories/a/x.md', 'date: the date is missing');
    expect(checkStories([entry('a/x', '2025-01-01', { localImagePaths: ['nope.png'] })], problems, () => false)).toEqual([]);
    expect(problems.error()!.message).not.toContain('nope.png');
  });
});
