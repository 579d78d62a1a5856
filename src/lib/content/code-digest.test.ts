import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCodeDigest } from './code-digest.ts';

function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-digest-'));
  fs.mkdirSync(path.join(root, 'src/lib/markdown'), { recursive: true });
  fs.writeFileSync(path.join(root, 'src/lib/schema.ts'), 'export const a = 1;\n');
  fs.writeFileSync(path.join(root, 'src/lib/markdown/step.ts'), 'export const b = 2;\n');
  fs.writeFileSync(path.join(root, 'src/lib/markdown/step.test.ts'), 'test\n');
  fs.writeFileSync(path.join(root, 'src/content.config.ts'), 'config\n');
  fs.writeFileSync(path.join(root, 'package-lock.json'), '{}\n');
  return root;
}

describe('the digest of the code that fills the content store', () => {
  it('changes with a markdown step, the schema, the content config or the lockfile, and not with a test', () => {
    const root = project();
    const first = contentCodeDigest(root);
    expect(contentCodeDigest(root)).toBe(first);
    fs.writeFileSync(path.join(root, 'src/lib/markdown/step.test.ts'), 'another test\n');
    expect(contentCodeDigest(root)).toBe(first);
    const seen = new Set([first]);
    for (const file of ['src/lib/markdown/step.ts', 'src/lib/schema.ts', 'src/content.config.ts', 'package-lock.json']) {
      fs.appendFileSync(path.join(root, file), '// changed\n');
      const digest = contentCodeDigest(root);
      expect(seen.has(digest), file).toBe(false);
      seen.add(digest);
    }
    fs.rmSync(root, { recursive: true, force: true });
  });
});
