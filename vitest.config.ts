import { configDefaults, defineConfig } from 'vitest/config';
import LongestFirst from './tests/sequencer.ts';

/**
 * Tests of the benchmark's own machinery (scripts/bench.ts and what only it uses: its measurement
 * and its Astro floor), not of the product: their own project, run by `npm run test:bench`, not by
 * `npm test` (.ci/run runs both).
 */
const BENCH = [
  'tests/build/bench.test.ts',
  'tests/unit/bench-measure.test.ts',
  'tests/unit/floor-build.test.ts',
];

/** expect.poll waits for something a page or a process does: its default of 1 s is too short on a busy machine. */
const EXPECT = { poll: { timeout: 30_000 } };

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    // Test files run side by side: most of their time is spent waiting for a build or a browser,
    // which run in processes of their own. Three at a time keeps both cores of the 2-core CI
    // machines busy through those waits. The longest files start first (tests/sequencer.ts).
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    // The run's folder for sites that several test files read, built once (tests/shared-sites.ts).
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          expect: EXPECT,
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...BENCH],
          // Some unit tests run a script in a process of its own: generous on a busy machine.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'build',
          expect: EXPECT,
          include: ['tests/build/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...BENCH],
          // Build tests read the site that `npm run build` wrote to dist/, and sites built for
          // them; a site that several files read is built once (tests/shared-sites.ts). A test
          // may run three builds: the timeouts are only a guard against a build that hangs, long
          // enough for a machine busy with other work.
          testTimeout: 600_000,
          hookTimeout: 900_000,
        },
      },
      {
        test: {
          name: 'e2e',
          expect: EXPECT,
          include: ['tests/e2e/**/*.spec.ts'],
          // Browser tests run against the built demo (dist/) and sites built once while they run
          // (tests/shared-sites.ts).
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 900_000,
          // Tests marked concurrent, each with a page of the file's browser to itself: this many at once.
          maxConcurrency: 3,
        },
      },
      {
        test: {
          name: 'bench',
          expect: EXPECT,
          include: BENCH,
          testTimeout: 600_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
