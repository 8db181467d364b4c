/**
 * The report fixtures (tests/fixtures/reports/) built as a site of their own: content-minimal with
 * every fixture report in its reports/ folder. Used by the build tests that read reports back.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The fixture report files (lower-case `*.md` only, so not the README). */
export const REPORT_FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/reports');
export function listReportFixtures(): string[] {
  return readdirSync(REPORT_FIXTURES_DIR).filter((f) => /^[a-z0-9-]+\.md$/.test(f));
}

/** Builds the fixture site under `work` (content in `work/content`); returns the site's folder. */
export function buildReportFixtureSite(work: string): string {
  const content = path.join(work, 'content');
  const site = path.join(work, 'site');
  cpSync(path.join(ROOT, 'tests/fixtures/content-minimal'), content, { recursive: true });
  mkdirSync(path.join(content, 'reports'));
  for (const name of listReportFixtures()) cpSync(path.join(REPORT_FIXTURES_DIR, name), path.join(content, 'reports', name));
  buildContentSite(content, site);
  return site;
}

/** Builds a content folder into `site` as `npm run build` does, on the fixtures' day; throws on failure. */
export function buildContentSite(content: string, site: string, today = '2026-11-22'): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_QUIET: '1', PORTAL_TODAY: today, PORTAL_CONTENT_DIR: content, PORTAL_OUT_DIR: site },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`build of ${path.relative(ROOT, content)} failed:\n${result.stdout}\n${result.stderr}`);
}
