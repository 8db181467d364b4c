/**
 * The editors' commands: `npm run validate` and `npm run build` on bad content. A content error
 * names file and field in Dutch and English, fails the command, and publishes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MINIMAL = path.join(ROOT, 'tests/fixtures/content-minimal');
const work = mkdtempSync(path.join(tmpdir(), 'portal-commands-'));

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
    const { status, output } = run('scripts/build.ts', { PORTAL_CONTENT_DIR: dir, PORTAL_OUT_DIR: out });
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
    const { status, output } = run('scripts/build.ts', { PORTAL_CONTENT_DIR: MINIMAL, PORTAL_OUT_DIR: out, PORTAL_QUIET: '1' });
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
    // This test's own process stands for the build that is running.
    writeFileSync(`${out}.lock`, String(process.pid));
    const { status, output } = run('scripts/build.ts', { PORTAL_CONTENT_DIR: MINIMAL, PORTAL_OUT_DIR: out, PORTAL_QUIET: '1' });
    expect(status).toBe(1);
    expect(output).toContain(`Er loopt al een build naar ${out} (proces ${process.pid})`);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(String(process.pid));
  });

  test('a lock left by a build that stopped is taken over, and removed when the build ends', () => {
    const out = path.join(work, 'site-stale-lock');
    const stopped = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(`${out}.lock`, stopped.stdout);
    const { status, output } = run('scripts/build.ts', { PORTAL_CONTENT_DIR: MINIMAL, PORTAL_OUT_DIR: out, PORTAL_QUIET: '1' });
    expect(output).toContain('Site gebouwd');
    expect(status).toBe(0);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  test('the previous site, moved aside when the new one is published, is deleted in the background', async () => {
    const out = path.join(work, 'site-ok');
    const leftovers = (): string[] => readdirSync(work).filter((name) => name.startsWith('site-ok.old-'));
    // The previous test's build deletes its predecessor in the background too: wait for that first.
    await expect.poll(leftovers, { timeout: 30_000, interval: 200 }).toEqual([]);
    const { status } = run('scripts/build.ts', { PORTAL_CONTENT_DIR: MINIMAL, PORTAL_OUT_DIR: out, PORTAL_QUIET: '1' });
    expect(status).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    await expect.poll(leftovers, { timeout: 30_000, interval: 200 }).toEqual([]);
  });
});
