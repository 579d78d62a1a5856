import { describe, expect, it } from 'vitest';
import { pageKey } from './page-keys.ts';

const story = (title: string, extra: Record<string, unknown> = {}) => ({ id: `2024/03/${title}`, slug: title, path: `/2024/03/${title}/`, published: 1, title, tags: ['harbour'], ...extra });

describe('page keys', () => {
  it('are equal for equal data, built anew', () => {
    expect(pageKey({ story: story('a'), earlier: story('b') })).toBe(pageKey({ story: story('a'), earlier: story('b') }));
  });

  it('change when any field of any story a page shows changes', () => {
    const base = pageKey({ stories: [story('a'), story('b')] });
    expect(pageKey({ stories: [story('a'), story('b', { title: 'B' })] })).not.toBe(base);
    expect(pageKey({ stories: [story('a'), story('b', { tags: ['ferry'] })] })).not.toBe(base);
    expect(pageKey({ stories: [story('b'), story('a')] })).not.toBe(base); // the order shown
    expect(pageKey({ stories: [story('a')] })).not.toBe(base);
  });

  it('see into maps and sets, which JSON alone would write as {}', () => {
    expect(pageKey({ counts: new Map([['2024', 3]]) })).not.toBe(pageKey({ counts: new Map([['2024', 4]]) }));
    expect(pageKey({ tags: new Set(['a']) })).not.toBe(pageKey({ tags: new Set(['b']) }));
  });

  it('refuse data they cannot see into', () => {
    expect(() => pageKey({ find: () => 1 })).toThrow(/function/);
  });
});
