/**
 * One build at a time per output folder: a second build would delete the first one's temporary
 * folders under it (pagefind then indexed a folder that was gone, for minutes). The lock file
 * `<outDir>.lock` names the build that holds it: its process id and the time the process started.
 * A lock is only honoured while that very process runs: a lock whose process has stopped (the
 * machine went down), or whose process id now belongs to another program, is taken over.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** What the lock file holds. */
export interface LockHolder {
  pid: number;
  /** The process's start time (clock ticks since boot, /proc/<pid>/stat field 22), or null off Linux. */
  started: string | null;
}

/** When process `pid` started (clock ticks since boot), or undefined when it is not running or unknown. */
export function getProcessStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces: starttime is
    // field 22 of the whole line, the 20th after the name.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether process `pid` is running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of process `pid`, or undefined where /proc cannot tell. */
function readCommandLine(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

/** Reads a lock file: the current JSON form, or an older lock that holds only a process id. */
export function parseLock(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'number' && Number.isInteger(value) && value > 0)
      return { pid: value, started: null };
    if (typeof value === 'object' && value !== null && 'pid' in value) {
      const { pid, started } = value as { pid: unknown; started?: unknown };
      if (typeof pid === 'number' && Number.isInteger(pid) && pid > 0)
        return { pid, started: typeof started === 'string' ? started : null };
    }
  } catch {
    // not JSON: an unreadable lock holds nothing
  }
  return undefined;
}

/**
 * Whether the build `holder` names is still running. Process ids are reused, so a running
 * process with that id only counts when it started when the build did; where the lock has no
 * start time (an older lock), when its command line is a build (`scripts/build.ts`).
 */
export function isBuildRunning(holder: LockHolder): boolean {
  if (holder.pid === process.pid || !isRunning(holder.pid)) return false;
  const started = getProcessStart(holder.pid);
  if (holder.started !== null && started !== undefined) return started === holder.started;
  const command = readCommandLine(holder.pid);
  // Off Linux nothing more can be known: a running process keeps the lock, as before.
  if (command === undefined) return true;
  return command.some((arg) => /(?:^|[/\\])build\.ts$/.test(arg));
}

/** Takes the lock of `outDir` for this process until it exits, or stops it when another build holds it. */
export function lockOutput(outDir: string): void {
  const lockFile = `${outDir}.lock`;
  const mine = JSON.stringify({
    pid: process.pid,
    started: getProcessStart(process.pid) ?? null,
  } satisfies LockHolder);
  try {
    writeFileSync(lockFile, mine, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = parseLock(readFileSync(lockFile, 'utf8'));
    if (holder && isBuildRunning(holder)) {
      console.error(
        `Er loopt al een build naar ${outDir} (proces ${holder.pid}); wacht tot die klaar is. Loopt er geen build, verwijder dan ${lockFile}. ` +
          `(Another build into this folder is running, process ${holder.pid}; wait for it to finish. If no build is running, delete ${lockFile}.)`,
      );
      process.exit(1);
    }
    writeFileSync(lockFile, mine);
  }
  process.on('exit', () => {
    if (existsSync(lockFile) && readFileSync(lockFile, 'utf8') === mine)
      rmSync(lockFile, { force: true });
  });
}
