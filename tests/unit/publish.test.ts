/**
 * Publishing a build (scripts/lib/publish.ts): the new site replaces the old one by renaming, the
 * old one is deleted in the background, and the benchmark can wait for that deletion.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { movedAsideSites, publish, waitForMovedAsideSites } from '../../scripts/lib/publish.ts';

const work = mkdtempSync(path.join(tmpdir(), 'publish-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), text);
}

describe('publish', () => {
  test('replaces the site, and deletes the previous one in the background', async () => {
    const out = path.join(work, 'a', 'site');
    site(out, 'old');
    site(`${out}.tmp`, 'new');
    publish(`${out}.tmp`, out);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(`${out}.tmp`)).toBe(false);
    const { done } = await waitForMovedAsideSites(out, 30_000);
    expect(done).toBe(true);
    expect(movedAsideSites(out)).toEqual([]);
  });

  test('a first build has no previous site to move aside', () => {
    const out = path.join(work, 'b', 'site');
    site(`${out}.tmp`, 'first');
    publish(`${out}.tmp`, out);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('first');
    expect(movedAsideSites(out)).toEqual([]);
  });
});

describe('waiting for a previous site to be deleted', () => {
  test('only the moved-aside sites of this output folder count', () => {
    const out = path.join(work, 'c', 'site');
    for (const name of ['site.old-1-2', 'site.tmp', 'site-other.old-1-2', 'site']) site(path.join(work, 'c', name), '');
    expect(movedAsideSites(out)).toEqual([path.join(work, 'c', 'site.old-1-2')]);
    expect(movedAsideSites(path.join(work, 'missing', 'site'))).toEqual([]);
  });

  test('waits until the moved-aside site is gone', async () => {
    const out = path.join(work, 'd', 'site');
    const old = path.join(work, 'd', 'site.old-1-2');
    site(old, '');
    setTimeout(() => rmSync(old, { recursive: true, force: true }), 600);
    const { waitedMs, done } = await waitForMovedAsideSites(out, 30_000);
    expect(done).toBe(true);
    expect(waitedMs).toBeGreaterThanOrEqual(500);
  });

  test('gives up after the timeout and says so', async () => {
    const out = path.join(work, 'e', 'site');
    site(path.join(work, 'e', 'site.old-1-2'), '');
    const { waitedMs, done } = await waitForMovedAsideSites(out, 300);
    expect(done).toBe(false);
    expect(waitedMs).toBeGreaterThanOrEqual(300);
  });
});
