/**
 * Builds the sites the browser tests need: the demo (dist/, built by `npm test` before vitest
 * runs) must exist; the empty-registers fixture and the demo in pages of 5 rows (so that
 * registers, member lists and organisations continue on further pages, as at national size) are
 * built here into temporary folders.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    demoSite: string;
    emptySite: string;
    pagedSite: string;
  }
}

export default function setup(project: TestProject): void {
  const demo = path.resolve(process.env['PORTAL_OUT_DIR'] ?? path.join(ROOT, 'dist'));
  if (!existsSync(path.join(demo, 'index.html'))) {
    throw new Error(`${demo}/index.html is missing: run \`npm run build\` before the browser tests (npm test does).`);
  }
  const build = (name: string, env: Record<string, string>): string => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), `portal-${name}-`)), 'dist');
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_QUIET: '1', PORTAL_OUT_DIR: out, ...env },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`Building the ${name} site failed:\n${result.stdout}\n${result.stderr}`);
    return out;
  };
  project.provide('demoSite', demo);
  project.provide('emptySite', build('empty', { PORTAL_CONTENT_DIR: path.join(ROOT, 'tests/fixtures/content-empty-registers') }));
  // The paged site also carries the browser editor (PORTAL_EDITOR=1), for tests/e2e/editor.spec.ts.
  project.provide('pagedSite', build('paged', { PORTAL_REGISTER_PAGE_SIZE: '5', PORTAL_EDITOR: '1' }));
}
