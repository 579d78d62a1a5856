// One temp folder per test run for built fixture sites: tests in the run share builds, and
// two runs at once (or a later run with changed code) never see each other's output.
import fs from 'node:fs';
import path from 'node:path';

export default function setup() {
  // Inside the project (see SITES_ROOT in build-site.ts): builds must write there to stay apart.
  const parent = path.resolve(import.meta.dirname, '../../node_modules/.cache');
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, 'clippings-test-sites-'));
  process.env.CLIPPINGS_TEST_SITES = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
