import { describe, expect, it } from 'vitest';
import { staleFiles } from './stale-output.ts';

describe('files left over from an earlier build', () => {
  const started = 1_000_000;
  it('are the old files no route of this build produced', () => {
    const files = [
      { file: '/dist/2024/03/kept/index.html', mtimeMs: started - 5000 }, // skipped by the incremental build, kept in place
      { file: '/dist/2024/03/deleted/index.html', mtimeMs: started - 5000 }, // its story is gone
      { file: '/dist/_astro/old.abc123.css', mtimeMs: started - 5000 }, // the code changed
      { file: '/dist/_astro/new.def456.css', mtimeMs: started + 10 }, // written by this build
      { file: '/dist/sitemap-0.xml', mtimeMs: started + 20 },
    ];
    expect(staleFiles(files, new Set(['/dist/2024/03/kept/index.html']), started)).toEqual(['/dist/2024/03/deleted/index.html', '/dist/_astro/old.abc123.css']);
  });
});
