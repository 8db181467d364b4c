/**
 * The browser tests read the demo (dist/, built by `npm test` before vitest runs), which must
 * exist; the other sites they need (the empty-registers fixture, and the demo in pages of 5 rows
 * with the browser editor) are built once while the tests run (tests/shared-sites.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    demoSite: string;
  }
}

export default function setup(project: TestProject): void {
  const demo = path.resolve(process.env['PORTAL_OUT_DIR'] ?? path.join(ROOT, 'dist'));
  if (!existsSync(path.join(demo, 'index.html'))) {
    throw new Error(
      `${demo}/index.html is missing: run \`npm run build\` before the browser tests (npm test does).`,
    );
  }
  project.provide('demoSite', demo);
}
