/**
 * A rebuild writes the site a cold build writes. Astro's incremental build takes a page whose key
 * is unchanged from its cache (src/data/page-keys.ts); a key that misses something the page shows
 * would leave a stale page on the site. After each kind of edit an editor makes, the rebuilt site
 * is compared, file by file, with a cold build of the same content into a fresh folder.
 *
 * Generated content (40 people, with editions), registers of 10 rows a page and sitemap files of
 * 50 pages, so that register, list and organisation pages and the sitemap come in several pages
 * and an edit can move rows between them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getBuildCacheDir } from '../../scripts/lib/build-cache.ts';
import { listFiles } from './site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'portal-rebuild-site-'));
const content = path.join(work, 'content');
const site = path.join(work, 'site');
const cold = path.join(work, 'cold');
/** The search indexes are compared by what they hold in rebuild.test.ts, not byte for byte. */
const SEARCH_INDEXES = /^pagefind(-registers)?\//;

const ENV = {
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_TODAY: '2026-11-01',
  PORTAL_QUIET: '1',
  PORTAL_REGISTER_PAGE_SIZE: '10',
  PORTAL_SITEMAP_SIZE: '50',
};

function run(script: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...ENV, ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  return output;
}

const build = (into: string): string =>
  run('scripts/build.ts', [], { PORTAL_CONTENT_DIR: content, PORTAL_OUT_DIR: into });

/** `build`, without waiting for it: the rebuild and the cold build of the same content are independent. */
function startBuild(into: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...ENV, PORTAL_CONTENT_DIR: content, PORTAL_OUT_DIR: into },
      timeout: 240_000,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      try {
        expect(status, output).toBe(0);
        resolve(output);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Files that differ between the rebuilt site and a cold build of the same content. */
async function differences(): Promise<string[]> {
  rmSync(cold, { recursive: true, force: true });
  rmSync(getBuildCacheDir(cold), { recursive: true, force: true });
  // The rebuild and the cold build side by side: two processes, for the two cores.
  await Promise.all([startBuild(site), startBuild(cold)]);
  const files = (dir: string): string[] =>
    listFiles(dir)
      .filter((file) => !SEARCH_INDEXES.test(file))
      .sort();
  const rebuilt = files(site);
  const fresh = files(cold);
  expect(rebuilt).toEqual(fresh);
  return fresh.filter(
    (file) => !readFileSync(path.join(site, file)).equals(readFileSync(path.join(cold, file))),
  );
}

/** Replaces the first match of `pattern` in a content file; fails when there is none. */
function edit(file: string, pattern: RegExp, replace: (match: RegExpExecArray) => string): void {
  const full = path.join(content, file);
  const text = readFileSync(full, 'utf8');
  const match = pattern.exec(text);
  expect(match, `${file}: ${pattern}`).not.toBeNull();
  if (!match) return;
  writeFileSync(
    full,
    text.slice(0, match.index) + replace(match) + text.slice(match.index + match[0].length),
  );
}

beforeAll(() => {
  run('scripts/generate-content.ts', [
    '--out',
    content,
    '--people',
    '40',
    '--seed',
    '1',
    '--today',
    '2026-11-01',
    '--edities',
  ]);
  build(site);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  for (const dir of [site, cold]) rmSync(getBuildCacheDir(dir), { recursive: true, force: true });
});

/** The n-th person file (in name order) with at least `positions` side positions. */
function personWith(positions: number, n = 0): string {
  const files = listFiles(path.join(content, 'people'))
    .sort()
    .filter((file) => {
      const list =
        /\nnevenfuncties:\n((?: {2}[^\n]*\n)+)/.exec(
          readFileSync(path.join(content, 'people', file), 'utf8'),
        )?.[1] ?? '';
      return (list.match(/^ {2}- id: /gm) ?? []).length >= positions;
    });
  const file = files[n];
  if (!file) throw new Error(`no person file with ${positions} side positions`);
  return `people/${file}`;
}

describe('a rebuild writes what a cold build writes', () => {
  test('after a change to a side position’s function', async () => {
    edit(
      personWith(1, 5),
      /^(\s+functie: )([A-Za-z][^\n'"#:]*)$/m,
      (m) => `${m[1]}${m[2]} en proefvoorzitter`,
    );
    expect(await differences()).toEqual([]);
  });

  test('after a side position ends (it moves to the ended rows of the registers)', async () => {
    edit(
      personWith(3),
      /\n {2}- id: [^\n]+\n(?: {4}(?!tot:|ingetrokken:)[^\n]*\n)+(?= {2}- |\S)/,
      (m) => `${m[0]}    tot: 2026-10-20\n`,
    );
    expect(await differences()).toEqual([]);
  });

  test('after a gift is added (rows move between gift register pages)', async () => {
    edit(
      'gifts/2026-k1.yaml',
      /\n {2}- id: [^\n]+\n(?: {4}[^\n]*\n)+/,
      (m) =>
        m[0] +
        m[0]
          .slice(1)
          .replace(/- id: [^\n]+/, '- id: 2026-901')
          .replace(/omschrijving: [^\n]+/, 'omschrijving: Proefgeschenk'),
    );
    expect(await differences()).toEqual([]);
  });

  test('after a person’s surname changes (their place in lists and registers)', async () => {
    edit(personWith(0, 12), /^(\s+achternaam: )(.+)$/m, (m) => `${m[1]}Aaberg`);
    expect(await differences()).toEqual([]);
  });

  test('after a member confirms late declarations (the checklist and the registers’ status)', async () => {
    const late = /^( +bevestigd: )2026-0[1-8]-\d\d$/m;
    const file = listFiles(path.join(content, 'people'))
      .sort()
      .find((f) => late.test(readFileSync(path.join(content, 'people', f), 'utf8')));
    expect(file, 'a person whose declarations were last confirmed before September').toBeDefined();
    const full = path.join(content, 'people', file ?? '');
    writeFileSync(
      full,
      readFileSync(full, 'utf8').replace(new RegExp(late.source, 'gm'), '$12026-10-30'),
    );
    expect(await differences()).toEqual([]);
  });

  test('after a fractie is renamed', async () => {
    edit('fracties.yaml', /^(\s+naam: )(.+)$/m, (m) => `${m[1]}${m[2]} Zilverland`);
    expect(await differences()).toEqual([]);
  });

  test('after a person is added (new pages in the lists, the registers and the sitemap)', async () => {
    const source = readFileSync(path.join(content, personWith(2, 7)), 'utf8');
    writeFileSync(
      path.join(content, 'people', 'aaltje-aaberg.md'),
      source
        .replace(/^(\s+roepnaam: ).+$/m, '$1Aaltje')
        .replace(/^(\s+achternaam: ).+$/m, '$1Aaberg'),
    );
    expect(await differences()).toEqual([]);
    const sitemapFiles = listFiles(site).filter((file) => /^sitemap-\d+\.xml$/.test(file));
    expect(sitemapFiles.length).toBeGreaterThan(1);
    expect(
      sitemapFiles.filter((file) =>
        /<loc>https?:\/\/[^/]+\/personen\/aaltje-aaberg\/<\/loc>/.test(
          readFileSync(path.join(site, file), 'utf8'),
        ),
      ),
    ).toHaveLength(1);
  });
});
