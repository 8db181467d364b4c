/**
 * Runs npm scripts side by side and fails when any of them fails: `npm test` runs the checks that
 * only read the source this way (the linter, the format check and `astro check`), on both cores,
 * before the build. Each script's output is printed whole when it ends, so the outputs do not mix.
 *
 *   node tests/run-parallel.ts lint format:check check
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('Usage: node tests/run-parallel.ts <npm script> [<npm script> …]');
  process.exit(2);
}

const results = await Promise.all(
  scripts.map(
    (script) =>
      new Promise<{ script: string; status: number }>((resolve) => {
        const child = spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
        const output: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
        child.on('error', (error) => {
          output.push(Buffer.from(`${error.message}\n`));
          resolve({ script, status: 1 });
        });
        child.on('close', (code, signal) => {
          process.stdout.write(Buffer.concat(output));
          if (signal) process.stdout.write(`npm run ${script} was stopped by ${signal}\n`);
          resolve({ script, status: code ?? 1 });
        });
      }),
  ),
);
const failed = results.filter((r) => r.status !== 0).map((r) => r.script);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((script) => `npm run ${script}`).join(', ')}`);
  process.exit(1);
}
