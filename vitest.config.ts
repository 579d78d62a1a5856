import { defineConfig } from 'vitest/config';

// Three kinds of test: unit tests beside the modules they test (no Astro, no browser), build
// tests that run `astro build` on fixture archives, and browser tests in Chromium against a
// built site. Build and browser tests share built sites through tests/helpers/build-site.ts.
export default defineConfig({
  test: {
    globalSetup: ['tests/helpers/global-setup.ts'],
    projects: [
      // Timeouts only catch a hang: corpus-wide unit tests take 3–4 s on a quiet machine and
      // must not fail on a busy one (speed is the benchmarks' business).
      { test: { name: 'unit', include: ['src/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
