import { describe, expect, it } from 'vitest';
import { siteNav } from './site-nav.ts';

describe('siteNav', () => {
  it('leads to Topics only when the archive has topics', () => {
    expect(siteNav({ hasTopics: true }).map((link) => link.label)).toEqual(['Latest', 'Archive', 'Topics', 'Sources', 'Search']);
    expect(siteNav({ hasTopics: false }).map((link) => link.label)).toEqual(['Latest', 'Archive', 'Sources', 'Search']);
  });
});
