/**
 * Loaded with `node --import` into a process the benchmark measures: at exit it writes the
 * process's own resource usage (peak resident memory, CPU time) as JSON to BENCH_PROBE_FILE.
 * Exact for the Node process; child binaries (pagefind) are sampled by the benchmark itself.
 */
import { writeFileSync } from 'node:fs';

const target = process.env['BENCH_PROBE_FILE'];
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({
        maxRssKb: usage.maxRSS,
        userMs: usage.userCPUTime / 1000,
        systemMs: usage.systemCPUTime / 1000,
      }),
    );
  });
}
