// A build that stops before it has written the site must not exit as a success. Node ends a
// process quietly, with code 0, when the only thing left is a promise that nothing will settle
// (as when the search index once waited on an unref'd worker thread): a deploy would then publish
// a half-written site. CLIPPINGS_TEST_STALL makes the content sync or the search index wait on
// such a promise.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, astroBuild, scratchOutDir } from '../helpers/build-site.ts';

const SMALL = path.join(ROOT, 'tests/fixtures/small');

describe('a build that stops early', () => {
  it('exits non-zero and says the site is incomplete', () => {
    const result = astroBuild(SMALL, scratchOutDir(), { env: { CLIPPINGS_TEST_STALL: 'search-index' } });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('The build stopped before it finished writing the site');
    expect(fs.existsSync(path.join(result.outDir, 'search'))).toBe(false);
  });

  it('exits non-zero when it stalls in content sync, before any page', () => {
    const result = astroBuild(SMALL, scratchOutDir(), { env: { CLIPPINGS_TEST_STALL: 'content-sync' } });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('The build stopped before it finished writing the site');
  });

  it('exits 0 when nothing stalls, with every story checked', () => {
    const result = astroBuild(SMALL, scratchOutDir());
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain('The build stopped before');
    expect(result.output).toMatch(/\d+ stories, each with one page, one search document and one sitemap entry/);
  });
});
