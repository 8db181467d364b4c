import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Build tests read the site that `npm run build` wrote to dist/.
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
