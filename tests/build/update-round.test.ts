/**
 * A whole update round on a copy of the demo content in one command (scripts/round-demo.ts):
 * start the round, import a changed spreadsheet, publish an edition of every register, build.
 * The new edition and its changes must be on the built Wijzigingen page and in the feed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'portal-round-'));
let output = '';
let status: number | null = null;

beforeAll(() => {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts/round-demo.ts'), '--uit', work, '--datum', '2026-11-22'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 290_000,
    },
  );
  output = `${result.stdout}\n${result.stderr}${result.signal ? `\n(stopped by ${result.signal})` : ''}`;
  status = result.status;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (p: string) => parse(readFileSync(path.join(work, 'site', p, 'index.html'), 'utf8'));

describe('the scripted update round', () => {
  test('runs start to finish', () => {
    expect(output).toContain('Ronde afgerond');
    expect(status).toBe(0);
  });

  test('the round wrote a summary per member and the checklist', () => {
    expect(existsSync(path.join(work, 'ronde', 'jan-van-den-berg.md'))).toBe(true);
    expect(readFileSync(path.join(work, 'ronde', 'checklist.md'), 'utf8')).toContain(
      'Checklist updateronde van 1 september 2026',
    );
    expect(existsSync(path.join(work, 'ronde', 'opgaven.xlsx'))).toBe(true);
  });

  test('the import previewed and wrote the changes in Dutch', () => {
    expect(output).toMatch(/Toegevoegd +Jan van den Berg: Voorzitter, Stichting Zilverland Leest/);
    expect(output).toMatch(
      /Beëindigd +Jan van den Berg: Penningmeester, Volkstuinvereniging Elzenbroek/,
    );
    expect(output).toMatch(/vergoeding: €\s3\.150 per maand → €\s3\.300 per maand/);
  });

  test('the new edition and its changes are on the Wijzigingen page, its own page and in the feed', () => {
    const overview = page('wijzigingen');
    expect(overview.querySelector('[data-edition="nevenfuncties/2026-11-22"]')?.text).toMatch(
      /22 november 2026/,
    );
    const edition = page('wijzigingen/nevenfuncties/2026-11-22');
    const changes = edition
      .querySelectorAll('[data-change]')
      .map((el) => `${el.getAttribute('data-change')}:${el.getAttribute('data-key')}`);
    expect(changes.sort()).toEqual([
      'beeindigd:jan-van-den-berg/penningmeester-volkstuinvereniging-elzenbroek',
      'gewijzigd:jan-van-den-berg/docent-maatschappijleer-scholengemeenschap-westerzilver',
      'toegevoegd:jan-van-den-berg/voorzitter-stichting-zilverland-leest',
    ]);
    const feed = readFileSync(path.join(work, 'site', 'wijzigingen', 'feed.xml'), 'utf8');
    expect(feed).toContain(
      '<id>https://integriteit.zilverland.example/wijzigingen/nevenfuncties/2026-11-22/</id>',
    );
    expect(feed).toContain('<updated>2026-11-22T00:00:00Z</updated>');
    expect(feed).toContain('Stichting Zilverland Leest');
  });

  test('the new record is marked "nieuw" and the person is confirmed in this round', () => {
    const person = page('personen/jan-van-den-berg');
    expect(
      person.querySelector(
        '[data-key="jan-van-den-berg/voorzitter-stichting-zilverland-leest"] [data-new-in="2026-11-22"]',
      ),
    ).not.toBeNull();
    expect(person.querySelector('[data-confirmation]')?.getAttribute('data-confirmation')).toBe(
      'bevestigd',
    );
  });
});
