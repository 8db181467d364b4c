/**
 * Publishing a build (scripts/lib/publish.ts): the new site replaces the old one in one atomic
 * step (a link renamed over dist/), no failure at any point leaves no site, the earlier versions
 * are deleted in the background, and the benchmark can wait for that deletion.
 */
import * as fs from 'node:fs';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

/** After every change publishing makes to the file system, this runs: it checks that a site is there. */
const afterChange = vi.hoisted(() => ({ check: undefined as (() => void) | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const watched = <F extends (...args: never[]) => unknown>(fn: F): F =>
    ((...args: Parameters<F>) => {
      const result = fn(...args);
      afterChange.check?.();
      return result;
    }) as F;
  return {
    ...real,
    renameSync: watched(real.renameSync),
    symlinkSync: watched(real.symlinkSync),
    rmSync: watched(real.rmSync),
    unlinkSync: watched(real.unlinkSync),
  };
});

const {
  deleteMovedAsideSites,
  movedAsideSites,
  publish,
  publishedVersion,
  recoverSite,
  versionsDir,
  waitForMovedAsideSites,
} = await import('../../scripts/lib/publish.ts');

/** Only a guard against a deletion that never ends; these tests wait for events, not for time. */
const NEVER = 600_000;
const work = mkdtempSync(path.join(tmpdir(), 'publish-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), text);
}

const read = (out: string): string => readFileSync(path.join(out, 'index.html'), 'utf8');

describe('publish', () => {
  let states: string[] = [];
  let out = '';
  beforeEach(() => {
    states = [];
    // Every intermediate state publishing passes through, as a visitor would see it.
    afterChange.check = () =>
      states.push(out !== '' && existsSync(path.join(out, 'index.html')) ? read(out) : '(no site)');
  });
  afterEach(() => {
    afterChange.check = undefined;
  });

  test('replaces the site in one step: at every moment there is the old site or the new one', () => {
    out = path.join(work, 'a', 'site');
    site(`${out}.tmp`, 'old');
    publish(`${out}.tmp`, out);
    site(`${out}.tmp`, 'new');
    states = [];
    publish(`${out}.tmp`, out);
    expect(read(out)).toBe('new');
    expect(states).not.toContain('(no site)');
    expect(states.at(-1)).toBe('new');
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(existsSync(`${out}.tmp`)).toBe(false);
  });

  test('a site published as a real folder (before versions) is kept as a version until the new one is live', () => {
    out = path.join(work, 'b', 'site');
    site(out, 'old, a real folder');
    site(`${out}.tmp`, 'new');
    publish(`${out}.tmp`, out);
    expect(read(out)).toBe('new');
    expect(publishedVersion(out)?.startsWith(versionsDir(out))).toBe(true);
  });

  test('a first build has no previous site', () => {
    out = path.join(work, 'c', 'site');
    site(`${out}.tmp`, 'first');
    publish(`${out}.tmp`, out);
    expect(read(out)).toBe('first');
  });

  test(
    'the previous versions are deleted in the background, never the published one',
    { timeout: NEVER },
    async () => {
      out = path.join(work, 'd', 'site');
      for (const text of ['one', 'two', 'three']) {
        site(`${out}.tmp`, text);
        publish(`${out}.tmp`, out);
      }
      const { done } = await waitForMovedAsideSites(out, NEVER);
      expect(done).toBe(true);
      expect(readdirSync(versionsDir(out))).toHaveLength(1);
      expect(read(out)).toBe('three');
    },
  );
});

describe('after a crash (issue 28)', () => {
  test(
    "a crash between the old scheme's two renames (no dist/, the site moved aside) is repaired, not deleted",
    { timeout: NEVER },
    async () => {
      const out = path.join(work, 'e', 'site');
      site(`${out}.old-123-456`, 'moved aside');
      // What a build does first: repair, then delete what is left over.
      expect(recoverSite(out)).toBeDefined();
      deleteMovedAsideSites(out);
      expect(read(out)).toBe('moved aside');
      await waitForMovedAsideSites(out, NEVER);
      expect(read(out)).toBe('moved aside');
    },
  );

  test('a link left pointing at a deleted version is pointed at the newest whole one', () => {
    const out = path.join(work, 'f', 'site');
    site(`${out}.tmp`, 'published');
    const version = publish(`${out}.tmp`, out);
    site(path.join(versionsDir(out), '00000000T000000000Z-1'), 'older');
    rmSync(version, { recursive: true, force: true });
    expect(recoverSite(out)).toBe(path.join(versionsDir(out), '00000000T000000000Z-1'));
    expect(read(out)).toBe('older');
  });

  test('with no site to be found, nothing is deleted and nothing is invented', () => {
    const out = path.join(work, 'g', 'site');
    site(path.join(versionsDir(out), 'half-written'), 'x');
    rmSync(path.join(versionsDir(out), 'half-written', 'index.html'));
    expect(recoverSite(out)).toBeUndefined();
    deleteMovedAsideSites(out);
    expect(existsSync(path.join(versionsDir(out), 'half-written'))).toBe(true);
  });
});

describe('waiting for earlier sites to be deleted', () => {
  test('only the earlier sites of this output folder count', () => {
    const out = path.join(work, 'h', 'site');
    site(`${out}.tmp`, 'published');
    publish(`${out}.tmp`, out);
    site(path.join(work, 'h', 'site-other.old-1-2'), '');
    site(path.join(work, 'h', 'site.old-1-2'), '');
    expect(movedAsideSites(out)).toEqual([path.join(work, 'h', 'site.old-1-2')]);
    expect(movedAsideSites(path.join(work, 'missing', 'site'))).toEqual([]);
  });

  test('waits until the earlier site is gone', { timeout: NEVER }, async () => {
    const out = path.join(work, 'i', 'site');
    site(`${out}.tmp`, 'published');
    publish(`${out}.tmp`, out);
    await waitForMovedAsideSites(out, NEVER);
    const old = path.join(versionsDir(out), 'earlier');
    site(old, '');
    expect(movedAsideSites(out)).toEqual([old]);
    const waiting = waitForMovedAsideSites(out, NEVER);
    setImmediate(() => fs.rmSync(old, { recursive: true, force: true }));
    expect((await waiting).done).toBe(true);
  });

  test('gives up after the timeout and says so', async () => {
    const out = path.join(work, 'j', 'site');
    site(out, 'published');
    site(path.join(work, 'j', 'site.old-1-2'), '');
    const { waitedMs, done } = await waitForMovedAsideSites(out, 300);
    expect(done).toBe(false);
    expect(waitedMs).toBeGreaterThanOrEqual(300);
  });
});
