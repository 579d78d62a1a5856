import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_IDS, RESERVED_IDS } from './page-ids.ts';

const SRC = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return (fs.readdirSync(path.join(SRC, dir), { recursive: true }) as string[])
    .filter((file) => /\.(astro|ts)$/.test(file) && !file.endsWith('.test.ts'))
    .map((file) => path.join(SRC, dir, file));
}

// An id written out as text, or a reference to one: what would slip past the reserved list.
const SPELLED_ID = /(?<![\w-])(?:id|for|aria-labelledby|aria-describedby|aria-controls)="[^"{]+"|href="#[^"]+"|\(\s*['"`]#[\w-]+/g;

describe('the page ids', () => {
  it('are all different', () => {
    expect(RESERVED_IDS.size).toBe(Object.values(PAGE_IDS).length);
  });

  it('are the only ids the layout, components, pages and scripts spell out', () => {
    const spelled = ['layouts', 'components', 'pages', 'scripts']
      .flatMap(sources)
      .flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(SPELLED_ID)].map((m) => `${path.relative(SRC, file)}: ${m[0]}`));
    expect(spelled).toEqual([]);
  });
});
