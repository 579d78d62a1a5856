import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_ONLY_POLICY, PAGE_POLICY } from './csp.ts';

const headersFile = path.resolve(import.meta.dirname, '../../public/_headers');

describe('content security policy', () => {
  it('allows nothing inline and nothing from another host', () => {
    expect(PAGE_POLICY).toMatch(/default-src 'self'/);
    expect(PAGE_POLICY).toMatch(/object-src 'none'/);
    expect(PAGE_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('is what public/_headers sends, with the header-only directives added', () => {
    const line = fs
      .readFileSync(headersFile, 'utf8')
      .split('\n')
      .find((l) => l.trim().startsWith('Content-Security-Policy:'));
    expect(line?.split(':').slice(1).join(':').trim()).toBe(`${PAGE_POLICY}; ${HEADER_ONLY_POLICY}`);
  });
});
