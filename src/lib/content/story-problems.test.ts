import { describe, expect, it } from 'vitest';
import { errorText, StoryProblems } from './story-problems.ts';

describe('story problems', () => {
  it('lists every file once, in name order, each problem on its own line with its line number', () => {
    const problems = new StoryProblems();
    problems.add('/a/stories/z.md', 'the file is not UTF-8 text.');
    problems.add('/a/stories/b.md', 'date: the date is missing');
    problems.add('/a/stories/b.md', 'date: the date is missing');
    problems.addError('/a/stories/c.md', Object.assign(new Error('bad indentation'), { loc: { line: 4 } }));
    expect(problems.files).toHaveLength(3);
    expect(problems.error()?.message).toBe(
      '3 story files have problems; nothing was built. Fix each one and build again:\n' +
        '  /a/stories/b.md: date: the date is missing\n' +
        '  /a/stories/c.md:4: bad indentation\n' +
        '  /a/stories/z.md: the file is not UTF-8 text.',
    );
  });

  it('gives no error when there is no problem', () => {
    expect(new StoryProblems().error()).toBeUndefined();
  });

  it('throws at once after the sync is over', () => {
    const problems = new StoryProblems();
    problems.add('/s/a.md', 'first');
    problems.close();
    expect(problems.has('/s/a.md')).toBe(false);
    expect(() => problems.add('/s/b.md', 'later')).toThrow('/s/b.md: later');
  });

  it("reduces Astro's schema error to its issues and drops a repeated file name", () => {
    const schema = new Error('**stories → a/x** data does not match collection schema.\n\n  **date**: the date is missing\n  **tags.1**: expected topic as text\n');
    expect(errorText(schema, '/s/a/x.md')).toBe('date: the date is missing\ntags.1: expected topic as text');
    expect(errorText(new Error('/s/a/x.md: no usable URL slug'), '/s/a/x.md')).toBe('no usable URL slug');
  });
});
