// One temp folder per test run for built fixture sites: tests in the run share builds, and
// two runs at once (or a later run with changed code) never see each other's output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-test-sites-'));
  process.env.CLIPPINGS_TEST_SITES = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
