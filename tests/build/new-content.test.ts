/**
 * `npm run nieuw`: a new body's content repository, of each kind, that validates and builds as
 * it is made, and a command that never overwrites anything.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
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
import { parse } from 'yaml';
import { BODY_KINDS, type BodyKind } from '../../src/schemas/body.ts';
import { SiteConfigSchema } from '../../src/schemas/site.ts';
import { ROOT, runBuild } from '../shared-sites.ts';
import { readPage } from './site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'portal-nieuw-'));
const TODAY = '2026-11-22';

afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_TODAY: TODAY, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function nieuw(...args: string[]) {
  return run('scripts/nieuw.ts', args);
}

/** Every file under `dir` with its text, to prove a refused command changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = readFileSync(full, 'utf8');
  }
  return files;
}

const BODIES: Record<BodyKind, { naam: string; extra: string[]; name: string; contact: string }> = {
  provincie: {
    naam: 'Noorderwaard',
    extra: [],
    name: 'Provincie Noorderwaard',
    contact: 'Statengriffie Noorderwaard',
  },
  gemeente: {
    naam: 'Ravensmeer',
    extra: ['--email', 'griffie@ravensmeer.example'],
    name: 'Gemeente Ravensmeer',
    contact: 'Griffie Ravensmeer',
  },
  waterschap: {
    naam: 'Zilverwaard',
    extra: ['--benaming', 'hoogheemraadschap'],
    name: 'Hoogheemraadschap Zilverwaard',
    contact: 'Bestuurssecretariaat Zilverwaard',
  },
};

describe('npm run nieuw', () => {
  test.each(BODY_KINDS)('makes a valid, empty content folder for a %s', (kind) => {
    const body = BODIES[kind];
    const dir = path.join(work, `inhoud-${kind}`);
    const args = ['--soort', kind, '--naam', body.naam, '--uit', dir, ...body.extra];

    const preview = nieuw(...args);
    expect(preview.output).toMatch(/Er is nog niets geschreven/);
    expect(preview.output).toContain(`contact:\n  naam: ${body.contact}`);
    expect(preview.status).toBe(0);
    expect(existsSync(dir)).toBe(false);

    const written = nieuw(...args, '--schrijf');
    expect(written.output).toContain(body.name);
    expect(written.status).toBe(0);
    expect(Object.keys(snapshot(dir)).sort()).toEqual([
      '.gitignore',
      'README.md',
      path.join('content', 'fracties.yaml'),
      path.join('content', 'site.yaml'),
    ]);
    const site = SiteConfigSchema.parse(
      parse(readFileSync(path.join(dir, 'content', 'site.yaml'), 'utf8')),
    );
    expect(site).toMatchObject({ soort: kind, naam: body.naam, fictief: false });
    expect(site.contact.naam).toBe(body.contact);

    const validated = run('scripts/validate.ts', [], {
      PORTAL_CONTENT_DIR: path.join(dir, 'content'),
    });
    expect(validated.output).toMatch(/Inhoud in orde.*0 personen/);
    expect(validated.status).toBe(0);

    // Run twice: the second run refuses and leaves the folder as it was.
    const before = snapshot(dir);
    const again = nieuw(...args, '--schrijf');
    expect(again.output).toMatch(/bestaat al en is niet leeg.*--uit/);
    expect(again.status).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });

  test('refuses a folder that is not empty and writes nothing into it', () => {
    const dir = path.join(work, 'bestaand');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'notities.txt'), 'van de griffie\n');
    for (const extra of [[], ['--schrijf']]) {
      const { status, output } = nieuw(
        '--soort',
        'gemeente',
        '--naam',
        'Ravensmeer',
        '--uit',
        dir,
        ...extra,
      );
      expect(output).toMatch(/bestaat al en is niet leeg; er wordt niets overschreven/);
      expect(output).toMatch(/exists and is not empty; nothing is overwritten/);
      expect(status).toBe(1);
    }
    expect(snapshot(dir)).toEqual({ 'notities.txt': 'van de griffie\n' });
  });

  test('refuses an unknown kind, naming --soort in Dutch and English', () => {
    const dir = path.join(work, 'stad');
    const { status, output } = nieuw(
      '--soort',
      'stad',
      '--naam',
      'Ravensmeer',
      '--uit',
      dir,
      '--schrijf',
    );
    expect(output).toMatch(
      /--soort moet een van provincie, gemeente, waterschap zijn, kreeg "stad"/,
    );
    expect(output).toMatch(/\(--soort must be one of .*, got "stad"\.\)/);
    expect(status).toBe(1);
    expect(existsSync(dir)).toBe(false);
  });

  test.each([
    [
      'the kind word',
      'Gemeente Ravensmeer',
      /--naam is de naam zonder "Gemeente"/,
      /\(--naam is the name without the kind word\.\)/,
    ],
    ['nothing', ' ', /--naam ontbreekt/, /\(--naam is missing/],
    [
      'markup',
      'Ravensmeer <b>',
      /--naam: HTML of code is niet toegestaan/,
      /\(HTML or code is not allowed/,
    ],
  ])('refuses a name with %s, naming --naam', (_, naam, dutch, english) => {
    const dir = path.join(work, 'naam');
    const { status, output } = nieuw(
      '--soort',
      'gemeente',
      '--naam',
      naam,
      '--uit',
      dir,
      '--schrijf',
    );
    expect(output).toMatch(dutch);
    expect(output).toMatch(english);
    expect(status).toBe(1);
    expect(existsSync(dir)).toBe(false);
  });

  test('refuses --benaming for a body that is not a water board', () => {
    const dir = path.join(work, 'benaming');
    const { status, output } = nieuw(
      '--soort',
      'gemeente',
      '--naam',
      'Ravensmeer',
      '--benaming',
      'hoogheemraadschap',
      '--uit',
      dir,
    );
    expect(output).toMatch(
      /--benaming is er alleen voor een waterschap.*\(--benaming is for a water board only\.\)/,
    );
    expect(status).toBe(1);
  });

  test('a fresh municipality builds: its home page names it', async () => {
    const dir = path.join(work, 'bouw');
    const made = nieuw('--soort', 'gemeente', '--naam', 'Ravensmeer', '--uit', dir, '--schrijf');
    expect(made.status).toBe(0);
    const out = path.join(work, 'bouw-site');
    await runBuild({
      PORTAL_CONTENT_DIR: path.join(dir, 'content'),
      PORTAL_OUT_DIR: out,
      PORTAL_CACHE_DIR: path.join(work, 'bouw-cache'),
      PORTAL_TODAY: TODAY,
    });
    const home = readPage('/', out);
    expect(home.querySelector('h1')?.textContent).toContain('Gemeente Ravensmeer');
    expect(home.querySelector('title')?.textContent).toContain('Ravensmeer');
  });
});
