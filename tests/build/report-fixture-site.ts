/**
 * The report fixtures (tests/fixtures/reports/) built as a site of their own: content-minimal with
 * every fixture report in its reports/ folder. Used by the build tests that read reports back; it
 * is built once per test run and shared by them (tests/shared-sites.ts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
  listReportFixtures,
  REPORT_FIXTURES_DIR,
  ROOT,
  sharedSite,
  sharedSiteContent,
} from '../shared-sites.ts';

export { listReportFixtures, REPORT_FIXTURES_DIR, ROOT };

/** The report fixture site: its folder and the content folder it was built from. */
export async function reportFixtureSite(): Promise<{ site: string; content: string }> {
  return { site: await sharedSite('reports'), content: sharedSiteContent('reports') };
}

/** Builds a content folder into `site` as `npm run build` does, on the fixtures' day; throws on failure. */
export function buildContentSite(content: string, site: string, today = '2026-11-22'): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PORTAL_QUIET: '1',
      PORTAL_TODAY: today,
      PORTAL_CONTENT_DIR: content,
      PORTAL_OUT_DIR: site,
    },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (result.status !== 0)
    throw new Error(
      `build of ${path.relative(ROOT, content)} failed:\n${result.stdout}\n${result.stderr}`,
    );
}
