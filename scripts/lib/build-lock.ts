/**
 * One build at a time per output folder: a second build would delete the first one's temporary
 * folders under it (pagefind then indexed a folder that was gone, for minutes). The lock file
 * `<outDir>.lock` holds the process id; a lock whose process has stopped (the machine went down)
 * is taken over.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Whether process `pid` is running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock of `outDir` for this process until it exits, or stops it when another build holds it. */
export function lockOutput(outDir: string): void {
  const lockFile = `${outDir}.lock`;
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
      console.error(`Er loopt al een build naar ${outDir} (proces ${holder}); wacht tot die klaar is. (Another build into this folder is running, process ${holder}; wait for it to finish.)`);
      process.exit(1);
    }
    writeFileSync(lockFile, String(process.pid));
  }
  process.on('exit', () => {
    if (existsSync(lockFile) && readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile, { force: true });
  });
}
