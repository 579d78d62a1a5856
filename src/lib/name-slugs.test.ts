import { describe, expect, it } from 'vitest';
import { assignSlugs, nameKey } from './name-slugs.ts';

describe('nameKey', () => {
  it('treats case, width and spacing as the same name', () => {
    expect(nameKey('ICE')).toBe(nameKey('ice'));
    expect(nameKey('  Los   Angeles ')).toBe(nameKey('los angeles'));
    expect(nameKey('ＩＣＥ')).toBe('ice');
    expect(nameKey('C++')).not.toBe(nameKey('C'));
  });
});

describe('assignSlugs', () => {
  it('gives names that slug alike different slugs, the clean one keeping the plain slug', () => {
    const slugs = assignSlugs(['c++', 'c', 'c#'], 'topic');
    expect(slugs.get('c')).toBe('c');
    expect(new Set(slugs.values()).size).toBe(3);
    expect([slugs.get('c#'), slugs.get('c++')]).toEqual(['c-2', 'c-3']);
  });

  it('does not depend on the order names arrive in', () => {
    const names = ['c++', 'c', 'c#', 'c 2', 'são paulo', 'sao paulo'];
    const forward = assignSlugs(names, 'topic');
    const backward = assignSlugs([...names].reverse(), 'topic');
    expect(backward).toEqual(forward);
  });

  it('never hands out a slug another name already has', () => {
    const slugs = assignSlugs(['c 2', 'c++', 'c'], 'topic');
    expect(slugs.get('c 2')).toBe('c-2');
    expect(slugs.get('c++')).toBe('c-3');
  });

  it('keeps reserved slugs for the site and names that slug to nothing for the fallback', () => {
    const slugs = assignSlugs(['by count', 'page', '!!!', '???'], 'topic', new Set(['by-count', 'page']));
    expect(slugs.get('by count')).toBe('by-count-2');
    expect(slugs.get('page')).toBe('page-2');
    expect(slugs.get('!!!')).toBe('topic');
    expect(slugs.get('???')).toBe('topic-2');
  });
});
