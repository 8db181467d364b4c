/**
 * How a build replaces the published site (scripts/build.ts): by renaming, so the old site is
 * whole until the new one is. The previous site is moved aside to `<outDir>.old-<pid>-<time>` and
 * deleted in a process of its own, since deleting the 270,000 files of a national-size site took
 * longer than building it (75 s of a 20,000-person rebuild). The benchmark (scripts/bench.ts)
 * waits for that deletion before it measures the next build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Deletes `dir` in a process of its own that outlives this one. */
function deleteInBackground(dir: string): void {
  spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], { detached: true, stdio: 'ignore' }).unref();
}

/** The previous sites of `outDir` that were moved aside and are not deleted yet. */
export function movedAsideSites(outDir: string): string[] {
  const parent = path.dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefix = `${path.basename(outDir)}.old-`;
  return readdirSync(parent)
    .filter((entry) => entry.startsWith(prefix))
    .map((entry) => path.join(parent, entry));
}

/** Starts deleting the previous sites whose deletion did not finish (the machine stopped). */
export function deleteMovedAsideSites(outDir: string): void {
  for (const dir of movedAsideSites(outDir)) deleteInBackground(dir);
}

/** Replaces `toDir` with `fromDir`; the previous site is deleted in the background. */
export function publish(fromDir: string, toDir: string): void {
  const old = `${toDir}.old-${process.pid}-${Date.now()}`;
  if (existsSync(toDir)) renameSync(toDir, old);
  renameSync(fromDir, toDir);
  if (existsSync(old)) deleteInBackground(old);
}

/**
 * Waits until no previous site of `outDir` is left to delete, or `timeoutMs` has passed; returns
 * how long it waited (ms), and whether the deletion was done by then.
 */
export async function waitForMovedAsideSites(outDir: string, timeoutMs: number): Promise<{ waitedMs: number; done: boolean }> {
  const start = performance.now();
  for (;;) {
    const waitedMs = performance.now() - start;
    if (movedAsideSites(outDir).length === 0) return { waitedMs, done: true };
    if (waitedMs >= timeoutMs) return { waitedMs, done: false };
    await sleep(250);
  }
}
