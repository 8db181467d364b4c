/**
 * Runs a command the way the benchmark measures it: wall time, CPU time of the process and all
 * its children, and peak memory. Linux only (reads /proc), which is what CI and these machines run.
 *
 * - CPU: the Node process's own user + system time at exit (scripts/lib/bench-probe.ts), plus
 *   each child binary's (esbuild, pagefind) utime + stime from /proc/<pid>/stat, sampled every
 *   50 ms: pagefind's service is not waited for when the build ends, so the kernel's children
 *   totals would miss it.
 * - Peak memory of the Node process: its own `maxRSS` at exit (scripts/lib/bench-probe.ts).
 * - Peak memory of child binaries (pagefind): their VmHWM in /proc/<pid>/status, sampled every
 *   50 ms; VmHWM is the kernel's own high-water mark, so a sample misses at most the last 50 ms.
 *   Where several processes of one binary run at the same time (the build's two pagefind
 *   services), the peak is the largest sum of their resident memory (VmRSS) in one sample, when
 *   that is more than the largest single high-water mark.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Clock ticks per second of /proc times; 100 on every Linux this runs on. */
const CLOCK_TICKS = 100;
const SAMPLE_MS = 50;

/** What one measured run cost. */
export interface Measurement {
  wallMs: number;
  /** User + system CPU of the process and its children. */
  cpuMs: number;
  /** Peak resident memory of the Node process, in bytes. */
  nodePeakBytes: number;
  /** Peak resident memory per child binary name (e.g. `pagefind_extended`), in bytes: of all its processes together. */
  childPeakBytes: Record<string, number>;
  /** Wall time per step, when the command reports them (scripts/build.ts: PORTAL_BUILD_TIMINGS). */
  steps: Record<string, number>;
}

/** utime + stime of a process in milliseconds, or undefined when it is gone. */
function readCpuMs(pid: number): number | undefined {
  try {
    // Fields after the command name, which is in parentheses and may contain spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

function childPids(pid: number): number[] {
  try {
    const tasks = readdirSync(`/proc/${pid}/task`);
    return tasks.flatMap((task) => {
      try {
        return readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
          .split(' ')
          .filter(Boolean)
          .map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

function descendants(pid: number): number[] {
  const all: number[] = [];
  const queue = childPids(pid);
  while (queue.length > 0) {
    const next = queue.shift() as number;
    all.push(next);
    queue.push(...childPids(next));
  }
  return all;
}

/** A process's binary name, high-water mark and current resident memory (bytes). */
function readMemory(
  pid: number,
): { name: string; peakBytes: number; residentBytes: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const name = /^Name:\s+(.+)$/m.exec(status)?.[1] ?? String(pid);
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
    const rss = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    return hwm === undefined
      ? undefined
      : { name, peakBytes: Number(hwm) * 1024, residentBytes: Number(rss ?? 0) * 1024 };
  } catch {
    return undefined;
  }
}

/** What one sample saw of a child process. */
export interface ChildSample {
  pid: number;
  name: string;
  residentBytes: number;
  cpuMs: number;
}

/** Options of `measureNode`. */
export interface MeasureOptions {
  /**
   * Called after each sample with the child processes it saw (tests use it to let their child
   * processes end only once they have been seen, so that no result depends on timing).
   */
  onSample?: (children: readonly ChildSample[]) => void;
}

/** Runs `node <args>` with `env` added, measured; rejects when it fails, with its output. */
export async function measureNode(
  args: readonly string[],
  env: Record<string, string>,
  cwd: string,
  options: MeasureOptions = {},
): Promise<Measurement> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-probe-'));
  const probeFile = path.join(scratch, 'probe.json');
  const stepsFile = path.join(scratch, 'steps.json');
  const probe = path.join(import.meta.dirname, 'bench-probe.ts');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', probe, ...args], {
    cwd,
    env: { ...process.env, ...env, BENCH_PROBE_FILE: probeFile, PORTAL_BUILD_TIMINGS: stepsFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const childPeakBytes: Record<string, number> = {};
  const childCpu = new Map<number, number>();
  const sample = (): void => {
    if (child.pid === undefined) return;
    const together: Record<string, number> = {};
    const seen: ChildSample[] = [];
    for (const pid of descendants(child.pid)) {
      const memory = readMemory(pid);
      if (memory) {
        childPeakBytes[memory.name] = Math.max(childPeakBytes[memory.name] ?? 0, memory.peakBytes);
        together[memory.name] = (together[memory.name] ?? 0) + memory.residentBytes;
      }
      const cpu = readCpuMs(pid);
      if (cpu !== undefined) childCpu.set(pid, cpu);
      if (memory && cpu !== undefined)
        seen.push({ pid, name: memory.name, residentBytes: memory.residentBytes, cpuMs: cpu });
    }
    for (const [name, bytes] of Object.entries(together))
      childPeakBytes[name] = Math.max(childPeakBytes[name] ?? 0, bytes);
    options.onSample?.(seen);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  // 'exit', not 'close': a child binary that outlives the build (pagefind's service shuts down
  // on its own) may hold the output pipes open for a while after the build has ended.
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  clearInterval(timer);
  const wallMs = performance.now() - started;
  try {
    if (code !== 0)
      throw new Error(
        `node ${args.join(' ')} failed with exit code ${code}:\n${output.slice(-4000)}`,
      );
    const probed = JSON.parse(readFileSync(probeFile, 'utf8')) as {
      maxRssKb: number;
      userMs: number;
      systemMs: number;
    };
    const cpuMs =
      probed.userMs + probed.systemMs + [...childCpu.values()].reduce((sum, ms) => sum + ms, 0);
    const steps = existsSync(stepsFile)
      ? (JSON.parse(readFileSync(stepsFile, 'utf8')) as Record<string, number>)
      : {};
    return { wallMs, cpuMs, nodePeakBytes: probed.maxRssKb * 1024, childPeakBytes, steps };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The median of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
