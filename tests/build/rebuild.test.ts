/**
 * Rebuilds into the same folder: the search index of a register whose entries did not change is
 * taken from the published site (the same files, hard-linked) and the others are made anew;
 * searches on the rebuilt site find the edited entries, and a register left empty is searched
 * without an error. Unchanged pages are linked from Astro's cache, and a rebuild never writes into
 * a file of the published site.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { getBuildCacheDir } from '../../scripts/lib/build-cache.ts';
import { REGISTERS } from '../../src/registers/index.ts';
import {
  REGISTER_INDEXES,
  SEARCH_INDEX_PATHS,
  type RegisterIndexName,
} from '../../src/lib/search-options.ts';
import { searchSite } from './search-engine.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'portal-rebuild-'));
const content = path.join(work, 'content');
const site = path.join(work, 'site');
cpSync(path.join(ROOT, 'tests/fixtures/content-minimal'), content, { recursive: true });

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(getBuildCacheDir(site), { recursive: true, force: true });
});

/** Builds the content into the site folder (or `into`); returns the build's output. */
function build(into = site): string {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PORTAL_TODAY: '2026-11-22',
      PORTAL_CONTENT_DIR: content,
      PORTAL_OUT_DIR: into,
    },
    encoding: 'utf8',
    timeout: 240_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  return output;
}

const names = Object.keys(REGISTER_INDEXES) as RegisterIndexName[];
/** The inode of each register index's entry file: the same inode is the same (linked) file. */
const entryInodes = (): Record<string, number> =>
  Object.fromEntries(
    names.map((name) => [
      name,
      statSync(
        path.join(
          site,
          ...SEARCH_INDEX_PATHS[name].split('/').filter(Boolean),
          'pagefind-entry.json',
        ),
      ).ino,
    ]),
  );
const edit = (file: string, from: string, to: string): void => {
  const full = path.join(content, file);
  const text = readFileSync(full, 'utf8');
  expect(text).toContain(from);
  writeFileSync(full, text.replace(from, to));
};

describe('a rebuild and the register indexes', () => {
  test('an edit to a side position makes that index anew and keeps the others; the edit is found', async () => {
    expect(build()).not.toContain('Ongewijzigd overgenomen');
    const before = entryInodes();
    edit(
      'people/umit-celik.md',
      'functie: Lid raad van toezicht',
      'functie: Lid raad van toezicht en proefvoorzitter',
    );
    const output = build();
    expect(output).toContain(
      'Ongewijzigd overgenomen uit de vorige build (unchanged, reused): zoekindex van financiele-belangen, geschenken.',
    );
    const after = entryInodes();
    expect(after['financiele-belangen']).toBe(before['financiele-belangen']);
    expect(after['geschenken']).toBe(before['geschenken']);
    expect(after['nevenfuncties']).not.toBe(before['nevenfuncties']);
    const search = await searchSite(site);
    const [hit] = await search.search('proefvoorzitter', {
      register: REGISTERS.nevenfuncties.title,
    });
    expect(hit?.url).toBe('/personen/umit-celik/#nevenfunctie-toezichthouder-zorggroep');
    // The kept indexes still answer, with every entry.
    expect(await search.count('wijn', { register: REGISTERS.geschenken.title })).toBeGreaterThan(0);
  });

  test('a register emptied by an edit loses its index; a search in it finds nothing, without an error', async () => {
    const gifts = path.join(content, 'gifts', '2026.yaml');
    writeFileSync(gifts, '# Gift register 2026: nothing yet.\ngeschenken: []\n');
    const output = build();
    expect(output).toContain('zoekindex van nevenfuncties, financiele-belangen.');
    expect(existsSync(path.join(site, 'pagefind-registers', 'geschenken'))).toBe(false);
    expect(readFileSync(path.join(site, 'zoeken', 'index.html'), 'utf8')).toContain(
      'data-register-indexes="nevenfuncties financiele-belangen"',
    );
    const search = await searchSite(site);
    expect(await search.count(null, { register: REGISTERS.geschenken.title })).toBe(0);
    expect(await search.count('wijn', { register: REGISTERS.geschenken.title })).toBe(0);
    expect(await search.count(null, { register: REGISTERS.nevenfuncties.title })).toBeGreaterThan(
      0,
    );
    // A year across the registers merges the empty index with the others.
    expect(await search.count(null, { jaar: '2025' })).toBeGreaterThan(0);
  });
});

describe('a rebuild and the pages', () => {
  const page = (id: string): string => path.join(site, 'personen', id, 'index.html');

  test('an unchanged page is the same file as in the cache; a changed one is new, and the published one keeps its text', () => {
    // Two builds without a change: the second restores every person page from Astro's cache.
    build();
    build();
    const unchanged = statSync(page('umit-celik')).ino;
    // A second name for the published page of the person about to change, as a visitor's
    // download in progress would hold it.
    const kept = path.join(work, 'published-noelle.html');
    linkSync(page('noelle-van-der-linde'), kept);
    const before = readFileSync(kept, 'utf8');
    edit(
      'people/noelle-van-der-linde.md',
      'functie: Penningmeester',
      'functie: Herschreven penningmeester',
    );
    build();
    expect(readFileSync(page('noelle-van-der-linde'), 'utf8')).toContain('Herschreven');
    expect(readFileSync(kept, 'utf8')).toBe(before);
    expect(statSync(page('umit-celik')).ino).toBe(unchanged);
  });

  test('the search indexes of a rebuild hold what a cold build’s do', async () => {
    const rebuilt = await searchSite(site);
    const [changed] = await rebuilt.search('herschreven penningmeester');
    expect(changed?.url).toBe('/personen/noelle-van-der-linde/');
    const [unchanged] = await rebuilt.search('umit celik');
    expect(unchanged?.url).toBe('/personen/umit-celik/');
    const cold = path.join(work, 'cold');
    build(cold);
    const fresh = await searchSite(cold);
    for (const name of ['pages', 'nevenfuncties', 'financiele-belangen'] as const)
      expect(await rebuilt.filters(name), name).toEqual(await fresh.filters(name));
    const pageCount = (dir: string): number =>
      (
        JSON.parse(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          languages: { nl: { page_count: number } };
        }
      ).languages.nl.page_count;
    expect(pageCount(site)).toBe(pageCount(cold));
    rmSync(getBuildCacheDir(cold), { recursive: true, force: true });
  });
});
