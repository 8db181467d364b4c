/**
 * Sites that several test files read, built once per test run and shared: the first test file
 * that asks for a site builds it, every other one waits for that build and reads the same folder.
 * Test files run in parallel worker processes, so the first is found with a lock folder (mkdir is
 * atomic) in the run's folder (tests/global-setup.ts provides it and removes it after the run);
 * a file waits for the build's result file, not for a time. A failed build fails every file that
 * asked for it, with the build's output.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's shared sites (tests/global-setup.ts). */
    sharedSitesDir: string;
  }
}

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '..');

/** How a shared site is made: its content folder (made by `prepare` when given) and its build's environment. */
interface Recipe {
  /** A content folder to build; default: the demo content (content/). */
  content?: string;
  /** Writes the content folder into `content` (instead of `content` above). */
  prepare?: (content: string) => void;
  env?: Record<string, string>;
}

/** The report fixtures (lower-case `*.md` only, so not the README). */
export const REPORT_FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/reports');
export function listReportFixtures(): string[] {
  return readdirSync(REPORT_FIXTURES_DIR).filter((f) => /^[a-z0-9-]+\.md$/.test(f));
}

/** Rows per page of the paged site: small, so that the demo's registers and lists continue as a national one's do. */
export const PAGED_PAGE_SIZE = 5;
/** Pages per sitemap file of the paged site: small, so that its sitemap has several files. */
export const PAGED_SITEMAP_SIZE = 100;

/** The day the generated demos are made and built on, so that what is current and what is overdue stays the same. */
export const DEMO_TODAY = '2026-11-22';

/** Writes the generator's demo of a kind of body (with its editions) into `content`; fails with the generator's output. */
function generateDemo(kind: 'gemeente' | 'waterschap', content: string): void {
  const args = ['--soort', kind, '--out', content, '--edities', '--today', DEMO_TODAY];
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts/generate-content.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PORTAL_TODAY: DEMO_TODAY } },
  );
  if (run.status !== 0)
    throw new Error(
      `node scripts/generate-content.ts ${args.join(' ')} failed (exit ${String(run.status)}):\n${run.stdout}${run.stderr}`,
    );
}

/** Every shared site, by name. */
const RECIPES = {
  /** The municipality's demo (Gemeente Ravensmeer), as the generator writes it: every gate runs on it too (issue #30). */
  gemeente: {
    prepare: (content: string) => generateDemo('gemeente', content),
    env: { PORTAL_TODAY: DEMO_TODAY },
  },
  /** The water board's demo (Hoogheemraadschap Zilverwaard), as the generator writes it. */
  waterschap: {
    prepare: (content: string) => generateDemo('waterschap', content),
    env: { PORTAL_TODAY: DEMO_TODAY },
  },
  /** tests/fixtures/content-empty-registers, for the browser tests. */
  empty: { content: path.join(ROOT, 'tests/fixtures/content-empty-registers') },
  /**
   * The demo in pages of 5 rows and sitemap files of 100 pages, with the browser editor
   * (PORTAL_EDITOR=1): for the browser tests and tests/build/paged-site.test.ts.
   */
  paged: {
    env: {
      PORTAL_REGISTER_PAGE_SIZE: String(PAGED_PAGE_SIZE),
      PORTAL_SITEMAP_SIZE: String(PAGED_SITEMAP_SIZE),
      PORTAL_EDITOR: '1',
    },
  },
  /** content-minimal with every report fixture in its reports/ folder, on the fixtures' day. */
  reports: {
    prepare: (content: string) => {
      cpSync(path.join(ROOT, 'tests/fixtures/content-minimal'), content, { recursive: true });
      mkdirSync(path.join(content, 'reports'));
      for (const name of listReportFixtures())
        cpSync(path.join(REPORT_FIXTURES_DIR, name), path.join(content, 'reports', name));
    },
    env: { PORTAL_TODAY: '2026-11-22' },
  },
} satisfies Record<string, Recipe>;

export type SharedSiteName = keyof typeof RECIPES;

/** Where a shared site is (or will be) built: `<run folder>/<name>/site`, its content (when made) beside it. */
export function sharedSitePath(name: SharedSiteName): string {
  return path.join(inject('sharedSitesDir'), name, 'site');
}

/** The content folder a shared site was built from. */
export function sharedSiteContent(name: SharedSiteName): string {
  const recipe: Recipe = RECIPES[name];
  return recipe.prepare
    ? path.join(inject('sharedSitesDir'), name, 'content')
    : (recipe.content ?? path.join(ROOT, 'content'));
}

/** Runs scripts/build.ts as `npm run build` does, without blocking this process; rejects with its output when it fails. */
export function runBuild(env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_QUIET: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `build of ${env['PORTAL_CONTENT_DIR'] ?? 'content/'} into ${env['PORTAL_OUT_DIR'] ?? 'dist/'} failed (exit ${code}):\n${output}`,
            ),
          ),
    );
  });
}

/** This process's builds, so that a file asking twice waits for the same one. */
const started = new Map<string, Promise<string>>();

/** The shared site `name`, built by whichever test file asked first; resolves once it is built. */
export function sharedSite(name: SharedSiteName): Promise<string> {
  let site = started.get(name);
  if (!site) {
    site = obtain(name);
    started.set(name, site);
  }
  return site;
}

async function obtain(name: SharedSiteName): Promise<string> {
  const dir = path.join(inject('sharedSitesDir'), name);
  const out = sharedSitePath(name);
  const result = path.join(inject('sharedSitesDir'), `${name}.json`);
  let mine = true;
  try {
    mkdirSync(`${dir}.lock`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    mine = false;
  }
  if (mine) {
    const recipe: Recipe = RECIPES[name];
    mkdirSync(dir, { recursive: true });
    let failure: string | undefined;
    try {
      const content = sharedSiteContent(name);
      recipe.prepare?.(content);
      await runBuild({
        ...recipe.env,
        PORTAL_OUT_DIR: out,
        ...(recipe.content || recipe.prepare ? { PORTAL_CONTENT_DIR: content } : {}),
      });
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    // Written whole under another name first, so a waiting file never reads half of it.
    writeFileSync(`${result}.tmp`, JSON.stringify({ failure }));
    renameSync(`${result}.tmp`, result);
  } else {
    // Another test file builds it: wait for its result (the test's hook timeout bounds the wait).
    while (!existsSync(result)) await sleep(200);
  }
  const { failure } = JSON.parse(readFileSync(result, 'utf8')) as { failure?: string };
  if (failure !== undefined)
    throw new Error(`The shared site "${name}" could not be built:\n${failure}`);
  return out;
}
