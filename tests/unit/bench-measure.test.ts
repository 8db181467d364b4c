import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureNode } from '../../scripts/lib/bench-measure.ts';

const MB = 1024 * 1024;
const dir = mkdtempSync(path.join(tmpdir(), 'bench-measure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A script that starts `count` child processes of the same binary, each holding `mb` MB resident for a while. */
function parentScript(count: number, mb: number): string {
  const file = path.join(dir, `parent-${count}.mjs`);
  const child = `const held = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => held.length, 1500);`;
  writeFileSync(
    file,
    `import { spawn } from 'node:child_process';
const children = Array.from({ length: ${count} }, () => spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'ignore' }));
await Promise.all(children.map((c) => new Promise((resolve) => c.on('exit', resolve))));
`,
  );
  return file;
}

describe('measureNode', () => {
  it("counts the memory of a binary's processes that run at the same time together", async () => {
    const one = await measureNode([parentScript(1, 150)], {}, dir);
    const two = await measureNode([parentScript(2, 150)], {}, dir);
    const single = one.childPeakBytes['node'] ?? 0;
    expect(single).toBeGreaterThanOrEqual(150 * MB);
    // Two processes of 150 MB each: at least 300 MB together, more than either one alone.
    expect(two.childPeakBytes['node'] ?? 0).toBeGreaterThanOrEqual(300 * MB);
    expect(two.childPeakBytes['node'] ?? 0).toBeGreaterThan(single + 100 * MB);
  });

  it('adds the CPU time of the child processes to the measured process', async () => {
    const file = path.join(dir, 'busy.mjs');
    writeFileSync(
      file,
      `import { spawnSync } from 'node:child_process';
spawnSync(process.execPath, ['-e', 'while (process.cpuUsage().user < 800000);'], { stdio: 'ignore' });
`,
    );
    const measured = await measureNode([file], {}, dir);
    // The child's 800 ms, sampled every 50 ms (the last samples may miss its end); the parent
    // alone uses far less.
    expect(measured.cpuMs).toBeGreaterThanOrEqual(500);
  });
});
