/**
 * The editors' commands: `npm run validate` and `npm run build` on bad content. A content error
 * names file and field in Dutch and English, fails the command, and publishes nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
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
import { afterAll, describe, expect, test } from 'vitest';
import { getProcessStart } from '../../scripts/lib/build-lock.ts';
import {
  publishedVersion,
  versionsDir,
  waitForMovedAsideSites,
} from '../../scripts/lib/publish.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MINIMAL = path.join(ROOT, 'tests/fixtures/content-minimal');
const work = mkdtempSync(path.join(tmpdir(), 'portal-commands-'));
/** Only a guard against a deletion that never ends; these tests wait for events, not for time. */
const NEVER = 600_000;

afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: string, env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_TODAY: '2026-11-22', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function contentWithBrokenPerson(name: string): string {
  const dir = path.join(work, name);
  cpSync(MINIMAL, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'people', 'broken-date.md'),
    [
      '---',
      'naam: { voorletters: "K.", achternaam: Kapot }',
      'rollen: [{ functie: statenlid, fractie: ' + firstFractie(dir) + ', van: 2023-03-30 }]',
      'nevenfuncties:',
      '  - id: lid',
      '    organisatie: Stichting Proef',
      '    functie: Lid',
      '    bezoldiging: onbezoldigd',
      '    van: maart 2024',
      'financieleBelangen: geen',
      '---',
      '',
    ].join('\n'),
  );
  return dir;
}

function firstFractie(dir: string): string {
  const match = /id:\s*([a-z0-9-]+)/.exec(readFileSync(path.join(dir, 'fracties.yaml'), 'utf8'));
  if (!match?.[1]) throw new Error('fixture fracties.yaml has no id');
  return match[1];
}

describe('npm run validate', () => {
  test('passes valid content and says what it found', () => {
    const { status, output } = run('scripts/validate.ts', {}, [MINIMAL]);
    expect(output).toMatch(/Inhoud in orde/);
    expect(status).toBe(0);
  });

  test('fails on a bad date, naming file and field in Dutch and English', () => {
    const dir = contentWithBrokenPerson('validate');
    const { status, output } = run('scripts/validate.ts', {}, [dir]);
    expect(status).toBe(1);
    expect(output).toContain('people/broken-date.md › nevenfuncties[0].van');
    expect(output).toContain('verwacht een datum JJJJ-MM-DD, kreeg "maart 2024"');
    expect(output).toContain('expected a date YYYY-MM-DD, got "maart 2024"');
  });
});

