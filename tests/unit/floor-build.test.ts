/**
 * The benchmark's Astro floor (scripts/floor-build.ts): it writes exactly the pages it was asked
 * for, each in a folder of its own, removes the Astro project it built them from, and refuses to
 * run without a page count.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'floor-build-'));
const run = (env: Record<string, string>) =>
  promisify(execFile)(process.execPath, ['scripts/floor-build.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('scripts/floor-build.ts', () => {
  test('writes the number of one-paragraph pages asked for, one folder each, and leaves no project behind', async () => {
    const outDir = path.join(work, 'floor');
    await run({ FLOOR_PAGES: '25', PORTAL_OUT_DIR: outDir });
    const folders = readdirSync(path.join(outDir, 'p')).sort((a, b) => Number(a) - Number(b));
    expect(folders).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(readFileSync(path.join(outDir, 'p', '25', 'index.html'), 'utf8')).toContain(
      '<p>Pagina 25</p>',
    );
    expect(existsSync(`${outDir}.project`)).toBe(false);
  });

  test('without a page count it stops with a usage line', async () => {
    await expect(
      run({ FLOOR_PAGES: 'veel', PORTAL_OUT_DIR: path.join(work, 'bad') }),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('FLOOR_PAGES=<number of pages>'),
    });
  });
});
