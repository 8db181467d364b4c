/**
 * How a build replaces the published site (scripts/build.ts) in one atomic step, so that a
 * visitor, and a build that fails, always find a whole site:
 *
 * - each build's site is a version of its own, `<outDir>.sites/<version>/`;
 * - `<outDir>` (dist/) is a symbolic link to the published version. Publishing makes a new link
 *   beside it and renames it over `<outDir>`: rename(2) replaces the old link in one step, so at
 *   every moment `<outDir>` is either the old site or the new one, never nothing. A web server,
 *   the tests and `astro preview` keep using `<outDir>` as the folder they serve;
 * - versions other than the published one are deleted in a process of their own, since deleting
 *   the 270,000 files of a national-size site took longer than building it (75 s of a
 *   20,000-person rebuild). The benchmark (scripts/bench.ts) waits for that deletion before it
 *   measures the next build.
 *
 * A site published before this scheme is a real folder at `<outDir>`; the first publish moves it
 * into the versions (a moment without a site, once), and `recoverSite` repairs a crash in that
 * moment, or in the old scheme's, before anything else.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Deletes `dir` in a process of its own that outlives this one. */
function deleteInBackground(dir: string): void {
  spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir],
    { detached: true, stdio: 'ignore' },
  ).unref();
}

/** The folder that holds the versions of `outDir`. */
export function versionsDir(outDir: string): string {
  return `${outDir}.sites`;
}

/** Whether `outDir` is a path that exists at all (a link whose target is gone counts). */
function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** The version folder `outDir` links to, or undefined when it is not a link (a real folder, or nothing). */
export function publishedVersion(outDir: string): string | undefined {
  try {
    if (!lstatSync(outDir).isSymbolicLink()) return undefined;
    return path.resolve(path.dirname(outDir), readlinkSync(outDir));
  } catch {
    return undefined;
  }
}

let versionCount = 0;

/**
 * A name for a new version: sortable by time, unique per process. The count keeps two versions
 * made by one process within one millisecond apart (a test that publishes twice did so).
 */
function newVersionName(): string {
  versionCount += 1;
  return `${new Date().toISOString().replace(/[-:.]/g, '')}-${process.pid}-${versionCount}`;
}

/** Folders of an earlier scheme that held a previous site: `<outDir>.old-<pid>-<time>`. */
function legacyMovedAside(outDir: string): string[] {
  const parent = path.dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefix = `${path.basename(outDir)}.old-`;
  return readdirSync(parent)
    .filter((entry) => entry.startsWith(prefix))
    .map((entry) => path.join(parent, entry));
}

/** Every version of `outDir` (complete or not), as paths. */
function listVersions(outDir: string): string[] {
  const dir = versionsDir(outDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((entry) => path.join(dir, entry));
}

/** Points `outDir` at `target` in one step: a new link beside it, renamed over it. */
function switchLink(outDir: string, target: string): void {
  const next = `${outDir}.next-${process.pid}`;
  rmSync(next, { force: true });
  symlinkSync(path.relative(path.dirname(outDir), target), next, 'dir');
  renameSync(next, outDir);
}

/**
 * Makes sure `outDir` is a site again after a crash left none: when `outDir` is missing, it is
 * pointed at the newest whole site there is (a version, or a site an earlier scheme moved aside).
 * Run before anything else in a build, so that even a build that then fails leaves a site.
 * Returns the site it restored, if any.
 */
export function recoverSite(outDir: string): string | undefined {
  if (exists(outDir) && existsSync(path.join(outDir, 'index.html'))) return undefined;
  const whole = (dir: string): boolean => existsSync(path.join(dir, 'index.html'));
  const newest = [...listVersions(outDir), ...legacyMovedAside(outDir)]
    .filter(whole)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  // A real folder without index.html is not touched: it is not a site this build wrote.
  if (newest === undefined || (exists(outDir) && publishedVersion(outDir) === undefined))
    return undefined;
  let target = newest;
  if (!newest.startsWith(`${versionsDir(outDir)}${path.sep}`)) {
    mkdirSync(versionsDir(outDir), { recursive: true });
    target = path.join(versionsDir(outDir), newVersionName());
    renameSync(newest, target);
  }
  switchLink(outDir, target);
  return target;
}

/** What is left to delete of `outDir`'s earlier sites: every version but the published one, and folders an earlier scheme moved aside. */
export function movedAsideSites(outDir: string): string[] {
  const published = publishedVersion(outDir);
  return [
    ...listVersions(outDir).filter((dir) => dir !== published),
    ...(exists(outDir) ? legacyMovedAside(outDir) : []),
  ];
}

/** Starts deleting the earlier sites of `outDir`; never the published one, and nothing while there is none. */
export function deleteMovedAsideSites(outDir: string): void {
  if (!existsSync(path.join(outDir, 'index.html'))) return;
  for (const dir of movedAsideSites(outDir)) deleteInBackground(dir);
}

/**
 * Publishes the finished site in `fromDir` at `outDir` in one atomic step (see above); the
 * previous site is deleted in the background. Returns the new version's folder.
 */
export function publish(fromDir: string, outDir: string): string {
  mkdirSync(versionsDir(outDir), { recursive: true });
  const version = path.join(versionsDir(outDir), newVersionName());
  renameSync(fromDir, version);
  if (exists(outDir) && !lstatSync(outDir).isSymbolicLink()) {
    // A site published before versions existed is a real folder, which a link cannot replace in
    // one step: it becomes a version itself (recoverSite repairs a crash between these renames).
    renameSync(outDir, path.join(versionsDir(outDir), `${newVersionName()}-vorige`));
  }
  switchLink(outDir, version);
  deleteMovedAsideSites(outDir);
  return version;
}

/**
 * Waits until no earlier site of `outDir` is left to delete, or `timeoutMs` has passed; returns
 * how long it waited (ms), and whether the deletion was done by then.
 */
export async function waitForMovedAsideSites(
  outDir: string,
  timeoutMs: number,
): Promise<{ waitedMs: number; done: boolean }> {
  const start = performance.now();
  for (;;) {
    const waitedMs = performance.now() - start;
    if (movedAsideSites(outDir).length === 0) return { waitedMs, done: true };
    if (waitedMs >= timeoutMs) return { waitedMs, done: false };
    await sleep(250);
  }
}