describe('npm run build', () => {
  test('a content error fails the build and leaves the previous site untouched', () => {
    const dir = contentWithBrokenPerson('build');
    const out = path.join(work, 'site');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'previous site');
    const { status, output } = run('scripts/build.ts', {
      PORTAL_CONTENT_DIR: dir,
      PORTAL_OUT_DIR: out,
    });
    expect(status).toBe(1);
    expect(output).toContain('people/broken-date.md › nevenfuncties[0].van');
    expect(output).toContain('vorige versie is ongewijzigd');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(existsSync(`${out}.tmp`)).toBe(false);
    expect(existsSync(`${out}.search`)).toBe(false);
  });

  test('valid content replaces the previous site as a whole', () => {
    const out = path.join(work, 'site-ok');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'stale.html'), 'left over from an earlier build');
    const { status, output } = run('scripts/build.ts', {
      PORTAL_CONTENT_DIR: MINIMAL,
      PORTAL_OUT_DIR: out,
      PORTAL_QUIET: '1',
    });
    expect(output).toContain('Site gebouwd');
    expect(status).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'stale.html'))).toBe(false);
    expect(existsSync(`${out}.tmp`)).toBe(false);
    expect(existsSync(`${out}.search`)).toBe(false);
  });

  test('a second build into the same folder while one runs stops at once and leaves the site alone', () => {
    const out = path.join(work, 'site-locked');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'previous site');
    // This test's own process stands for the build that is running: its id and start time.
    const lock = JSON.stringify({
      pid: process.pid,
      started: getProcessStart(process.pid) ?? null,
    });
    writeFileSync(`${out}.lock`, lock);
    const { status, output } = run('scripts/build.ts', {
      PORTAL_CONTENT_DIR: MINIMAL,
      PORTAL_OUT_DIR: out,
      PORTAL_QUIET: '1',
    });
    expect(status).toBe(1);
    expect(output).toContain(`Er loopt al een build naar ${out} (proces ${process.pid})`);
    // The message names the lock file, for when no build is running after all.
    expect(output).toContain(`verwijder dan ${out}.lock`);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(lock);
  });

  test('a lock whose process id now belongs to another program is taken over (issue 28)', async () => {
    const out = path.join(work, 'site-foreign-lock');
    // A live process that is not a build: its id in an older lock (the id alone), and in a lock
    // whose build started at another time (the id was reused).
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      stdio: 'ignore',
    });
    try {
      for (const lock of [String(other.pid), JSON.stringify({ pid: other.pid, started: '1' })]) {
        writeFileSync(`${out}.lock`, lock);
        // Bad content: the build takes the lock, then stops at validation (fast).
        const { status, output } = run('scripts/build.ts', {
          PORTAL_CONTENT_DIR: contentWithBrokenPerson(`foreign-${lock.length}`),
          PORTAL_OUT_DIR: out,
        });
        expect(output).not.toContain('Er loopt al een build');
        expect(output).toContain('people/broken-date.md');
        expect(status).toBe(1);
        expect(existsSync(`${out}.lock`)).toBe(false);
      }
    } finally {
      other.kill();
    }
  });

  test('a lock left by a build that stopped is taken over, and removed when the build ends', () => {
    const out = path.join(work, 'site-stale-lock');
    const stopped = spawnSync(
      process.execPath,
      ['-e', 'process.stdout.write(String(process.pid))'],
      { encoding: 'utf8' },
    );
    writeFileSync(`${out}.lock`, stopped.stdout);
    const { status, output } = run('scripts/build.ts', {
      PORTAL_CONTENT_DIR: MINIMAL,
      PORTAL_OUT_DIR: out,
      PORTAL_QUIET: '1',
    });
    expect(output).toContain('Site gebouwd');
    expect(status).toBe(0);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  test(
    'the previous site is deleted in the background, and dist/ is a link to the published one',
    { timeout: NEVER },
    async () => {
      const out = path.join(work, 'site-ok');
      // The previous test's build deletes its predecessor in the background too: wait for that first.
      expect((await waitForMovedAsideSites(out, NEVER)).done).toBe(true);
      const { status } = run('scripts/build.ts', {
        PORTAL_CONTENT_DIR: MINIMAL,
        PORTAL_OUT_DIR: out,
        PORTAL_QUIET: '1',
      });
      expect(status).toBe(0);
      expect(existsSync(path.join(out, 'index.html'))).toBe(true);
      expect(lstatSync(out).isSymbolicLink()).toBe(true);
      expect((await waitForMovedAsideSites(out, NEVER)).done).toBe(true);
      expect(readdirSync(versionsDir(out))).toEqual([path.basename(publishedVersion(out) ?? '')]);
    },
  );
});

describe('no failure leaves no site (issue 28)', () => {
  test('after a crash between the two renames of publishing, a build that fails still leaves the site', () => {
    const out = path.join(work, 'site-crashed');
    // What a crash between "move the old site aside" and "move the new one in" left behind.
    mkdirSync(`${out}.old-1-2`, { recursive: true });
    writeFileSync(path.join(`${out}.old-1-2`, 'index.html'), 'the last whole site');
    const { status, output } = run('scripts/build.ts', {
      PORTAL_CONTENT_DIR: contentWithBrokenPerson('crashed'),
      PORTAL_OUT_DIR: out,
    });
    expect(status).toBe(1);
    expect(output).toContain('people/broken-date.md');
    expect(output).toContain('de laatste volledige versie is teruggezet');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the last whole site');
  });
});

describe('security.txt (issue 28)', () => {
  test('a build warns when the published security.txt is near its expiry, also when it fails', () => {
    const out = path.join(work, 'site-expiring');
    mkdirSync(path.join(out, '.well-known'), { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'previous site');
    // PORTAL_TODAY is 2026-11-22 in run(): ten days left.
    writeFileSync(
      path.join(out, '.well-known', 'security.txt'),
      'Contact: mailto:griffie@example.test\nExpires: 2026-12-02T00:00:00.000Z\n',
    );
    const { status, output } = run('scripts/build.ts', {
      PORTAL_CONTENT_DIR: contentWithBrokenPerson('expiring'),
      PORTAL_OUT_DIR: out,
    });
    expect(status).toBe(1);
    expect(output).toContain(
      'security.txt van de gepubliceerde site verloopt op 2026-12-02 (over 10 dagen)',
    );
  });
});
