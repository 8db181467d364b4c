/**
 * `npm run editie` (run as a command, so among the build tests) on a copy of content-minimal: every register of src/registers/ is published by
 * its slug, the fifth (neveninkomsten) included, and the quarter rule follows from the definitions.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { editFrontMatter } from '../../scripts/lib/content-writer.ts';
import { REGISTER_DEFINITIONS } from '../../src/registers/index.ts';
import type { Manifest } from '../../src/schemas/edition.ts';
import { fixturePath, TODAY } from '../unit/content-fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'portal-editie-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function editie(dir: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts/editie.ts'), ...args, '--inhoud', dir],
    { cwd: ROOT, env: { ...process.env, PORTAL_TODAY: TODAY }, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** content-minimal, with Ümit Çelik's income from side positions over 2025. */
function contentWithIncome(name: string): string {
  const dir = path.join(work, name);
  cpSync(fixturePath('content-minimal'), dir, { recursive: true });
  const file = path.join(dir, 'people/umit-celik.md');
  writeFileSync(
    file,
    editFrontMatter(readFileSync(file, 'utf8'), (data) => {
      data['neveninkomsten'] = [
        {
          jaar: 2025,
          inkomsten: [{ nevenfunctie: 'toezichthouder-zorggroep', bedrag: 9250 }],
          openbaargemaakt: '2026-03-25',
        },
      ];
    }),
  );
  return dir;
}

describe('npm run editie', () => {
  test('its usage names every register by the slug of its definition', () => {
    const { status, output } = editie(path.join(work, 'none'), []);
    expect(status).toBe(1);
    expect(output).toContain(`<${[...REGISTER_DEFINITIONS.map((d) => d.slug), 'alle'].join('|')}>`);
  });

  test('publishes the income register: its records, a manifest entry, and no "bijgewerkt" any more', () => {
    const dir = contentWithIncome('income');
    const { status, output } = editie(dir, ['neveninkomsten', '--datum', '2026-04-01']);
    expect(output).toContain('Neveninkomsten: 1 registraties; eerste editie.');
    expect(status).toBe(0);
    const edition = JSON.parse(
      readFileSync(path.join(dir, 'edities/neveninkomsten/2026-04-01.json'), 'utf8'),
    ) as { register: string; registraties: { sleutel: string }[] };
    expect(edition.register).toBe('neveninkomsten');
    expect(edition.registraties.map((r) => r.sleutel)).toEqual([
      'umit-celik/2025/toezichthouder-zorggroep',
    ]);
    const manifest = JSON.parse(
      readFileSync(path.join(dir, 'edities/manifest.json'), 'utf8'),
    ) as Manifest;
    expect(manifest.edities.map((e) => [e.register, e.datum])).toEqual([
      ['neveninkomsten', '2026-04-01'],
    ]);
    expect(readFileSync(path.join(dir, 'site.yaml'), 'utf8')).toMatch(
      /neveninkomsten: \{ cadans: jaar \}/,
    );
  });

  test('a register entered per quarter waits until the quarter after its last edition is over; another does not', () => {
    const dir = contentWithIncome('quarter');
    expect(editie(dir, ['geschenken', '--datum', '2026-10-15']).status).toBe(0);
    expect(editie(dir, ['nevenfuncties', '--datum', '2026-10-15']).status).toBe(0);
    const gifts = editie(dir, ['geschenken', '--datum', TODAY]);
    expect(gifts.status).toBe(1);
    expect(gifts.output).toContain(
      'het kwartaal na de editie van 15 oktober 2026 loopt nog tot en met 31 december 2026',
    );
    expect(existsSync(path.join(dir, `edities/geschenken/${TODAY}.json`))).toBe(false);
    expect(editie(dir, ['nevenfuncties', '--datum', TODAY]).status).toBe(0);
  });
});
