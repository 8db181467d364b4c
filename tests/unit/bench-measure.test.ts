/**
 * The benchmark's measurement (scripts/lib/bench-measure.ts). No result here depends on how fast
 * the machine is: each child process waits, holding its memory or CPU time, until a sample of the
 * measurement has seen it, and only then is told to end (issue 28: a child that ended on a timer
 * was missed under load).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureNode, type ChildSample } from '../../scripts/lib/bench-measure.ts';

const MB = 1024 * 1024;
/** Only a guard against a measurement that never ends; the tests wait for events, not for time. */
const NEVER = 600_000;
const dir = mkdtempSync(path.join(tmpdir(), 'bench-measure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
/** A file whose appearance tells the children to end, and a function that creates it once `seen` says so. */
function release(seen: (children: readonly ChildSample[]) => boolean): {
  file: string;
  onSample: (children: readonly ChildSample[]) => void;
} {
  const file = path.join(dir, `release-${++runs}`);
  return {
    file,
    onSample: (children) => {
      if (!existsSync(file) && seen(children)) writeFileSync(file, '');
    },
  };
}

/** Code for a child that waits until `file` exists, polling; `-e` code, so the child is named `node`. */
const waitFor = (file: string): string =>
  `const wait = () => (require('node:fs').existsSync(${JSON.stringify(file)}) ? process.exit(0) : setTimeout(wait, 20)); wait();`;

/** A script that starts `count` child processes of the same binary, each holding `mb` MB resident until released. */
function parentScript(count: number, mb: number, file: string): string {
  const script = path.join(dir, `parent-${count}-${runs}.mjs`);
  const child = `const held = Buffer.alloc(${mb} * 1024 * 1024, 1); globalThis.held = held; ${waitFor(file)}`;
  writeFileSync(
    script,
    `import { spawn } from 'node:child_process';
const children = Array.from({ length: ${count} }, () => spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'ignore' }));
await Promise.all(children.map((c) => new Promise((resolve) => c.on('exit', resolve))));
`,
  );
  return script;
}

/** True when `count` node children each hold at least `mb` MB in the same sample. */
const holding = (count: number, mb: number) => (children: readonly ChildSample[]) =>
  children.filter((c) => c.name === 'node' && c.residentBytes >= mb * MB).length >= count;

describe('measureNode', () => {
  it(
    "counts the memory of a binary's processes that run at the same time together",
    { timeout: NEVER },
    async () => {
      const first = release(holding(1, 150));
      const one = await measureNode([parentScript(1, 150, first.file)], {}, dir, {
        onSample: first.onSample,
      });
      const second = release(holding(2, 150));
      const two = await measureNode([parentScript(2, 150, second.file)], {}, dir, {
        onSample: second.onSample,
      });
      const single = one.childPeakBytes['node'] ?? 0;
      expect(single).toBeGreaterThanOrEqual(150 * MB);
      // Two processes of 150 MB each, seen together in one sample: at least 300 MB together.
      expect(two.childPeakBytes['node'] ?? 0).toBeGreaterThanOrEqual(300 * MB);
      expect(two.childPeakBytes['node'] ?? 0).toBeGreaterThan(single + 100 * MB);
    },
  );

  it(
    'adds the CPU time of the child processes to the measured process',
    { timeout: NEVER },
    async () => {
      const busy = release((children) => children.some((c) => c.name === 'node' && c.cpuMs >= 800));
      const file = path.join(dir, 'busy.mjs');
      // The child uses 850 ms of CPU, then stays (idle) until a sample has seen at least 800 ms of it.
      const child = `while (process.cpuUsage().user < 850000); ${waitFor(busy.file)}`;
      writeFileSync(
        file,
        `import { spawnSync } from 'node:child_process';
spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'ignore' });
`,
      );
      const measured = await measureNode([file], {}, dir, { onSample: busy.onSample });
      expect(measured.cpuMs).toBeGreaterThanOrEqual(800);
    },
  );
});
