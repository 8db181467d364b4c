/**
 * Editions on the built demo: every edition has a page with its changes per person, the
 * Wijzigingen page lists them, the feed announces them, person pages show their history, records
 * new in the latest edition are marked, withdrawn records and members' comments are shown, and
 * the checklist marks members who have not confirmed in the current round.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildEditionIndex } from '../../src/data/editions.ts';
import { loadContent, type Content } from '../../src/data/load.ts';
import { buildPortal } from '../../src/data/portal.ts';
import { buildConfirmations } from '../../src/data/confirmations.ts';
import { editionPath } from '../../src/registers/index.ts';
import { listChanges } from '../../src/lib/editions.ts';
import { writeEditor } from '../../scripts/lib/editor-integration.ts';
import { assertBuilt, DIST, listFiles, readHtml, readPage } from './site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let content: Content;
let index: ReturnType<typeof buildEditionIndex>;

beforeAll(() => {
  assertBuilt();
  content = loadContent(path.join(ROOT, 'content'), { today: '2026-11-22' });
  index = buildEditionIndex(content.editions ?? []);
});

describe('the demo history', () => {
  test('has at least three editions per half-yearly register, with real changes between them', () => {
    for (const register of ['nevenfuncties', 'financieleBelangen'] as const) {
      const editions = index.byRegister[register];
      expect(editions.length).toBeGreaterThanOrEqual(3);
      for (const edition of editions.slice(1))
        expect(listChanges(edition.diff).length, `${register} ${edition.datum}`).toBeGreaterThan(0);
    }
    const kinds = new Set(
      index.all.flatMap((e) => (e.first ? [] : listChanges(e.diff).map((c) => c.kind))),
    );
    expect([...kinds].sort()).toEqual(['beeindigd', 'gewijzigd', 'ingetrokken', 'toegevoegd']);
  });
});

describe('/wijzigingen/', () => {
  test('lists every edition with a link to its page', () => {
    const page = readPage('/wijzigingen/');
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    const listed = page
      .querySelectorAll('[data-edition]')
      .map((row) => row.getAttribute('data-edition'));
    expect(listed.sort()).toEqual(index.all.map((e) => `${e.register}/${e.datum}`).sort());
    for (const edition of index.all)
      expect(page.querySelector(`a[href="${edition.path}"]`), edition.path).not.toBeNull();
    expect(page.querySelector('a[href="/wijzigingen/feed.xml"]')).not.toBeNull();
  });

  test('every edition page shows each change, grouped per person, linked to the record', () => {
    for (const edition of index.all) {
      const page = readPage(edition.path);
      const shown = page
        .querySelectorAll('[data-change]')
        .map((el) => `${el.getAttribute('data-change')}:${el.getAttribute('data-key')}`);
      expect(shown.sort(), edition.path).toEqual(
        edition.first
          ? []
          : listChanges(edition.diff)
              .map((c) => `${c.kind}:${c.record.sleutel}`)
              .sort(),
      );
    }
    const latest = index.byRegister.nevenfuncties.at(-1);
    if (!latest) throw new Error('no editions');
    const page = readPage(latest.path);
    const withdrawn = page.querySelector('[data-change="ingetrokken"]');
    expect(withdrawn?.text).toContain('Ten onrechte opgegeven');
    const key = withdrawn?.getAttribute('data-key') ?? '';
    expect(withdrawn?.querySelector('a')?.getAttribute('href')).toBe(
      `/personen/${key.split('/')[0]}/#nevenfunctie-${key.split('/')[1]}`,
    );
    const changed = page.querySelector('[data-change="gewijzigd"] [data-field]');
    expect(changed?.querySelector('del')).not.toBeNull();
    expect(changed?.querySelector('ins')).not.toBeNull();
  });
});

describe('the Atom feed', () => {
  test('announces every edition, newest first, dated by the editions', () => {
    const xml = readHtml('/wijzigingen/feed.xml');
    const feed = parse(xml, { lowerCaseTagName: false });
    const ids = feed.querySelectorAll('entry > id').map((el) => new URL(el.text).pathname);
    expect(ids).toEqual(index.all.map((e) => e.path));
    expect(feed.querySelector('feed > updated')?.text).toBe(`${index.all[0]?.datum}T00:00:00Z`);
    expect(readHtml('/')).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Wijzigingen in de registers" href="/wijzigingen/feed.xml">',
    );
  });
});

describe('records on the register and person pages', () => {
  test('records first published in the latest edition are marked "nieuw", and only those', () => {
    const latest = index.latestDate.nevenfuncties ?? '';
    const marked = readPage('/registers/nevenfuncties/')
      .querySelectorAll('[data-new-in]')
      .map((el) => el.closest('[data-key]')?.getAttribute('data-key'));
    const expected = [...index.seen.entries()]
      .filter(([key, seen]) => key.startsWith('nevenfuncties:') && seen.firstSeen === latest)
      .map(([key]) => key.slice('nevenfuncties:'.length));
    expect(expected.length).toBeGreaterThan(0);
    expect(marked.sort()).toEqual(expected.sort());
  });

  test("a withdrawn record stays visible with its reason; a member's comment is shown beside the entry", () => {
    const person = content.people.find(
      (p) =>
        Array.isArray(p.nevenfuncties) && p.nevenfuncties.some((n) => n.ingetrokken !== undefined),
    );
    if (!person) throw new Error('the demo has a withdrawn side position');
    const page = readPage(`/personen/${person.id}/`);
    expect(page.querySelector('[data-withdrawn]')?.text).toMatch(
      /Ingetrokken op .*: Ten onrechte opgegeven/,
    );
    const replied = content.people.find(
      (p) => Array.isArray(p.nevenfuncties) && p.nevenfuncties.some((n) => n.reactie !== undefined),
    );
    expect(readPage(`/personen/${replied?.id}/`).querySelector('[data-reply]')?.text).toContain(
      'Reactie van het lid: De vergoeding maak ik volledig over',
    );
  });

  test('a person page shows their history across editions, linked to each edition', () => {
    const [personId, history] = [...index.personHistory.entries()][0] ?? ['', []];
    const page = readPage(`/personen/${personId}/`);
    const editions = page
      .querySelectorAll('[data-history-edition]')
      .map((el) => el.getAttribute('data-history-edition'));
    expect(editions).toEqual([
      ...new Set(history.map((h) => `${h.edition.register}/${h.edition.datum}`)),
    ]);
    expect(
      page.querySelector(
        `[data-person-history] a[href="${editionPath(history[0]?.edition.register ?? 'nevenfuncties', history[0]?.edition.datum ?? '')}"]`,
      ),
    ).not.toBeNull();
  });
});

describe('keeping it current', () => {
  test('the checklist lists every current member, overdue members marked, matching each person page', () => {
    const portal = buildPortal(content, '2026-11-22');
    const page = readPage('/registers/actualiteit/');
    const rows = page.querySelectorAll('[data-checklist]');
    const current = portal.people.filter((p) => p.current);
    expect(rows).toHaveLength(current.length);
    const overdue = current.filter((p) =>
      Object.values(buildConfirmations(p, portal.site, portal.today)).some(
        (c) => c.status === 'te-laat',
      ),
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(
      rows
        .filter((r) => r.getAttribute('data-overdue') === 'ja')
        .map((r) => r.getAttribute('data-checklist'))
        .sort(),
    ).toEqual(overdue.map((p) => p.id).sort());
    const late = overdue[0];
    expect(
      readPage(`/personen/${late?.id}/`).querySelector('[data-confirmation="te-laat"]')?.text,
    ).toContain('Te laat');
  });

  test('each register shows its last update (the latest edition) and when the next is due', () => {
    const status = readPage('/registers/geschenken/').querySelector(
      '[data-register-status="geschenken"]',
    );
    expect(status?.querySelector('time')?.getAttribute('datetime')).toBe(
      index.latestDate.geschenken,
    );
  });

  test('the browser editor is opt-in: a build without PORTAL_EDITOR has no /admin/ (issue 28)', () => {
    // Neither its 2 MB bundle nor its configuration, which names the repository.
    expect(existsSync(path.join(DIST, 'admin'))).toBe(false);
    expect(listFiles().filter((file) => /sveltia|config\.yml$/.test(file))).toEqual([]);
  });

  test('the browser editor, when on, loads nothing from another origin', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-editor-'));
    try {
      writeEditor(dir);
      const admin = parse(readFileSync(path.join(dir, 'admin', 'index.html'), 'utf8'));
      expect(admin.querySelector('script')?.getAttribute('src')).toBe('sveltia-cms.js');
      const bundle = readFileSync(path.join(dir, 'admin', 'sveltia-cms.js'), 'utf8');
      expect(bundle.length).toBeGreaterThan(100_000);
      // (GitHub's status page stays as a link the clerk may follow; its API is no longer called.)
      for (const address of [
        'cdn.jsdelivr.net',
        'unpkg.com',
        'githubstatus.com/api',
        'fonts.googleapis.com',
      ])
        expect(bundle.includes(address), address).toBe(false);
      expect(readFileSync(path.join(dir, 'admin', 'config.yml'), 'utf8')).toContain(
        'folder: content/people',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the changes of an edition (issue 28)', () => {
  test('list people by surname, as Personen A-Z does, not by first name', () => {
    // Personen A-Z is ordered by surname (tussenvoegsel ignored), then initials.
    const order = new Map(
      readPage('/personen/')
        .querySelectorAll('main a[href^="/personen/"]')
        .map((a) => /^\/personen\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1])
        .filter((id): id is string => id !== undefined && !/^\d+$/.test(id))
        .map((id, i) => [id, i]),
    );
    let compared = 0;
    for (const edition of index.all.filter(
      (e) => !e.first && e.register !== 'nevenwerkzaamheden',
    )) {
      const owners = readPage(edition.path)
        .querySelectorAll('section.tp-history[data-owner]')
        .map((s) => s.getAttribute('data-owner') ?? '');
      // Gifts to an official are listed under the function, after the people.
      const positions = owners.map((owner) => order.get(owner) ?? Number.POSITIVE_INFINITY);
      expect(positions, `${edition.path}: ${owners.join(', ')}`).toEqual(
        [...positions].sort((a, b) => a - b),
      );
      compared += owners.length;
    }
    expect(compared).toBeGreaterThan(10);
  });
});
