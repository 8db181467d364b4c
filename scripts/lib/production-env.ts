/**
 * A build is a production build, also when started from a test runner: vitest sets NODE_ENV=test
 * and Vite's own names (DEV=1, PROD, SSR, MODE, BASE_URL) in the environment, and Astro's server
 * code reads import.meta.env from there. With DEV set, every page reloads all content
 * (src/data/index.ts): minutes instead of seconds. Used by scripts/build.ts and
 * scripts/floor-build.ts before they start Astro.
 */
export function useProductionEnv(): void {
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  process.env['NODE_ENV'] = 'production';
  for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete process.env[name];
}
