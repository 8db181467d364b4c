/** Wall time per build step, written as JSON to PORTAL_BUILD_TIMINGS for the benchmark (scripts/bench.ts). */
import { writeFileSync } from 'node:fs';

/** Starts the clock; `end(name)` records the time since the previous step, `write()` saves them. */
export function startStepTimings(): { end: (name: string) => void; write: () => void } {
  const timings: Record<string, number> = {};
  let started = performance.now();
  return {
    end(name) {
      const now = performance.now();
      timings[name] = Math.round(now - started);
      started = now;
    },
    write() {
      const file = process.env['PORTAL_BUILD_TIMINGS'];
      if (file) writeFileSync(file, JSON.stringify(timings));
    },
  };
}
